/**
 * Agenda items 184–189 of the reference meeting book (KSNAU 2024-05-21), prepared for KS/KF:
 * motions, audit reports, the January–April follow-up and an information item. Texts are excerpts.
 */
import type { DemoCase } from './types.ts';
import { paragraphs } from './text.ts';

const auditors = { name: 'Kommunrevisionen', organisation: 'Umeå kommun' };

/** § 184/24 */
export const motionCowOnRoot: DemoCase = {
  number: 'KS-2024/00167',
  title: 'Motion 2/2024: "Ko på rot" för mer lokalproducerad mat; Veronica Kerr (KD)',
  organCode: 'KS',
  caseOfficer: 'handlaggare',
  openedOn: '2024-02-06',
  status: 'open',
  documents: [
    {
      kind: 'motion',
      direction: 'incoming',
      registeredDate: '2024-02-06',
      description: 'Motion 2/2024: "Ko på rot" för mer lokalproducerad mat',
      counterparty: { name: 'Veronica Kerr', organisation: 'Kristdemokraterna' },
      details: { motionNumber: '2/2024', authors: ['Veronica Kerr'], party: 'KD', submittedOn: '2024-02-06', requests: ['att Umeå kommun inför Ko på rot'] },
      fileText: paragraphs(
        'MOTION 2024-02-06',
        '"Ko på rot" för mer lokalproducerad mat',
        'Enligt Umeå kommuns lokala miljömål som antogs 2020 ska senast år 2025 erbjudas minst 50 procent lokalproducerade livsmedel inom kommunens verksamheter och bolag. Samma år ska 50 procent av livsmedel vara ekologiska. Det innebär att det är kort om tid för att målen ska hinna uppfyllas.',
        'Efterfrågan på lokalproducerad mat har ökat samtidigt som det har blivit allt svårare att driva jordbruk. Kommunerna har ett stort ansvar för att tänka långsiktigt när det gäller livsmedelsproduktion till kommunernas verksamheter. Fler kommuner är inne på samma spår och har tagit ett steg vidare genom att införa "Ko på rot". I Västerbotten var Lycksele första kommun i länet att införa detta. Det innebär att kommunen har upphandlat 10 kalvar av lokala bönder där bönderna får betalt varje månad för skötsel tills djuren är redo för slakt och styckning. Allt sker så lokalt som möjligt och köttet används sedan till kommunens offentliga måltider.',
        'Ko på rot ska ses som en långsiktig investering och är ett komplement till huvudgrossist avtal. Vid offentlig upphandling är det alltid prislappen som styr vilket gör att det kan vara svårare för lokala bönder att konkurrera.',
        'Namnet till trots, "Ko på rot", så ska denna upphandlingsmodell även kunna tillämpas på andra livsmedel som t ex får eller renkött.',
        'Med anledning av ovanstående yrkar Kristdemokraterna att kommunfullmäktige beslutar\n- Att Umeå kommun inför Ko på rot',
        'Veronica Kerr\nKristdemokraterna',
      ),
    },
    {
      kind: 'official_report',
      direction: 'internal',
      registeredDate: '2024-05-13',
      description: 'Tjänsteskrivelse – Motion 2/2024: "Ko på rot" för mer lokalproducerad mat',
      fileText: paragraphs(
        'Tjänsteskrivelse\n2024-05-13\nKommunstyrelsens näringslivs- och arbetsutskott\nDnr: KS-2024/00167',
        'Motion 2/2024: "Ko på rot" för mer lokalproducerad mat; Veronica Kerr (KD)',
        'Förslag till beslut\nKommunfullmäktige beslutar att\nAvslå motionen',
        'Ärendebeskrivning\nKristdemokraterna yrkar i motion 2/2024 att Umeå kommun inför Ko på rot. Detta som ett sätt att öka självförsörjningsgraden, stötta lantbruket och bidra till biologisk mångfald och levande landsbygder.',
        '"Kor på rot" är en upphandlingsmodell som har testats i Lycksele kommun och som innebär att kommunen köper upp kalvar av lokala lantbrukare och direktupphandlar tjänsterna om bete och skötsel. När djuren vuxit till sig beställer kommunen även slakt och styckning lokalt. Köttet används sedan i de offentliga köken.',
        'Stadsledningskontorets yttrande\nI Umeå kommuns reviderade Program för hållbar landsbygdsutveckling framhålls betydelsen av att verka för en långsiktigt tryggad jordbrukssektor med sikte mot ökad livsmedelsförsörjning. Behovet av en ökad livsmedelsförsörjning lokalt är tydlig, vilket fastslås i en rapport som Hushållningssällskapet tagit fram på uppdrag av Umeå kommun, Försörjningsbalans Umeå kommun (2022). Där konstateras att den mat som produceras inom kommunens gränser endast kan försörja 5,5 procent av kommuninvånarna under ett helt år, eller hela befolkningen i 20 av årets alla dagar.',
        'Att införa upphandlingsmodellen i Umeå kommun kräver dock att flera grundläggande frågeställningar utreds utifrån kommunens särskilda förutsättningar. En viktig aspekt handlar om att undersöka hur intresset att ingå i en sådan affärsmodell ser ut hos lokala producenter. Andra viktiga delar handlar om vilka kostnader det skulle innebära, vilka mervärden ko på rot kan tillföra kommunen och producenterna samt hur det skulle kunna fungera rent praktiskt, exempelvis vid slakt.',
        'Därför föreslås att motionen i nuläget avslås och att frågan utreds ytterligare.',
        'Beredningsansvariga\nJennie Bergvall Kalén, landsbygdsstrateg\nLinn Alexandersson, landsbygdsstrateg',
      ),
    },
  ],
};

