/**
 * Official reports of agenda items 184–187 of the reference meeting book (KSNAU 2024-05-21), prepared for
 * KS/KF: two motions and two audit reports with the proposed statements. Descriptions keep the essential text.
 */
import type { ReportContent } from '../domain/officialReport.ts';
import { blocks, h2, h3, ol, p, table, ul } from './reports-html.ts';

const cityManager = { name: 'Margaretha Alfredsson', title: 'Stadsdirektör' };

/** § 184/24. The book lists no basis, recipients or signatories for this report. */
export const motionCowOnRootReport: ReportContent = {
  date: '2024-05-13',
  title: 'Motion 2/2024: "Ko på rot" för mer lokalproducerad mat; Veronica Kerr (KD)',
  decision: 'proposes',
  proposesTo: 'Kommunfullmäktige',
  clauses: ['avslå motionen'],
  description: blocks(
    p(
      'Kristdemokraterna yrkar i motion 2/2024 att Umeå kommun inför Ko på rot. Detta som ett sätt att öka självförsörjningsgraden, stötta lantbruket och bidra till biologisk mångfald och levande landsbygder.',
      '"Kor på rot" är en upphandlingsmodell som har testats i Lycksele kommun och som innebär att kommunen köper upp kalvar av lokala lantbrukare och direktupphandlar tjänsterna om bete och skötsel. När djuren vuxit till sig beställer kommunen även slakt och styckning lokalt. Köttet används sedan i de offentliga köken.',
      'Motionären lyfter att Ko på rot är ett sätt att öka självförsörjningsgraden, stötta lantbruket och bidra till biologisk mångfald och levande landsbygder. Vidare menar motionären att metoden, som ett komplement till huvudgrossistavtal, stärker det lokala näringslivet på landsbygden samtidigt som kvaliteten på maten i kommunens skolor och särskilda boenden höjs.',
    ),
    h2('Stadsledningskontorets yttrande'),
    p(
      'I Umeå kommuns reviderade Program för hållbar landsbygdsutveckling framhålls betydelsen av att verka för en långsiktigt tryggad jordbrukssektor med sikte mot ökad livsmedelsförsörjning. Det skapar en högre beredskap och gör oss mer robusta vid oroligheter på världsmarknaden som kan sätta distributionssystem ur balans. Behovet av en ökad livsmedelsförsörjning lokalt är tydlig, vilket fastslås i en rapport som Hushållningssällskapet tagit fram på uppdrag av Umeå kommun, Försörjningsbalans Umeå kommun (2022). Där konstateras att den mat som produceras inom kommunens gränser endast kan försörja 5,5 procent av kommuninvånarna under ett helt år, eller hela befolkningen i 20 av årets alla dagar.',
      'I programmet konstateras samtidigt att jordbruksföretagen i Umeå kommun och Västerbottens län minskat de senaste tio åren och att kommunen har en viktig roll i att skapa bra förutsättningar för lokal livsmedelsproduktion och jordbruksnäringen. I programmet finns dessutom en särskild prioritering fram till år 2030, som handlar om att kommunen ska utveckla offentlig lokal och regional upphandling av varor och tjänster inom livsmedel och underhållstjänster.',
      'Under 2023–2026 ingår Umeå kommun i ett regionalt projekt för stärkt livsmedelsnäring i länet tillsammans med Region Västerbotten och ett flertal andra kommuner. "Ko på rot" ligger således i linje med intentionerna i både Umeå kommuns Program för hållbar landsbygdsutveckling, regionala livsmedelsstrategin och pågående satsningar inom området.',
      'Att införa upphandlingsmodellen i Umeå kommun kräver dock att flera grundläggande frågeställningar utreds utifrån kommunens särskilda förutsättningar. En viktig aspekt handlar om att undersöka hur intresset att ingå i en sådan affärsmodell ser ut hos lokala producenter. Andra viktiga delar handlar om vilka kostnader det skulle innebära, vilka mervärden ko på rot kan tillföra kommunen och producenterna samt hur det skulle kunna fungera rent praktiskt, exempelvis vid slakt.',
      'Därför föreslås att motionen i nuläget avslås och att frågan utreds ytterligare.',
    ),
  ),
  basis: [],
  preparedBy: [
    { name: 'Jennie Bergvall Kalén', title: 'landsbygdsstrateg' },
    { name: 'Linn Alexandersson', title: 'landsbygdsstrateg' },
  ],
  distribution: [],
  signatories: [],
};

