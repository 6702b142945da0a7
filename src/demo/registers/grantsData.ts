/**
 * The grant rounds of the reference meeting book (KSNAU 2024-05-21): the climate round of § 182 (compilation
 * KS-2024/00456-2), Miljöskjutsen 2024 of § 183 (KS-2024/00457-2, decided by delegation) and the NSSO
 * co-financing request of § 181 with its project budget. Amounts in whole kronor. Typed constants only.
 */
import type { ApplicantKind } from '../../domain/grants.ts';
import type { ProjectBudget } from '../../domain/projectBudget.ts';
import type { RoundLayout } from '../../domain/grants.ts';

export interface DemoApplication {
  externalRef: string | null;
  applicantKind: ApplicantKind;
  applicantName: string;
  applicantEmail?: string;
  projectTitle: string;
  projectDescription: string;
  totalCostKr: number | null;
  /** Applied kronor per year. */
  applied: Record<number, number>;
  /** Granted (recommended) kronor per year; null for a rejection. */
  granted: Record<number, number> | null;
  motivation: string;
  conditions?: string;
  /** Decided before the round: who decided and when, as the compilation prints it. */
  decidedEarlier?: { reference: string; decidedOn: string };
  /** The case the application is decided in, when not the round's (a co-financing request). */
  caseNumber?: string;
  /** An existing document that is the application (instead of registering a new one). */
  documentNumber?: string;
  registeredDate: string;
  projectBudget?: ProjectBudget;
}

export interface DemoRound {
  name: string;
  organCode: string;
  caseNumber: string;
  /** The appropriation it draws on, by name (the appropriations demo's). */
  appropriationName: string | null;
  intro: string;
  criteria: string[];
  opensOn: string | null;
  closesOn: string | null;
  layout: RoundLayout;
  documentOwner: string;
  delegation: { delegateName: string; decidedOn: string } | null;
  /** The registered document the compilation becomes (its file is generated). */
  compilationNumber: string | null;
  compilationTitle: string;
  applications: DemoApplication[];
}

const climateCriteria = [
  'kraftigt minskar utsläppen av växthusgaser och/eller skapar effektiva kolsänkor, gärna inom de i Program för Klimatneutrala Umeå 2040 utpekade områdena med störst klimatpåverkan.',
  'växlar upp initiativets/projektets budget via externa finansieringskällor',
  'medfinansieras av ansvarig nämnd/bolag',
  'bidrar till ökad utvecklingsförmåga och innovationshöjd, ökad integration av social hållbarhet samt möjlighet till utväxling och duplicerbarhet av resultat i arbetet med klimatomställning både internt inom kommunkoncernen och med externa parter.',
  'bedrivs i samarbete/partnerskap mellan kommunens förvaltningar och bolag, universitet och akademi, offentliga aktörer, det lokala och regionala näringslivet och/eller föreningsliv och civilsamhälle',
];

const tkr = (n: number): number => n * 1_000;