/** § 185/24. The motion is signed by three Liberal councillors; the name in the title is the case's preparer. */
export const motionTaiwan: DemoCase = {
  number: 'KS-2024/00179',
  title: 'Motion 4/2024: Fördjupad relation mellan Umeå kommun och Taiwan; Cathrin Alenskär',
  organCode: 'KS',
  caseOfficer: 'handlaggare',
  openedOn: '2024-02-08',
  status: 'open',
  documents: [
    {
      kind: 'motion',
      direction: 'incoming',
      registeredDate: '2024-02-08',
      description: 'Motion 4/2024: Fördjupa relationer mellan Umeå kommun och Taiwan',
      counterparty: { name: 'Anders Norqvist, Hanna Lundin Jernberg, Maria Lindvall', organisation: 'Liberalerna' },
      details: {
        motionNumber: '4/2024', authors: ['Anders Norqvist', 'Hanna Lundin Jernberg', 'Maria Lindvall'], party: 'L', submittedOn: '2024-02-08',
        requests: [
          'att kommunstyrelsen får i uppdrag att utreda möjligheten att fördjupa relationen med Taiwan genom ett tydligt tematiskt partnerskapsprojekt eller vänortsavtal',
          'att kommunstyrelsen får i uppdrag att, i samråd med berörda nämnder och styrelser samt med Taiwans diplomatiska representation i Sverige, utreda vilken stad i Taiwan som är lämplig att inleda ett kommunalt partnerskapsprojekt eller vänortsavtal med',
        ],
      },
      fileText: paragraphs(
        'MOTION TILL UMEÅ KOMMUNFULLMÄKTIGE',
        'Fördjupa relationer mellan Umeå kommun och Taiwan',
        'Bakgrund\nUmeå kommun liksom resten av Sverige är exponerat för kinesiska intressen. Den senaste tidens uppvaknande och påbörjade kursändring i EU och Sverige kommer att få konsekvenser för Umeå.',
        'Vår inställning är enkel: Umeå ska alltid sträva efter att etablera sina samarbeten och utveckla utbyte med städer som inte bara delar utmaningar och intressen med Umeå utan som också står för demokratiska värden och respekterar mänskliga rättigheter. Kinas upptrappade aggressioner mot demokratin Taiwan måste mötas av den fria världens solidaritet och fördjupade lokala samarbeten.',
        'Umeå är en stad som är öppen för världen och de internationella relationerna med andra demokratier är viktiga för framtiden. Sverige har reda goda handelsförbindelser och akademiska utbyten med Taiwan så vi anser att samarbeten med ett högteknologiskt land som Taiwan skulle kunna bidra till Umeås utveckling på ett positivt sätt.',
        'Därför yrkar Liberalerna att kommunfullmäktige beslutar att:\n1. Kommunstyrelsen får i uppdrag att utreda möjligheten att fördjupa relationen med Taiwan genom ett tydligt tematiskt partnerskapsprojekt eller vänortssavtal.\n2. Kommunstyrelsens får i uppdrag att, i samråd med berörda nämnder och styrelser samt med Taiwans diplomatiska representation i Sverige, utreda vilken stad i Taiwan som är lämplig att inleda ett kommunalt partnerskapsprojekt eller vänortsavtal med.',
        'Umeå den 8 februari 2024\nAnders Norqvist, Hanna Lundin Jernberg, Maria Lindvall\nLedamöter kommunfullmäktige',
      ),
    },
    {
      kind: 'official_report',
      direction: 'internal',
      registeredDate: '2024-04-24',
      description: 'Tjänsteskrivelse – Motion 4/2024: Fördjupa relationer mellan Umeå kommun och Taiwan',
      fileText: paragraphs(
        'Tjänsteskrivelse\n2024-04-24\nKommunstyrelsens näringslivs- och arbetsutskott\nDnr: KS-2024/00179',
        'Motion 4/2024: Fördjupa relationer mellan Umeå kommun och Taiwan; Cathrin Alenskär',
        'Förslag till beslut\nAtt kommunfullmäktige beslutar att förklara motionen besvarad i enlighet med det som framförs i skrivelsen.',
        'Ärendebeskrivning\nBanden mellan Sverige och Taiwan är omfattande, trots avsaknad av diplomatiska förbindelser. Alla Sveriges relationer med Taiwan är därför av inofficiell karaktär.',
        'Tematiska partnerskap finansieras av Internationellt Centrum för Lokal Demokrati: ICLD och har svenska regeringens uppdrag att stödja lokal demokratiutvecklingen i utpekade länder. Man kan inte söka finansiering till tematiska partnerskap för projekt med Taiwan.',
        'I Umeå kommuns Internationella program, antagen av Umeå kommunfullmäktige 2018-03-26, anges ett antal principer för Umeå kommuns internationella arbete. Där anges bland annat att Umeå kommuns internationella arbete ska fokusera på samarbeten och projekt inom identifierade strategiska utvecklingsområden. De ska skapa mervärde och nytta för kommunen och dess medborgare. Samarbeten ska kunna avslutas vid behov, varför traditionella vänortsavtal inte är att rekommendera för framtiden.',
        'Det internationella programmet avråder från att teckna nya vänortsavtal då samarbeten ska kunna avslutas vid behov. Umeå kommun ska i stället fokusera på samarbeten och projekt inom identifierade strategiska utvecklingsområden.',
        'Beredningsansvariga\nCathrin Alenskär, internationell strateg',
        'Cathrin Alenskär\nInternationell samordning/Projektledare',
      ),
    },
  ],
};