/** § 185/24. The book's recipient list is an unfilled template line and is left out. */
export const motionTaiwanReport: ReportContent = {
  date: '2024-04-24',
  title: 'Motion 4/2024: Fördjupa relationer mellan Umeå kommun och Taiwan; Cathrin Alenskär',
  decision: 'proposes',
  proposesTo: 'Kommunfullmäktige',
  clauses: ['förklara motionen besvarad i enlighet med det som framförs i skrivelsen'],
  description: blocks(
    h2('Bakgrund'),
    p('Liberalerna yrkar att kommunfullmäktige beslutar att:'),
    ol([
      'Kommunstyrelsen får i uppdrag att utreda möjligheten att fördjupa relationen med Taiwan genom ett tydligt tematiskt partnerskapsprojekt eller vänortssavtal.',
      'Kommunstyrelsens får i uppdrag att, i samråd med berörda nämnder och styrelser samt med Taiwans diplomatiska representation i Sverige, utreda vilken stad i Taiwan som är lämplig att inleda ett kommunalt partnerskapsprojekt eller vänortsavtal med.',
    ]),
    p(
      'Banden mellan Sverige och Taiwan är omfattande, trots avsaknad av diplomatiska förbindelser. Alla Sveriges relationer med Taiwan är därför av inofficiell karaktär. Den unika diplomatiska situationen till trots finns det ett omfattande ekonomiskt, parlamentariskt och mellanfolkligt utbyte med Taiwan. Taiwan är en betydande handelspartner på viktiga områden och de kommersiella banden mellan länderna växer.',
      'Tematiska partnerskap finansieras av Internationellt Centrum för Lokal Demokrati: ICLD och har svenska regeringens uppdrag att stödja lokal demokratiutvecklingen i utpekade länder. Dessa länder är:',
    ),
    ul([
      'Europa – Bosnien Hercegovina, Kosovo, Serbien, och Ukraina',
      'Östafrika – Kenya, Tanzania och Uganda',
      'Latinamerika – Colombia, Guatemala',
      'Södra Afrika – Botswana, Sydafrika, Zambia och Zimbabwe',
    ]),
    p(
      'Man kan inte söka finansiering till tematiska partnerskap för projekt med Taiwan.',
      'Svenskt utvecklingsarbete och bistånd baserar sig på OECDs DAC-lista och kommuner och regioner i Sverige kan samarbeta med länder som omfattas av denna lista bland annat inom nämnda tematiska partnerskap. Kommunala Partnerskapsprojekt är helfinansierade av staten och som är ömsesidiga och resultatorienterade samarbeten mellan kommuner i Sverige och motsvarande lokala myndigheter i något samarbetsland.',
      'I Umeå kommuns Internationella program, antagen av Umeå kommunfullmäktige 2018-03-26, anges ett antal principer för Umeå kommuns internationella arbete. Där anges bland annat att <em>Umeå kommuns internationella arbete ska fokusera på samarbeten och projekt inom identifierade strategiska utvecklingsområden. De ska skapa mervärde och nytta för kommunen och dess medborgare. Samarbeten ska kunna avslutas vid behov, varför traditionella vänortsavtal inte är att rekommendera för framtiden.</em>',
      'Det internationella programmet avråder från att teckna nya vänortsavtal då samarbeten ska kunna avslutas vid behov. Umeå kommun ska i stället fokusera på samarbeten och projekt inom identifierade strategiska utvecklingsområden.',
    ),
  ),
  basis: [],
  preparedBy: [{ name: 'Cathrin Alenskär', title: 'internationell strateg' }],
  distribution: [],
  signatories: [{ name: 'Cathrin Alenskär', title: 'Internationell samordning/Projektledare' }],
};

/**
 * § 186/24. KSNAU prepares the matter and KS decides on the statement (bilaga 1), summarised per
 * recommendation in the description.
 */