export const climateRound: DemoRound = {
  name: 'Utvecklingsanslag klimatneutralitet våren 2024',
  organCode: 'KSNAU',
  caseNumber: 'KS-2024/00456',
  appropriationName: 'Utvecklingsanslag klimatneutralitet',
  intro: 'Utvecklingsinitiativ och -projekt som finansieras av utvecklingsanslaget klimatneutralitet ska bidra till att Umeå blir klimatneutralt till 2040 och/eller att kommunens andra klimatmål nås. Inför beslut om att bevilja eller avslå ansökan om medel ur utvecklingsanslaget kommer följande kriterier att beaktas.',
  criteria: climateCriteria,
  opensOn: '2024-02-01',
  closesOn: '2024-04-30',
  layout: 'projects',
  documentOwner: 'Katharina Radloff, Strategisk utveckling',
  delegation: null,
  compilationNumber: 'KS-2024/00456-2',
  compilationTitle: 'Sammanställning av inkomna ansökningar till utvecklingsanslaget Klimatneutralitet våren 2024',
  applications: [
    {
      externalRef: 'KS-2023/00275', applicantKind: 'project_owner', applicantName: 'Cirkulära Västerbotten',
      projectTitle: 'Cirkulära Västerbotten',
      projectDescription: 'Beslut KSNAU att bevilja Cirkulära Västerbotten 500 000 kr/år 2024-2026, att tas från kommunstyrelsens anslag för tillväxt. Att bevilja Cirkulära Västerbotten 200 000 kr 2023, 500 000 kr/år 2024-2025 samt 300 000 kr 2026, att tas från kommunstyrelsens anslag för klimatneutralitet.',
      totalCostKr: tkr(13_000), applied: { 2024: tkr(500), 2025: tkr(500), 2026: tkr(300) }, granted: { 2024: tkr(500), 2025: tkr(500), 2026: tkr(300) },
      motivation: '', decidedEarlier: { reference: 'KSNAU 2023-04-18', decidedOn: '2023-04-18' }, registeredDate: '2024-05-14',
    },
    {
      externalRef: null, applicantKind: 'internal_unit', applicantName: 'SLK, Strategisk utveckling', applicantEmail: 'strategisk.utveckling@example.se', projectTitle: 'Energiväskan',
      projectDescription: 'Februari 2024 lanserades Energiväskan som innehåller verktyg för att mäta energiförbrukningen hemma hos sig själv och intresset för att låna väskan är stort. Umeåborna har kunnat låna energiväskan kostnadsfritt via Umeås folkbiblioteket och via biblioteksbusen. Finansiering söks för ytterligare 6 väskor för att kunna korta kötiden. Energiväskan är ett samarbete mellan Umeå kommuns energi- och klimatrådgivare, Umeå folkbibliotek och Strategisk utveckling.',
      totalCostKr: tkr(180), applied: { 2024: tkr(80) }, granted: { 2024: tkr(80) },
      motivation: 'Syftet med energiväskan är att Umeås medborgare ska få upp ögonen för vinsterna med att minska sin energiförbrukning och att känna till vilka prylar som drar mycket el eller om huset läcker värme.',
      registeredDate: '2024-03-12',
    },
    {
      externalRef: null, applicantKind: 'internal_unit', applicantName: 'Samhällsbyggnad, Miljöutveckling', projectTitle: 'Interreg Aurora Inspire',
      projectDescription: 'Förekomsten av invasiva arter breder ut sig allt mer. Norra Sverige har med sitt förhållandevis hårda klimat hittills varit relativt förskonade ifrån invasiva arter, men med ett gynnsammare klimat har dessa även här ökat. Bekämpning av invasiva arter är i ofta väldigt intensiv och kräver stora insatser för att lyckas, då arterna i regel har lätt för att sprida sig och återkolonisera de platser som åtgärdas. Projektet ska medverka till att öka medvetenheten om invasiva arter inom trädgårdsnäringen och bland trädgårdsintresserade, så som plantskolor, försäljare av utväxter och frön, trädgårdsföreningar, koloniföreningar.',
      totalCostKr: tkr(1_305), applied: { 2024: tkr(153), 2025: tkr(153), 2026: tkr(144) }, granted: { 2024: tkr(153), 2025: tkr(153), 2026: tkr(144) },
      motivation: 'Syftet med projektet är ökad medvetenhet inom trädgårdssektorn/ minskad tillgång på invasiva arter inom trädgårdsnäringen, minst 10 restaurerade områden, praktiska vägledningar för allmänheten och kommuner om organisering och hantering av invasiva arter.',
      registeredDate: '2024-04-02',
    },
    {
      externalRef: null, applicantKind: 'internal_unit', applicantName: 'SLK, Strategisk utveckling, Sundsvall', projectTitle: 'Thriving Northern Buildings',
      projectDescription: 'Övergripande är målet är att åstadkomma en bestående förändring i byggsektorn, med fokus på cirkulära principer och hållbarhet i norra Sverige. Projektet ska sträva efter att samverka för kunskapsutbyte och utveckling inom hållbar byggt teknik, demontering och återanvändning av material, implementera praktiska lösningar för att förbättra byggprocesser, affärsmodeller och energieffektivitet, Integrera teknik, regelverk, affärsmodeller och beteendeförändringar för en hållbar omställning inom byggsektorn.',
      totalCostKr: tkr(11_554), applied: { 2024: tkr(400), 2025: tkr(400), 2026: tkr(400) }, granted: { 2024: tkr(400), 2025: tkr(400), 2026: tkr(400) },
      motivation: 'Projektet syftar till att i fem av norra Sveriges städer bidra i deras klimatomställning genom att märkbart och anmärkningsvärt främja hållbart och cirkulärt byggande, genom bl a kunskapsutbyte, testa hållbara lösningar i piloter, och integrera systemperspektiv i alla piloter och innovationsplattformar.',
      registeredDate: '2024-04-15',
    },
    {
      externalRef: null, applicantKind: 'internal_unit', applicantName: 'SLK, Strategisk utveckling, MEX',
      projectTitle: 'Finansieringsmodeller för rikare biologisk mångfald och kolsänkor. Swedish Biocredit Alliance-projekt',
      projectDescription: 'SBA-Projektet syftar till att skapa en modell för verifiering av biokrediter för den svenska marknaden, samt driva utveckling av denna modell mot en SIS standard. Målet med SBA-Projektet är bland annat att skapa ett ramverk och marknadsförutsättningar för hållbara och transparenta investeringar från näringslivet i biologisk mångfald.',
      totalCostKr: tkr(800), applied: { 2024: tkr(250), 2025: tkr(250) }, granted: { 2024: tkr(250), 2025: tkr(250) },
      motivation: 'Syftet är att kunskapsuppbyggnad och testning av alternativa finansieringsformer och för att främja kolsänkor, naturbaserat upptag av koldioxid och biologisk mångfald.',
      registeredDate: '2024-04-29',
    },
  ],
};