const protectedDataRecommendations = [
  '1. Kommunstyrelsen rekommenderas att upprätta och anta ett kommunövergripande styrdokument för hantering av skyddade personuppgifter, exempelvis i form av en riktlinje. Ett sådant styrdokument bör omfatta både kommunens kunder och medarbetare på en strategisk nivå.',
  '2. Kommunstyrelsen och granskade nämnder rekommenderas att upprätta risk- och konsekvensanalyser specifikt avseende hanteringen av skyddade personuppgifter. Vid behov inkludera området i internkontrollplanerna.',
  '3. Kommunstyrelsen och granskade nämnder rekommenderas att begränsa åtkomst till personuppgifter genom strikt behörighetstilldelning.',
  '4. Kommunstyrelsen och granskade nämnder rekommenderas att genomföra kontroller av användarloggar som en organisatorisk säkerhetsåtgärd för att minska riskerna för röjning av skyddade personuppgifter.',
  '5. Kommunstyrelsen och granskade nämnder rekommenderas att säkerställa möjligheten att systematiskt följa upp avvikelser avseende skyddade personuppgifter.',
  '6. Kommunstyrelsen och granskade nämnder rekommenderas att upprätta och anta styrande dokument för hanteringen av skyddade personuppgifter inom det egna ansvarsområdet. Tydliggör riktlinjen i verksamhetsnära rutiner/instruktioner.',
  '7. Kommunstyrelsen och granskade nämnder rekommenderas att stärka arbetsrutinerna för användande av internpost vid hantering av skyddade personuppgifter.',
  '8. Kommunstyrelsen och granskade nämnder rekommenderas att genomföra regelbundna utbildningar för samtliga medarbetare som hanterar skyddade personuppgifter, exempelvis som en del av ett årshjul. Överväg också att på en övergripande nivå informera samtliga medarbetare om skyddade personuppgifter.',
  '9. Kommunstyrelsen och granskade nämnder rekommenderas att skyndsamt implementera krypterad e-post genom tjänsten Säker digital kommunikation i hela kommunen.',
].join('\n');