export const auditProtectedDataReport: ReportContent = {
  date: '2024-05-13',
  title: 'Granskning - Kommunens hantering av skyddade personuppgifter',
  decision: 'decides',
  proposesTo: null,
  clauses: ['yttra sig enligt bilagt förslag, se bilaga 1'],
  description: blocks(
    p(
      'Kommunrevisionen har granskat kommunens hantering av skyddade personuppgifter. Syftet med granskningen har varit att bedöma hur kommunen säkerställer att skyddade personuppgifter inte röjs till obehöriga samt om kommunens rutiner är ändamålsenliga och tillämpas. De skyddade personuppgifterna innefattar både kommunanställda och kommunmedborgare. Granskningen har omfattat ett flertal nämnder inklusive kommunstyrelsen.',
      'Revisionens sammanfattande bedömning är att kommunstyrelsen och övriga granskade nämnder inte har säkerställt att skyddade personuppgifter inte röjs till obehöriga. Revisionen har utifrån sina iakttagelser rekommenderat vissa åtgärder till kommunstyrelsen och övriga nämnder.',
      'Respektive granskad nämnd ska lämna ett yttrande till revisionen. Det nu aktuella yttrandet avser enbart kommunstyrelsen.',
    ),
    h2('Förslag till yttrande (bilaga 1)'),
    p(
      'Kommunstyrelsen anser att arbetet med hanteringen av skyddade personuppgifter behöver utvecklas och prioriteras för att säkerställa att uppgifterna inte röjs till obehöriga. Kommunstyrelsen anser att arbetet bör integreras och utvecklas i befintliga styrdokument, metoder och modeller.',
    ),
    table(
      ['Rekommendation', 'Kommunstyrelsens kommentar'],
      [
        [
          '1. Upprätta och anta ett kommunövergripande styrdokument för hantering av skyddade personuppgifter, exempelvis i form av en riktlinje.',
          'Det finns redan idag en riktlinje för informationssäkerhet som inkluderar skyddade personuppgifter. Kommunstyrelsen har beslutat att riktlinjen ska revideras (KS-2024/00370). Den övergripande hanteringen bör förtydligas i samband med revideringen. Att skapa ytterligare ett separat övergripande styrdokument är inte ändamålsenligt.',
        ],
        [
          '2–5. Risk- och konsekvensanalyser, strikt behörighetstilldelning, kontroller av användarloggar och systematisk uppföljning av avvikelser.',
          'I stället för att införa ytterligare en typ av analys bör hanteringen av skyddade personuppgifter göras inom ramen för det löpande informationssäkerhetsarbetet och befintlig metodik för informationssäkerhetsanalyser. När det gäller punkt 5 kan det läggas till en fråga i befintligt system om en incident handlar om en person med skyddade personuppgifter.',
        ],
        [
          '6–8. Styrande dokument inom det egna ansvarsområdet, arbetsrutiner för internpost och regelbundna utbildningar.',
          'Kommunstyrelsen instämmer i att det behövs verksamhetsnära rutiner för hantering av skyddade personuppgifter och delar revisionens uppfattning om behov av kompetenshöjning, som en del i informationssäkerhetsutbildningen.',
        ],
        [
          '9. Skyndsamt implementera krypterad e-post genom tjänsten Säker digital kommunikation i hela kommunen.',
          'Tjänsten är inte aktuell att införa i nuläget. Kommunen inför successivt Säkra meddelanden (Sefos), som gör det möjligt att skicka känslig information och sekretessuppgifter med e-post. Det handlar om totalt 7 000 licenser inom en treårsperiod och bestäms av verksamhetsbehov.',
        ],
      ],
    ),
  ),
  basis: [
    'Bilaga 1 – yttrande över kommunrevisionens granskning av Umeå kommuns hantering av skyddade personuppgifter',
    'Bilaga 2 – kommunrevisionens granskningsrapport – Umeå kommuns hantering av skyddade personuppgifter 2023-12-14',
  ].map((text) => ({ documentId: null, text })),
  preparedBy: [
    { name: 'Hanna Öberg', title: 'informationssäkerhetssamordnare' },
    { name: 'Maria Törnblom', title: 'chefsjurist' },
  ],
  distribution: ['Kommunrevisionen'],
  signatories: [cityManager, { name: 'Maria Törnblom', title: 'Chefsjurist' }],
};

/** The audit's recommendations with the administration's proposed answer (§ 187/24). */
const environmentalGoalAnswers: [string, string][] = [
  [
    'Kommunstyrelsen rekommenderas att tydliggöra hur styrning och uppföljning av befintliga styrdokument och mål ska integreras i den nya styrmodellen.',
    'Förvaltningen delar revisionens uppfattning. Eftersom Umeå kommuns miljömål med tillhörande åtgärdsprogram utarbetades innan kommunfullmäktige fattade beslut om den nya styrmodellen har programmet inte till fullo integrerats i kommunens modell för styrning, ledning och uppföljning. En översyn skulle möjliggöra att programmet integreras i den nya styrmodellen på ett ändamålsenligt sätt.',
  ],
  [
    'Överväga att föreslå kommunfullmäktige att i bolagens ägardirektiv förtydliga vilka styrdokument och mål som ska gälla för respektive bolag.',
    'Förvaltningen delar inte revisionens uppfattning. Av kommunfullmäktige fastställda inriktningsmål destinerar redan idag till de nämnder och bolag som bedöms vara väsentliga aktörer för att nå måloppfyllelse. Förvaltningen anser att det snarare är \'gammal\' styrning som bör ses över och anpassas till ny styrmodell snarare än det omvända.',
  ],
  [
    'Kommunstyrelsen rekommenderas att framarbete en uppdragsbeskrivning kring innebörden av att ha huvudansvar för ett fokusområde inom ramen för klimatfärdplanen.',
    'Förvaltningen delar delvis revisionens uppfattning. Inom kommunstyrelsens förvaltning har avdelningen Strategisk utveckling i sitt grunduppdrag ansvaret för att samordna klimatomställningen inklusive klimatfärdplanen och områdena i denna. Det behöver dock ske en utveckling av kommunens interna organisering för att säkra ett ändamålsenligt arbete både internt och externt med klimat- och miljöfrågor.',
  ],
  [
    'Kommunstyrelsen rekommenderas se över ansvarsfördelningen gällande åtgärderna i åtgärdsprogrammet och resursfördelningen kopplat till genomförandet av åtgärderna.',
    'Förvaltningen delar delvis revisionens uppfattning. Frågor om huvudansvaret för vissa åtgärder ses över av förvaltningen för att förtydliga ansvarsfördelningen. Ansvar för resursfördelning måste i första hand ligga på respektive nämnd, och åtgärdsprogrammet behöver integreras med respektive verksamheters verksamhetsplanering.',
  ],
  [
    'Kommunstyrelsen rekommenderas ta ställning till huruvida uppföljningen av åtgärdsprogrammet ska följas upp inom ramen för ordinarie verksamhetsuppföljning.',
    'Förvaltningen delar revisionens uppfattning. Uppföljning av åtgärdsprogrammet sker i dagsläget i samband med T2-rapporteringen. Då åtgärdsprogrammet gäller till 2025 bör det vid en kommande omarbetning/revidering integreras i den nya styrmodellen och därmed följas inom ramen för ordinarie verksamhetsuppföljning.',
  ],
];