/** Föreningsbyrån's number, association, project, applied, granted (null: "Avslag"), motivation. */
const rideRows: [string, string, string, number, number | null, string][] = [
  ['150638', 'Ersboda SK', 'Tillsammans för ersboda', 20_000, 20_000, 'Projektet bidrar till cirkulär användning av sportutrustning.'],
  ['171027', 'KFUM Umeå', 'Luftvärmepump', 20_024, 20_024, 'Projektet bidrar till att spara energi.'],
  ['171025', 'Stöcke IF', 'Cykelpump', 20_000, 20_000, 'Projektet bidrar till hållbart resande.'],
  ['170104', 'Umeå Orienteringsklubb', 'Hållbarhetsprojekt', 20_024, 20_024, 'Projektet bidrar till inkludering och naturupplevelse för utrikesfödda.'],
  ['170080', 'Friluftsförbundet lokalavd Umeå', 'Lärande friluftsliv', 20_024, 15_024, 'Projektet bidrar till kunskapshöjning om de globala målen samt naturupplevelse.'],
  ['171020', 'Södra Umeå Ryttarförening', 'Miljöcertifiering', 19_994, 3_798, 'Projektet bidrar till hållbar sophantering.'],
  ['170951', 'TegSödra Umeå IF', 'Skapa förrådsyta', 20_000, 20_000, 'Projektet bidrar till cirkulär användning av sportutrustning.'],
  ['170084', 'Föreningen Umekraft', 'Step up träning', 3_000, null, 'Bidrag ges ej till kostnader som föreningen anger.'],
  ['171088', 'Umeå nykterhetsvänners byggnadsförening', 'Utbyte av dörr', 20_015, null, 'Föreningen hänvisas att söka verksamhetsstöd för anläggningar investering.'],
  ['171029', 'Kultur & Människa', 'Föreläsningar om klimatfrågan', 20_024, null, 'Bidrag ges ej till kostnader som föreningen anger.'],
  ['171055', 'Konstfrämjandet Västerbotten', 'Förstudie', 20_024, null, 'Bidrag ges ej till kostnader som föreningen anger.'],
  ['71042', 'Vän i Umeå', 'Anslutning till en samåkningsplattform', 13_668, null, 'Bidrag ges ej till kostnader som föreningen anger.'],
  ['171028', 'Vän i Umeå', 'Cykelmekning', 16_500, null, 'Delvis ej stödberättigade kostnader anges och projektet kräver dessa.'],
  ['170807', 'Gimonäs Umeå Idrottsförening', 'Städa Umeå', 20_024, null, 'Stödet har översökts för 2024. Bidrag ges ej till arvode.'],
  ['170819', 'Stöcksjö Bygdegårdsförening', 'Byte av avloppsanläggning', 20_024, null, 'Bidrag ges ej till investeringar som lagen kräver.'],
  ['170545', 'Visans Vänner i Umeå', 'Busskostnader för visfestivalen', 18_000, null, 'Föreningen har redan fått beviljat stöd transport inom landsbygdsstödet (LLU).'],
  ['170587', 'Umeå Budoklubb', 'Byte till energieffektiv belysning', 20_024, null, 'Er förening har sökt verksamhetsstöd för anläggningar, investering (ärende-nr 165718).'],
  ['170076', 'Umeå kanotklubb', 'Projektgruppträffar', 20_024, null, 'Bidrag ges ej till de kostnader som föreningen anger och specifikt arvoden.'],
  ['169919', 'Björkstadens Aikidoklubb', 'Miljösmart resande', 9_000, null, 'Bidrag ges ej till aktiviteter utanför Umeå kommun.'],
  ['170390', 'Sandviks IK', 'Luftvärmepump', 20_024, null, 'Stödet har översökts för 2024. Hänvisas till att söka Bygdemedel via Länsstyrelsen.'],
];

