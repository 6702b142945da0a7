/**
 * Agenda items 177 and 181–183 of the reference meeting book (KSNAU 2024-05-21): planning directive,
 * co-financing and grants. Texts are excerpts of the published documents.
 */
import type { DemoCase } from './types.ts';
import { paragraphs } from './text.ts';

/** § 177/24 */
export const planningDirective: DemoCase = {
  number: 'KS-2023/00651',
  title: 'Planeringsdirektiv och budget 2025 samt plan 2026-2028',
  organCode: 'KS',
  openedOn: '2023-12-11',
  status: 'open',
  documents: [
    {
      kind: 'official_report',
      direction: 'internal',
      registeredDate: '2024-05-16',
      description: 'Tjänsteskrivelse – Planeringsdirektiv och budget 2025 samt plan 2026-2028',
      fileText: paragraphs(
        'Tjänsteskrivelse\n2024-05-16\nKommunstyrelsens näringslivs- och arbetsutskott\nDnr: KS-2023/00651',
        'Planeringsdirektiv och budget 2025 samt plan 2026-2028',
        'Förslag till beslut\nKommunfullmäktige beslutar\natt\natt\natt',
        'Ärendebeskrivning\nVid sammanträdet 21 maj 2024 lägger Socialdemokraterna fram det med Miljöpartiet gemensamma budgetförslaget.',
        'Näringslivs- och arbetsutskottet 28 maj 2024 alternativt 4 juni 2024 (övriga partier i utskottet lägger sina budgetförslag)',
        'Kommunstyrelsen 4 juni 2024 (övriga partier i kommunstyrelsen lägger sina budgetförslag. Samtliga partier i kommunfullmäktige har möjlighet att skriftligt anmäla in sitt budgetförslag till kommunstyrelsens möte 4 juni)',
        'Kommunfullmäktige 17 juni 2024 (debatt och beslut)',
        'Ärendet kompletteras efter möte med kommunfullmäktiges presidium med följande förslag till beslut och handlingar:\natt fastställa kommunrevisionens budget för 2025 - bilaga 4\natt fastställa budget för lekmanrevisionen 2025 - bilaga 5\natt fastställa kommunfullmäktiges årshjul - bilaga 6',
        'Beslutsunderlag\nSocialdemokraternas och Miljöpartiets planeringsdirektiv och budget för 2025.\n' +
          '- Bilaga 1 - Investeringsbudget 2024 och 2025 samt plan 2026-2028\n' +
          '- Bilaga 2 - Förslag till mark- och exploateringsplan 2025-2028\n' +
          '- Bilaga 3 - Viktiga datum för kommunens nämnder och bolag under 2025\n' +
          '- Bilaga 4 - Kommunrevisionens budget för 2025 (Beredts av KF-presidium och kommer senare)\n' +
          '- Bilaga 5 - Budget för lekmanrevisionen 2025 (Beredts av KF-presidium och kommer senare)\n' +
          '- Bilaga 6 - Kommunfullmäktiges årshjul\n' +
          '- Bilaga 7 - Kommunfullmäktiges, kommunstyrelsens och dess utskotts sammanträdestider för 2025\n' +
          '- Bilaga 8 - Viktiga datum för kommunens nämnder 2025.',
        'Beredningsansvariga\nLena Höök Gustafsson\nDan Gideonsson\nUrban Blomdahl\nAnette Sjödin',
        'Beslutet ska skickas till\nSamtliga nämnder och bolag',
        'Margaretha Alfredsson\nstadsdirektör\n\nLena Gustafsson\nekonomidirektör',
      ),
    },
    {
      kind: 'annex',
      direction: 'internal',
      registeredDate: '2024-05-16',
      description: 'Bilaga 6 – Årshjul 2025, Umeå kommunfullmäktige',
      fileText: paragraphs(
        'Bilaga\nÅrshjul 2025 - Umeå kommunfullmäktige',
        'Observera att nedanstående planering gäller under förutsättning att föreslagna sammanträdestider fastställs och att ordinarie planerings- och uppföljningsprocess följs. Observera även att det kan tillkomma ytterligare aktiviteter',
      ),
    },
    {
      kind: 'annex',
      direction: 'internal',
      registeredDate: '2024-05-16',
      description: 'Bilaga 7 – Sammanträdestider för kommunfullmäktige, kommunstyrelsen och dess utskott 2025',
      fileText: paragraphs(
        'UMEÅ KOMMUN\nBilaga 7\n2024-05-16',
        'Sammanträdestider för kommunfullmäktige, kommunstyrelsen och dess utskott 2025',
        'KF Kommunfullmäktige\nKS Kommunstyrelsen\nKSNAU Kommunstyrelsens näringslivs- och arbetsutskott\nKSPLU Kommunstyrelsens planeringsutskott\nKSHU Kommunstyrelsens hållbarhetsutskott',
        'Tider: KSNAU kl. 13.15, KSPLU kl. 9.00, KSHU kl. 13.15, KS kl. 15.00, KF kl. 9.00',
        [
          'Januari: KSNAU 7, 21; KSPLU 7, 21; KSHU 28; KS 14; KF 27',
          'Februari: KSNAU 4, 18; KSPLU 4, 18; KS 11; KF 24',
          'Mars: KSNAU 11, 25; KSPLU 11, 25; KS 18; KF 31',
          'April: KSNAU 8, 15*, 22; KSPLU 8, 22; KSHU 1; KS 15; KF 28',
          'Maj: KSNAU 6, 20, 27; KSPLU 6, 27; KSHU 20***; KS 13; KF 26',
          'Juni: KSNAU 3*, 10; KSPLU 10; KSHU 17; KS 3; KF 16',
          'Juli: –',
          'Augusti: KSNAU 5, 19; KSPLU 5, 19; KSHU 26; KS 12; KF 25',
          'September: KSNAU 9, 23; KSPLU 9, 23; KSHU 30; KS 16; KF 29',
          'Oktober: KSNAU 7, 20**, 21; KSPLU 7, 21; KS 14, 20**; KF 27',
          'November: KSNAU 4, 25; KSPLU 4, 25; KSHU 18; KS 11; KF 24',
          'December: KSNAU 9; KSPLU 9; KSHU 16; KS 2; KF 15',
        ].join('\n'),
        '*KSNAU kl. 14.30\n** KSNAU måndag kl. 14.30 och KS måndag kl. 15.00\n*** KSHU kl. 9.00',
        'Nuläge och framtid 8 december 2025',
      ),
    },
    {
      kind: 'annex',
      direction: 'internal',
      registeredDate: '2024-05-16',
      description: 'Bilaga 8 – Viktiga datum för Umeå kommuns nämnder och bolag 2025',
      fileText: paragraphs(
        'Viktiga datum för Umeå kommuns nämnder 2025',
        'Observera att detaljerad information om nedanstående aktiviteter lämnas i separata anvisningar.',
        [
          '27 jan – Verksamhetsdagen i KF. Förvaltningar lämnar information till KF om möjligheter/utmaningar 3–5 år.',
          '24 feb – Underlag till Årsredovisning. XXX-nämndens fastställda rapport till KS/KF för perioden jan-dec 2024 (direktjusterad vid sammanträde om så behövs) ska vara inskickad till KS diarium och SLK Ekonomi.',
          '21 mar – Planering och budget nästkommande år. Sista datum för nämnd att lämna yttrande på SLK:s förslag till planeringsdirektiv samt inkomma med förslag till revidering av taxor och avgifter.',
          '26 maj – Förenklad rapport jan-apr. Nämndens fastställda rapport till KS/KF för perioden jan-april (direktjusterad vid sammanträde om så behövs) ska vara inskickad till KS diarium och SLK ekonomi.',
          '26 sep – Delårsrapport jan-aug. Nämndens fastställda rapport till KS/KF för perioden jan-aug (direktjusterad vid sammanträde om så behövs) ska vara inskickad till KS diarium och SLK Ekonomi.',
          '26 nov – Verksamhetsplan och budget för 2026. Sista datum för nämnder att lämna nämndens fastställda Verksamhetsplan (inkl. detaljbudget). Plan för styrning och uppföljning av verksamhet som utförs av externa utförare samt Riskanalys och Internkontrollplan för nästkommande verksamhetsår till KS diarium.',
          '8 dec – Nuläge & framtid. Presentation av planeringsförutsättningar och förslag till planeringsdirektiv för 2027.',
        ].join('\n'),
        'Viktiga datum för Umeå kommuns bolag 2025',
        [
          '13 feb – Underlag till Årsredovisning. Bolag lämnar underlag till SLK ekonomi - rapportpaket Cognos/mail',
          '24 feb – Bolagsdagen i KF',
          '14 mar – Underlag till Årsredovisning. XXX-bolagets fastställda rapport till KS/KF för perioden jan-dec 2024 (direktjusterad vid sammanträde om så behövs) ska vara inskickad till KS diarium och SLK ekonomi.',
          '29 sep – Delårsrapport jan-aug. Av respektive bolagsstyrelse fastställd rapport till KS/KF (direktjusterad vid sammanträde om så behövs) skickas till UKF för överlämning till KS diarium och SLK ekonomi.',
        ].join('\n'),
      ),
    },
  ],
};