/** § 187/24 */
export const auditEnvironmentalGoalsReport: ReportContent = {
  date: '2024-05-15',
  title: 'Granskning, information - Granskning av kommunens arbete med miljömål',
  decision: 'decides',
  proposesTo: null,
  clauses: ['lämna yttrande i enlighet med förvaltningens förslag'],
  description: blocks(
    p(
      'De förtroendevalda revisorerna i Umeå kommun har givit KPMG i uppdrag att genomföra en granskning av kommunens arbete med miljömålen. Uppdraget ingår i revisionsplanen för år 2023. Granskningens syfte är att bedöma om ändamålsenliga och effektiva processer finns för att säkerställa implementering av fullmäktiges Åtgärdsprogram för Umeås miljömål 2022–2025.',
      'Den samlade bedömningen utifrån granskningen är att kommunstyrelsen samt berörda nämnder och bolag <strong>delvis</strong> har ändamålsenliga och effektiva processer för att säkerställa implementering av fullmäktiges Åtgärdsprogram för Umeås miljömål 2022–2025.',
      'Revisorerna bedömer att implementeringen av åtgärderna i åtgärdsprogrammet för Umeå kommuns miljömål 2022–2025 inte säkerställs i samtliga granskade verksamheter. Detta utifrån att åtgärdsprogrammet vid tidpunkten för granskningen inte till fullo hade integrerats i kommunens nya modell för styrning, ledning och uppföljning. De bedömer att berörda bolag inte särskilt fått i uppdrag att arbeta utifrån de lokala miljömålen och åtgärdsprogrammet inom ramen för kommunens ägarstyrningsmodell.',
      'System och rutiner för tillfredsställande intern kontroll och uppföljning av åtgärdsprogrammet bedöms finnas på plats inom berörda nämnder, men det utgör inte en del av den ordinarie verksamhetsuppföljningen. Avslutningsvis bedömer revisionen att återrapporteringen uppfyller målen genom att gå till kommunstyrelsen via hållbarhetsutskottet.',
    ),
    h2('Förvaltningens förslag till yttrande'),
    p('Nedan redovisas kommunrevisionens rekommendationer samt förvaltningens förslag till yttrande per rekommendation.'),
    ...environmentalGoalAnswers.map(([recommendation, answer], i) => blocks(h3(`Rekommendation ${i + 1}`), p(`<em>${recommendation}</em>`, answer))),
    h3('Sammanfattning'),
    p(
      'Sammantaget delar förvaltningen i stora delar revisionens bedömningar och rekommendationer gällande integrering i den nya styrmodellen, avseende både uppföljning och styrning. Vidare bör även miljömål och åtgärdsprogrammet ses över och integreras i ny styrmodell för att möjliggöra uppföljning inom ordinarie verksamhetsuppföljning. Däremot anser förvaltningen inte att bolagens ägardirektiv behöver förtydligas, det är snarare tidigvarande styrning som behöver ses över och integreras inom ram för ny styrmodell.',
    ),
  ),
  basis: [{ documentId: null, text: 'Revisionsrapport - Granskning av kommunens arbete med miljömål' }],
  preparedBy: [
    { name: 'Johanna Lindgren', title: '' },
    { name: 'Dan Gideonsson', title: '' },
  ],
  distribution: ['Kommunrevisionen'],
  signatories: [cityManager, { name: 'Dan Gideonsson', title: 'Ledningskoordinator' }],
};