/** § 186/24 */
export const auditProtectedData: DemoCase = {
  number: 'KS-2024/00133',
  title: 'Revisionsrapport: Granskning av kommunens hantering av skyddade personuppgifter',
  organCode: 'KS',
  openedOn: '2024-01-26',
  status: 'open',
  documents: [
    {
      kind: 'audit_report',
      direction: 'incoming',
      registeredDate: '2024-01-26',
      description: 'Kommunrevisionens granskningsrapport – Umeå kommuns hantering av skyddade personuppgifter 2023-12-14',
      counterparty: auditors,
      fileText: paragraphs(
        'Kommunrevisionens granskningsrapport – Umeå kommuns hantering av skyddade personuppgifter\n2023-12-14',
        'Sammandrag: syfte, bedömning och rekommendationer så som de återges i kommunstyrelsens tjänsteskrivelse och yttrande.',
        'Kommunrevisionen har granskat kommunens hantering av skyddade personuppgifter. Syftet med granskningen har varit att bedöma hur kommunen säkerställer att skyddade personuppgifter inte röjs till obehöriga samt om kommunens rutiner är ändamålsenliga och tillämpas. De skyddade personuppgifterna innefattar både kommunanställda och kommunmedborgare. Granskningen har omfattat ett flertal nämnder inklusive kommunstyrelsen.',
        'Revisionens sammanfattande bedömning är att kommunstyrelsen och övriga granskade nämnder inte har säkerställt att skyddade personuppgifter inte röjs till obehöriga.',
        'Rekommendationer\n' + protectedDataRecommendations,
      ),
    },
    {
      kind: 'official_report',
      direction: 'internal',
      registeredDate: '2024-05-13',
      description: 'Tjänsteskrivelse – Granskning - Kommunens hantering av skyddade personuppgifter',
      fileText: paragraphs(
        'Tjänsteskrivelse\n2024-05-13\nKommunstyrelsens näringslivs- och arbetsutskott\nDnr: KS-2024/00133',
        'Granskning - Kommunens hantering av skyddade personuppgifter',
        'Förslag till beslut\nKommunstyrelsens näringslivs- och arbetsutskott föreslår kommunstyrelsen att:\nyttra sig enligt bilagt förslag, se bilaga 1.',
        'Ärendebeskrivning\nKommunrevisionen har granskat kommunens hantering av skyddade personuppgifter. Syftet med granskningen har varit att bedöma hur kommunen säkerställer att skyddade personuppgifter inte röjs till obehöriga samt om kommunens rutiner är ändamålsenliga och tillämpas.',
        'Revisionens sammanfattande bedömning är att kommunstyrelsen och övriga granskade nämnder inte har säkerställt att skyddade personuppgifter inte röjs till obehöriga. Revisionen har utifrån sina iakttagelser rekommenderat vissa åtgärder till kommunstyrelsen och övriga nämnder.',
        'Respektive granskad nämnd ska lämna ett yttrande till revisionen. Det nu aktuella yttrandet avser enbart kommunstyrelsen.',
        'Beslutsunderlag\nBilaga 1 - yttrande över kommunrevisionens granskning av Umeå kommuns hantering av skyddade personuppgifter\nBilaga 2 – kommunrevisionens granskningsrapport – Umeå kommuns hantering av skyddade personuppgifter 2023-12-14',
        'Beredningsansvariga\nHanna Öberg (informationssäkerhetssamordnare)\nMaria Törnblom (chefsjurist)',
        'Beslutet ska skickas till\nKommunrevisionen',
        'Margaretha Alfredsson\nStadsdirektör\n\nMaria Törnblom',
      ),
    },
    {
      kind: 'statement',
      direction: 'internal',
      registeredDate: '2024-05-13',
      description: 'Förslag till yttrande – granskning av hantering av skyddade personuppgifter (bilaga 1)',
      fileText: paragraphs(
        'Yttrande - granskning av hantering av skyddade personuppgifter',
        'Sammanfattande kommentar\nKommunstyrelsen anser att arbetet med hanteringen av skyddade personuppgifter behöver utvecklas och prioriteras för att säkerställa att uppgifterna inte röjs till obehöriga. Kommunstyrelsen anser att arbetet bör integreras och utvecklas i befintliga styrdokument, metoder och modeller.',
        'Kommentar till rekommendation 1\nDet finns redan idag en riktlinje för informationssäkerhet som inkluderar skyddade personuppgifter. Kommunstyrelsen har beslutat att riktlinjen ska revideras (KS-2024/00370). Att skapa ytterligare ett separat övergripande styrdokument är inte ändamålsenligt.',
        'Kommentar till rekommendationerna 2–5\nKommunstyrelsen anser att i stället för att införa ytterligare en typ av analys bör hanteringen av skyddade personuppgifter göras inom ramen för det löpande informationssäkerhetsarbetet och befintlig metodik för informationssäkerhetsanalyser. När det gäller punkt 5 kan det läggas till en fråga i befintligt system om en incident handlar om en person med skyddade personuppgifter.',
        'Kommentar till rekommendationerna 6–8\nKommunstyrelsen instämmer i revisionens bedömning att det behövs verksamhetsnära rutiner för hantering av skyddade personuppgifter. Kommunstyrelsen delar revisionens uppfattning om behov av kompetenshöjning.',
        'Kommentar till rekommendation 9\nKommunstyrelsen noterar att den tjänst som revisionen hänvisar till inte är aktuell att införa i nuläget i kommunen. Den tjänst som kommunen håller på att successivt införa heter Säkra meddelanden (Sefos) och gör det möjligt att skicka känslig information och sekretessuppgifter med e-post. Det handlar om totalt 7 000 licenser inom en treårsperiod och bestäms av verksamhetsbehov.',
      ),
    },
  ],
};