/** § 181/24 */
export const northSwedenStockholmOffice: DemoCase = {
  number: 'KS-2024/00361',
  title: 'Medfinansiering: North Sweden Stockholm Office 2024-2027',
  organCode: 'KSNAU',
  caseOfficer: 'handlaggare',
  openedOn: '2024-04-08',
  status: 'open',
  documents: [
    {
      kind: 'letter',
      direction: 'incoming',
      registeredDate: '2024-04-08',
      description: 'Ansökan om medfinansiering – projektet North Sweden Stockholm Office 2024–2027',
      counterparty: { name: 'Region Västerbotten', organisation: 'Region Västerbotten' },
      fileText: paragraphs(
        'Projektansökan North Sweden Stockholm Office 2024–2027',
        'Vilket/vilka problem vill projektet lösa?\nSedan några år tillbaka är den stora omställningen i full gång i Norra Sverige. Västerbotten har skaffat sig ett värdefullt försprång gentemot resten av världen. För att behålla försteget är det viktigt att vi ökar tempot i omställningsarbetet.',
        'Det är därför nödvändigt att:\n- öka norra Sveriges synlighet i den nationella debatten och stärka regionernas roll mot den nationella och internationella nivån.\n- verka för ökad informationsspridning om tillgångar och behov i norra Sverige och öka deltagandet i nationella debattforum.\n- stärka norra Sveriges legitimitet genom att samordna en gemensam röst för norra Sverige i nationella debattforum.',
        'Projektet ska svara för Västerbottens andel i att driva och bemanna de fyra nordliga regionernas gemensamma Stockholmskontor, North Sweden Stockholm Office. Kontoret är en strategisk mötesplats med syfte att utveckla norra Sveriges närvaro och påverkansmöjligheter på den nationella arenan.',
        'Budget (kr): År 2024 / År 2025 / År 2026 / År 2027 / Total\n' +
          'SUMMA BOKFÖRD KOSTNAD: 438 079 / 2 688 903 / 2 759 414 / 2 390 017 / 8 276 413\n' +
          'Umeå kommun: 20 000 / 100 000 / 100 000 / 80 000 / 300 000\n' +
          'SUMMA BOKFÖRD FINANSIERING: 438 079 / 2 468 903 / 2 539 414 / 2 170 017 / 7 616 413\n' +
          'SUMMA PRIVAT FINANSIERING: 0 / 220 000 / 220 000 / 220 000 / 660 000\n' +
          'SUMMA PROJEKTFINANSIERING: 438 079 / 2 688 903 / 2 759 414 / 2 390 017 / 8 276 413',
      ),
    },
    {
      kind: 'official_report',
      direction: 'internal',
      registeredDate: '2024-04-29',
      description: 'Tjänsteskrivelse – North Sweden Stockholm Office 2024-2027',
      fileText: paragraphs(
        'Tjänsteskrivelse\n2024-04-29\nKommunstyrelsens näringslivs- och arbetsutskott\nDnr: KS-2024/00361',
        'North Sweden Stockholm Office 2024-2027',
        'Förslag till beslut\nAtt bevilja North Sweden Stockholm Office 20 000 kr 2024, 100 000 kr/år 2025-2026 och 80 000 kr 2027, att tas från kommunstyrelsens anslag för tillväxt\nAtt beslutet gäller under förutsättning att övrig sökt medfinansiering beviljas',
        'Ärendebeskrivning\nRegion Västerbotten söker medel från Umeå kommun till projektet North Sweden Stockholm Office (NSSO) 2024-2027. Övriga medfinansierare är Regionerna Norrbotten, Västernorrland och Jämtland-Härjedalen, Skellefteå kommun, Norrbottens kommuner, Umeå universitet med flera.',
        'Budget för projektet 2024-2027 är 8 276 413 kr varav 300 000 kr söks från Umeå kommun. Väntade resultat av projektet 2024-2027 är ökad synlighet i den nationella debatten, en stärkt gemensam röst för norra Sverige samt informationsspridning om norra Sveriges tillgångar och behov.',
        'Kvarvarande medel i tillväxtanslaget (2024-04-29)\n2024 1 478,2 tkr\n2025 3 007,4 tkr\n2026 9 296,2 tkr',
        'Handlingar\nInskickad ansökan till Region Västerbotten',
        'Beredningsansvariga\nSusanne Thurén, Emmy Sundin',
        'Beslutet ska skickas till\nBudgetgruppen/Sofia Westin, Emmy Sundin',
        'Margaretha Alfredsson\nStadsdirektör\n\nPeter Juneblad\nNäringslivsdirektör',
      ),
    },
  ],
};