export const environmentRideRound: DemoRound = {
  name: 'Miljöskjutsen 2024',
  organCode: 'KSNAU',
  caseNumber: 'KS-2024/00457',
  appropriationName: null,
  intro: 'Ideella föreningar i Umeå kan söka stödet Miljöskjutsen för projekt och insatser som bidrar till hållbar utveckling och minskad miljöbelastning. Projekten ska knyta an till en eller flera av Umeås lokala miljömål, de 17 globala målen eller de 16 nationella miljömålen.',
  criteria: [
    'Sökande är en ideell förening i Umeå kommun.',
    'Projektet knyter an till Umeås lokala miljömål, de 17 globala målen eller de 16 nationella miljömålen.',
    'Högst 20 024 kr per ansökan.',
  ],
  opensOn: '2024-02-15',
  closesOn: '2024-04-15',
  layout: 'associations',
  documentOwner: 'Katharina Radloff, Strategisk utveckling',
  delegation: { delegateName: 'Fritidsbyrån, Strategisk utveckling enl. delegationsordning', decidedOn: '2024-05-16' },
  compilationNumber: 'KS-2024/00457-2',
  compilationTitle: 'Sammanställning av inkomna ansökningar Miljöskjutsen 2024',
  applications: rideRows.map(([ref, association, project, applied, granted, motivation]) => ({
    externalRef: ref, applicantKind: 'association', applicantName: association, projectTitle: project, projectDescription: '',
    totalCostKr: null, applied: { 2024: applied }, granted: granted === null ? null : { 2024: granted }, motivation, registeredDate: '2024-04-16',
  })),
};