/** § 187/24 */
export const auditEnvironmentalGoals: DemoCase = {
  number: 'KS-2023/00675',
  title: 'Revisionsrapport: Granskning av kommunens arbete med miljömål',
  organCode: 'KS',
  openedOn: '2023-12-15',
  status: 'open',
  documents: [
    {
      kind: 'audit_report',
      direction: 'incoming',
      registeredDate: '2023-12-15',
      description: 'Revisionsrapport – Granskning av kommunens arbete med miljömål',
      counterparty: auditors,
      fileText: paragraphs(
        'Revisionsrapport – Granskning av kommunens arbete med miljömål',
        'Sammandrag: syfte, bedömning och rekommendationer så som de återges i kommunstyrelsens tjänsteskrivelse.',
        'De förtroendevalda revisorerna i Umeå kommun har givit KPMG i uppdrag att genomföra en granskning av kommunens arbete med miljömålen. Uppdraget ingår i revisionsplanen för år 2023. Granskningens syfte är att bedöma om ändamålsenliga och effektiva processer finns för att säkerställa implementering av fullmäktiges Åtgärdsprogram för Umeås miljömål 2022–2025.',
        'Den samlade bedömningen utifrån granskningen är att kommunstyrelsen samt berörda nämnder och bolag delvis har ändamålsenliga och effektiva processer för att säkerställa implementering av fullmäktiges Åtgärdsprogram för Umeås miljömål 2022–2025.',
        'Rekommendationer\n- Kommunstyrelsen rekommenderas att tydliggöra hur styrning och uppföljning av befintliga styrdokument och mål ska integreras i den nya styrmodellen.\n- Överväga att föreslå kommunfullmäktige att i bolagens ägardirektiv förtydliga vilka styrdokument och mål som ska gälla för respektive bolag.\n- Kommunstyrelsen rekommenderas att framarbete en uppdragsbeskrivning kring innebörden av att ha huvudansvar för ett fokusområde inom ramen för klimatfärdplanen.\n- Kommunstyrelsen rekommenderas se över ansvarsfördelningen gällande åtgärderna i åtgärdsprogrammet och resursfördelningen kopplat till genomförandet av åtgärderna.\n- Kommunstyrelsen rekommenderas ta ställning till huruvida uppföljningen av åtgärdsprogrammet ska följas upp inom ramen för ordinarie verksamhetsuppföljning.',
      ),
    },
    {
      kind: 'official_report',
      direction: 'internal',
      registeredDate: '2024-05-15',
      description: 'Tjänsteskrivelse – Granskning, information - Granskning av kommunens arbete med miljömål',
      fileText: paragraphs(
        'Tjänsteskrivelse\n2024-05-15\nKommunstyrelsens näringslivs- och arbetsutskott\nDnr: KS-2023/00675',
        'Granskning, information - Granskning av kommunens arbete med miljömål',
        'Förslag till beslut\nKommunstyrelsen beslutar att:\n- Lämna yttrande i enlighet med förvaltningens förslag.',
        'Ärendebeskrivning\nRevisorerna bedömer att implementeringen av åtgärderna i åtgärdsprogrammet för Umeå kommuns miljömål 2022–2025 inte säkerställs i samtliga granskade verksamheter. Detta utifrån att åtgärdsprogrammet vid tidpunkten för granskningen inte till fullo hade integrerats i kommunens nya modell för styrning, ledning och uppföljning.',
        'Förvaltningens förslag till yttrande\nKommunstyrelsen rekommenderas att tydliggöra hur styrning och uppföljning av befintliga styrdokument och mål ska integreras i den nya styrmodellen.\nFörvaltningen delar revisionens uppfattning.',
        'Överväga att föreslå kommunfullmäktige att i bolagens ägardirektiv förtydliga vilka styrdokument och mål som ska gälla för respektive bolag.\nFörvaltningen delar inte revisionens uppfattning.',
        'Sammantaget delar förvaltningen i stora delar revisionens bedömningar och rekommendationer gällande integrering i den nya styrmodellen, avseende både uppföljning och styrning. Vidare bör även miljömål och åtgärdsprogrammet ses över och integreras i ny styrmodell för att möjliggöra uppföljning inom ordinarie verksamhetsuppföljning. Däremot anser förvaltningen inte att bolagens ägardirektiv behöver förtydligas, det är snarare tidigvarande styrning som behöver ses över och integreras inom ram för ny styrmodell.',
        'Beslutsunderlag\nRevisionsrapport - Granskning av kommunens arbete med miljömål',
        'Beredningsansvariga\nJohanna Lindgren\nDan Gideonsson',
        'Beslutet ska skickas till\nkommunrevisionen',
        'Margaretha Alfredsson\nStadsdirektör\n\nDan Gideonsson\nLedningskoordinator',
      ),
    },
  ],
};