const climateCriteria =
  'Kriterier för att ansöka om utvecklingsanslag:\n' +
  '- kraftigt minskar utsläppen av växthusgaser och/eller skapar effektiva kolsänkor, gärna inom de i Program för Klimatneutrala Umeå 2040 utpekade områdena med störst klimatpåverkan.\n' +
  '- växlar upp initiativets/projektets budget via externa finansieringskällor\n' +
  '- medfinansieras av ansvarig nämnd/bolag\n' +
  '- bidrar till ökad utvecklingsförmåga och innovationshöjd, ökad integration av social hållbarhet samt möjlighet till utväxling och duplicerbarhet av resultat i arbetet med klimatomställning både internt inom kommunkoncernen och med externa parter.\n' +
  '- bedrivs i samarbete/partnerskap mellan kommunens förvaltningar och bolag, universitet och akademi, offentliga aktörer, det lokala och regionala näringslivet och/eller föreningsliv och civilsamhälle.';

/** § 182/24 */
export const climateNeutralityGrant: DemoCase = {
  number: 'KS-2024/00456',
  title: 'Utvecklingsanslag klimatneutralitet, förslag på utdelning våren 24',
  organCode: 'KSNAU',
  caseOfficer: 'handlaggare',
  openedOn: '2024-05-06',
  status: 'open',
  documents: [
    {
      kind: 'official_report',
      direction: 'internal',
      registeredDate: '2024-05-12',
      description: 'Tjänsteskrivelse – Utvecklingsanslag klimatneutralitet utdelning 2024',
      fileText: paragraphs(
        'Tjänsteskrivelse\n2024-05-12\nKommunstyrelsens näringslivs- och arbetsutskott\nDnr: KS-2024/00456',
        'Utvecklingsanslag klimatneutralitet utdelning 2024',
        'Förslag till beslut\nKommunstyrelsens näringslivs- och arbetsutskott beslutar\nAtt godkänna fördelning av medel från utvecklingsanslaget klimatneutralitet enligt tjänsteskrivelsen.',
        'Ärendebeskrivning\nÅr 2022 beslutade Kommunfullmäktige om ett årligt utvecklingsanslag på 3 miljoner SEK för att främja arbetet mot klimatneutralitet. Under 2023 har kriterierna och processen för hantering av ansökningar tagits fram.',
        'Det har kommit in 5 ansökningar som har sammanfattats i den bifogade sammanställningen, där också en motivering och rekommendation till beslut framgår.',
        climateCriteria,
        'Kvarvarande medel i utvecklingsanslaget Klimatneutralitet (2024-05-14)\n- 2024 1 617,0 tkr\n- 2025 1 697,0 tkr\n- 2026 2 156,0 tkr',
        'Beslutsunderlag\nSammanställning av inkomna ansökningar 240514',
        'Beredningsansvariga\nAnnika Myrén, Strategisk utveckling\nErik Eklund, Strategisk utveckling\nLucas Röhlinger, Strategisk utveckling\nKatharina Radloff, Strategisk utveckling',
        'Beslutet ska skickas till\nSofia Westin\nLinn Siljebo',
        'Katharina Radloff\nMiljöstrateg',
      ),
    },
    {
      kind: 'annex',
      direction: 'internal',
      registeredDate: '2024-05-14',
      description: 'Sammanställning av inkomna ansökningar till utvecklingsanslaget Klimatneutralitet våren 2024',
      fileText: paragraphs(
        'Sammanställning av inkomna ansökningar till utvecklingsanslaget Klimatneutralitet våren 2024\nDokumentansvarig: Katharina Radloff, Strategisk utveckling\nDNR: KS-2024/00456-2',
        climateCriteria,
        [
          'Cirkulära Västerbotten (KS-2023/00275) – total projektkostnad 13 000 tkr – sökt 500 (2024); 500 (2025); 300 (2026) – Beslutat av KSNAU 2023-04-18',
          'Energiväskan, SLK, Strategisk utveckling – total projektkostnad 180 tkr – sökt 80 (2024) – Syftet med energiväskan är att Umeås medborgare ska få upp ögonen för vinsterna med att minska sin energiförbrukning och att känna till vilka prylar som drar mycket el eller om huset läcker värme. Rekommendation: Beviljas.',
          'Interreg Aurora Inspire, Samhällsbyggnad, Miljöutveckling – total projektkostnad 1 305 tkr – sökt 153 (2024); 153 (2025); 144 (2026) – Syftet med projektet är ökad medvetenhet inom trädgårdssektorn/ minskad tillgång på invasiva arter inom trädgårdsnäringen, minst 10 restaurerade områden, praktiska vägledningar för allmänheten och kommuner om organisering och hantering av invasiva arter. Rekommendation: Beviljas.',
          'Thriving Northern Buildings, SLK, Strategisk utveckling, Sundsvall – total projektkostnad 11 554 tkr – sökt 400 (2024); 400 (2025); 400 (2026) – Projektet syftar till att i fem av norra Sveriges städer bidra i deras klimatomställning genom att märkbart och anmärkningsvärt främja hållbart och cirkulärt byggande, genom bl a kunskapsutbyte, testa hållbara lösningar i piloter, och integrera systemperspektiv i alla piloter och innovationsplattformar. Rekommendation: Beviljas.',
          'Finansieringsmodeller för rikare biologisk mångfald och kolsänkor. Swedish Biocredit Alliance-projekt. SLK, Strategisk utveckling, MEX – total projektkostnad 800 tkr – sökt 250 (2024); 250 (2025) – Syftet är att kunskapsuppbyggnad och testning av alternativa finansieringsformer och för att främja kolsänkor, naturbaserat upptag av koldioxid och biologisk mångfald. Rekommendation: Beviljas.',
        ].join('\n'),
        'Utvecklingsanslag klimatneutralitet 3 000 tkr per år\nBudget 2024 (summa av ovanstående medfinansiering): 1 383 tkr\nBudget 2025: 1 303 tkr\nBudget 2026: 844 tkr',
      ),
    },
  ],
};