/** The NSSO application's budget (kr), "Sammanställning av projektbudget", as sent by Region Västerbotten. */
export const nssoBudget: ProjectBudget = {
  years: [2024, 2025, 2026, 2027],
  costs: [
    { section: '', label: '1 Personalkostnader (t.ex. Soc. avg.)', amounts: [158_312, 982_872, 1_019_664, 880_380], statedTotal: 3_041_228 },
    { section: '', label: '2 Extern sakkunskap och externa tjänster', amounts: [7_200, 106_000, 106_000, 84_000], statedTotal: 303_200 },
    { section: '', label: '3 Resor och logi', amounts: [60_620, 441_800, 441_800, 377_580], statedTotal: 1_321_800 },
    { section: '', label: '4 Investeringar, utrustning, materiel och externa lokaler', amounts: [188_200, 1_115_800, 1_144_000, 1_013_000], statedTotal: 3_461_000 },
    { section: '', label: '5 Indirekta kostnader (alternativt Kontor och admin.)', amounts: [23_747, 147_431, 152_950, 132_057], statedTotal: 456_184 },
    { section: '', label: '6 Kontor och administration (alternativt Ind. kostnader)', amounts: [0, 0, 0, 0], statedTotal: 0 },
    { section: '', label: '7 Intäkter (Botniska Korridoren 50 000/år)', amounts: [0, -105_000, -105_000, -97_000], statedTotal: -307_000 },
  ],
  financing: [
    ...([
      ['1 Region Norrbotten', [0, 260_000, 260_000, 260_000], 780_000],
      ['2 Region Västernorrland', [0, 260_000, 260_000, 260_000], 780_000],
      ['3 Region Jämtland Härjedalen', [0, 260_000, 260_000, 260_000], 780_000],
      ['4 Umeå kommun', [20_000, 100_000, 100_000, 80_000], 300_000],
      ['5 Skellefteå Kommun', [0, 80_000, 80_000, 80_000], 240_000],
      ['6 Umeå Universitet', [0, 75_000, 75_000, 75_000], 225_000],
      ['7 Luleå Tekniska Universitet', [0, 75_000, 75_000, 75_000], 225_000],
      ['8 Norrbottens Kommuner', [0, 100_000, 100_000, 100_000], 300_000],
      ['9 Region Västerbotten, basmedel', [200_000, 0, 0, 0], 200_000],
      ['10 Region Västerbotten, Regionala tillväxtmedel, 1.1', [218_079, 1_258_903, 1_329_414, 980_017], 3_786_413],
    ] as const).map(([label, amounts, statedTotal]) => ({ section: 'Nationell offentlig finansiering - kontanta medel', label, amounts: [...amounts], statedTotal })),
    ...([
      ['1 Företagarna', [0, 0, 0, 0], 0],
      ['2 Skellefteå Kraft', [0, 120_000, 120_000, 120_000], 360_000],
      ['3 Norrbotten AB', [0, 50_000, 50_000, 50_000], 150_000],
      ['4 Arctic Center of Energy', [0, 50_000, 50_000, 50_000], 150_000],
    ] as const).map(([label, amounts, statedTotal]) => ({ section: 'Privat finansiering - kontanta medel', label, amounts: [...amounts], statedTotal })),
  ],
  statedCostTotal: 8_276_413,
  statedFinancingTotal: 8_276_413,
};

export const nssoRound: DemoRound = {
  name: 'Medfinansiering ur kommunstyrelsens anslag för tillväxt',
  organCode: 'KSNAU',
  caseNumber: 'KS-2024/00361',
  appropriationName: 'Kommunstyrelsens anslag för tillväxt',
  intro: 'Löpande ansökningar om medfinansiering av projekt ur kommunstyrelsens anslag för tillväxt.',
  criteria: ['Projektet har inverkan på Umeås tillväxt och fortsatta utveckling.', 'Övrig sökt medfinansiering redovisas i projektets budget.'],
  opensOn: '2024-01-01',
  closesOn: null,
  layout: 'projects',
  documentOwner: 'Emmy Sundin',
  delegation: null,
  compilationNumber: null,
  compilationTitle: 'Ansökningar om medfinansiering ur kommunstyrelsens anslag för tillväxt',
  applications: [
    {
      externalRef: null, applicantKind: 'project_owner', applicantName: 'Region Västerbotten', applicantEmail: 'nsso@regionvasterbotten.example.se', projectTitle: 'North Sweden Stockholm Office 2024-2027',
      projectDescription: 'Projektet 2024-2027 syftar till att fortsatt stärka norra Sveriges synlighet i den nationella debatten och regionernas roll mot den nationella och internationella nivån, genom omvärldsbevakning, seminarier och kommunikationsinsatser och ett gemensamt kontor i Stockholm för de fyra nordliga länen.',
      totalCostKr: 8_276_413, applied: { 2024: 20_000, 2025: 100_000, 2026: 100_000, 2027: 80_000 }, granted: { 2024: 20_000, 2025: 100_000, 2026: 100_000, 2027: 80_000 },
      motivation: 'Ett gemensamt påverkansarbete med andra aktörer i norra Sverige är viktigt för Umeå och ett led i ett strategiskt arbete med påverkansprocesser som har inverkan på Umeås tillväxt och fortsatta utveckling.',
      conditions: 'under förutsättning att övrig sökt medfinansiering beviljas',
      caseNumber: 'KS-2024/00361', documentNumber: 'KS-2024/00361-1', registeredDate: '2024-04-08', projectBudget: nssoBudget,
    },
  ],
};

export const demoRounds: DemoRound[] = [climateRound, environmentRideRound, nssoRound];