/** Rows of KS-2024/00457-2: Föreningsbyrån's number, association, project, applied, granted, motivation. */
const environmentRideRows: [string, string, string, string, string, string][] = [
  ['150638', 'Ersboda SK', 'Tillsammans för ersboda', '20 000', '20 000', 'Projektet bidrar till cirkulär användning av sportutrustning.'],
  ['171027', 'KFUM Umeå', 'Luftvärmepump', '20 024', '20 024', 'Projektet bidrar till att spara energi.'],
  ['171025', 'Stöcke IF', 'Cykelpump', '20 000', '20 000', 'Projektet bidrar till hållbart resande.'],
  ['170104', 'Umeå Orienteringsklubb', 'Hållbarhetsprojekt', '20 024', '20 024', 'Projektet bidrar till inkludering och naturupplevelse för utrikesfödda.'],
  ['170080', 'Friluftsförbundet lokalavd Umeå', 'Lärande friluftsliv', '20 024', '15 024', 'Projektet bidrar till kunskapshöjning om de globala målen samt naturupplevelse.'],
  ['171020', 'Södra Umeå Ryttarförening', 'Miljöcertifiering', '19 994', '3 798', 'Projektet bidrar till hållbar sophantering.'],
  ['170951', 'TegSödra Umeå IF', 'Skapa förrådsyta', '20 000', '20 000', 'Projektet bidrar till cirkulär användning av sportutrustning.'],
  ['170084', 'Föreningen Umekraft', 'Step up träning', '3 000', 'Avslag', 'Bidrag ges ej till kostnader som föreningen anger.'],
  ['171088', 'Umeå nykterhetsvänners byggnadsförening', 'Utbyte av dörr', '20 015', 'Avslag', 'Föreningen hänvisas att söka verksamhetsstöd för anläggningar investering.'],
  ['171029', 'Kultur & Människa', 'Föreläsningar om klimatfrågan', '20 024', 'Avslag', 'Bidrag ges ej till kostnader som föreningen anger.'],
  ['171055', 'Konstfrämjandet Västerbotten', 'Förstudie', '20 024', 'Avslag', 'Bidrag ges ej till kostnader som föreningen anger.'],
  ['71042', 'Vän i Umeå', 'Anslutning till en samåkningsplattform', '13 668', 'Avslag', 'Bidrag ges ej till kostnader som föreningen anger.'],
  ['171028', 'Vän i Umeå', 'Cykelmekning', '16 500', 'Avslag', 'Delvis ej stödberättigade kostnader anges och projektet kräver dessa.'],
  ['170807', 'Gimonäs Umeå Idrottsförening', 'Städa Umeå', '20 024', 'Avslag', 'Stödet har översökts för 2024. Bidrag ges ej till arvode.'],
  ['170819', 'Stöcksjö Bygdegårdsförening', 'Byte av avloppsanläggning', '20 024', 'Avslag', 'Bidrag ges ej till investeringar som lagen kräver.'],
  ['170545', 'Visans Vänner i Umeå', 'Busskostnader för visfestivalen', '18 000', 'Avslag', 'Föreningen har redan fått beviljat stöd transport inom landsbygdsstödet (LLU).'],
  ['170587', 'Umeå Budoklubb', 'Byte till energieffektiv belysning', '20 024', 'Avslag', 'Er förening har sökt verksamhetsstöd för anläggningar, investering (ärende-nr 165718).'],
  ['170076', 'Umeå kanotklubb', 'Projektgruppträffar', '20 024', 'Avslag', 'Bidrag ges ej till de kostnader som föreningen anger och specifikt arvoden.'],
  ['169919', 'Björkstadens Aikidoklubb', 'Miljösmart resande', '9 000', 'Avslag', 'Bidrag ges ej till aktiviteter utanför Umeå kommun.'],
  ['170390', 'Sandviks IK', 'Luftvärmepump', '20 024', 'Avslag', 'Stödet har översökts för 2024. Hänvisas till att söka Bygdemedel via Länsstyrelsen.'],
];

/** § 183/24 */
export const environmentRide: DemoCase = {
  number: 'KS-2024/00457',
  title: 'Utdelning av Miljöskjutsen 2024',
  organCode: 'KSNAU',
  caseOfficer: 'handlaggare',
  openedOn: '2024-05-06',
  status: 'open',
  documents: [
    {
      kind: 'official_report',
      direction: 'internal',
      registeredDate: '2024-05-14',
      description: 'Tjänsteskrivelse – Miljöskjutsen 2024',
      fileText: paragraphs(
        'Tjänsteskrivelse\n2024-05-14\nKommunstyrelsens näringslivs- och arbetsutskott\nDnr: KS-2024/00457',
        'Miljöskjutsen 2024',
        'Förslag till beslut\nKommunstyrelsens näringslivs- och arbetsutskott beslutar\nAtt godkänna informationen om utdelning av Miljöskjutsen 2024.',
        'Ärendebeskrivning\nSedan 2017 har ideella föreningar i Umeå kunnat söka stödet Miljöskjutsen, där syftet är att stödja projekt och insatser som bidrar till hållbar utveckling och minskad miljöbelastning. Projekten ska knyta an till en eller flera av Umeås lokala miljömål, de 17 globala målen eller de 16 nationella miljömålen. Miljöskjutsarna är ett initiativ inom ramen för ett hållbart Umeå och administreras genom Föreningsbyrån i samarbete och med medel från Strategisk utveckling.',
        'Under våren 2024 har 20 ansökningar kommit in och nedanstående föreningar tar del av en miljöskjuts på 20 024 kr:\nErsboda SK, KFUM Umeå, Stöcke IF, Umeå Orienteringsklubb, Friluftsförbundet lokalavd Umeå, Södra Umeå Ryttarförening och TegSödra Umeå IF.',
        'Sammanfattning av ansökningarna och motivering finns i beslutsunderlag.',
        'Beslutsunderlag\nSammanfattning av ansökningar Miljöskjutsen 2024',
        'Beredningsansvariga\nFardeen Ahmadi, Fritidsbyrån.\nKatharina Radloff, Strategisk utveckling.',
        'Beslut skickas till\nSofia Westin\nLinn Siljebo',
        'Katharina Radloff\nMiljöstrateg',
      ),
    },
    {
      kind: 'annex',
      direction: 'internal',
      registeredDate: '2024-05-16',
      description: 'Sammanställning av inkomna ansökningar Miljöskjutsen 2024',
      fileText: paragraphs(
        'Sammanställning av inkomna ansökningar Miljöskjutsen 2024\nDokumentansvarig: Katharina Radloff, Strategisk utveckling\nDokumentdatum: 2024-05-16\nBeslutad av: Fritidsbyrån, Strategisk utveckling enl. delegationsordning\nDNR: KS-2024/00457-2',
        'Dnr | Förening | Projekt | Sökt belopp | Beviljat belopp | Motivering\n' +
          environmentRideRows.map((row) => row.join(' | ')).join('\n'),
      ),
    },
  ],
};
