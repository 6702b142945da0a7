/**
 * Official reports of agenda items 188 (January–April follow-up with internal control) and 189 (information)
 * of the reference meeting book (KSNAU 2024-05-21). The follow-up's key tables come from its annexes.
 */
import type { ReportContent } from '../domain/officialReport.ts';
import { blocks, h2, h3, p, table } from './reports-html.ts';

/**
 * The financial tables of the follow-up, transposed (one row per measure) so that they fit the page:
 * [measure, ...values per column].
 */
const mnkrTable = (columns: string[], rows: [string, ...string[]][]): string =>
  table(['(mnkr med en decimal)', ...columns], rows, { rowHeaders: true });

/** Internal control plan, T1 follow-up: [nr, inriktning, ansvarig, kommentar per T1]. */
const internalControlT1: [string, string, string, string][] = [
  ['R4', 'Minimera risk', 'Säkerhetschef', 'Kunskapshöjande insatser har genomförts i flera förvaltningar, och även för andra berörda aktörer i vårt närområde. Extern samverkan sker, bland annat inom ramen för LOS, MUR och CURA. Arbete pågår för att utveckla rutiner och stöd inom bland annat LOS- och CURA- samverkan. Det pågår även dialog för hur vi internt ska skapa strukturer för att motverka möjliggörare.'],
  ['R8', 'Reducera risk', 'Enhetschef Styrning och samordning', 'Reviderade riktlinjer för styrande dokument fastställdes av KS 16 jan 2024.'],
  ['R9', 'Minimera risk', 'Stadsdirektör', 'Tjänstepersonsberedning uppstartad i syfte att säkra hantering och kunskap m.m.'],
  ['R10', 'Reducera risk', 'Enhetschef Styrning och samordning', 'En första aktualitets- och relevansprövning har genomförts under våren 2024, ny prövning sker under hösten 2024.'],
  ['R11', 'Minimera risk', 'HR-dir', 'Rapporteras T2'],
  ['R12', 'Reducera risk', 'Eko-dir', 'Arbete pågår. Har införts för KS egen verksamhet. Arbetsätt och strukturer planeras implementeras i hela kommunen 2024'],
  ['R13', 'Reducera risk', 'Eko-dir', 'Omvärldsbevakning och intern nulägesanalys är genomförd. Framtagande av nyläge genomförs under våren 2024'],
  ['R14', 'Reducera risk', 'Eko-dir', 'Ekonomirapport har tillställts KSnau varje månad. IFN har deltagit vid KSnau m.a.a. bedömda avvikelser.'],
];

/** § 188/24 */
export const followUpJanAprReport: ReportContent = {
  date: '2024-05-14',
  title: 'Uppföljning av kommunstyrelsens egna verksamheter jan-april 2024',
  decision: 'decides',
  proposesTo: null,
  clauses: [
    'godkänna verksamhetsuppföljning för perioden januari-april 2024',
    'godkänna uppföljning av kommunstyrelsens internkontrollplan för perioden jan-april 2024',
  ],
  description: blocks(
    p(
      'Alla nämnder i Umeå kommun, även kommunstyrelsen, ska lämna underlag till sammanställd rapportering till kommunfullmäktige. Enligt fastställd anvisning ska den förenklade rapporten för januari till april innehålla väsentliga ekonomi- och personalförhållanden. Uppföljning av grunduppdrag, inriktningsmål och program samt tilläggsuppdrag görs vid tertial två och tre.',
      'Rapporteringen innefattar även uppföljning av kommunstyrelsens plan för intern styrning och kontroll för perioden jan-april 2024.',
    ),
    h2('Verksamhetsuppföljning januari–april 2024 (bilaga 1)'),
    h3('Personalrapport'),
    p(
      'Kompetensförsörjningen är en fortsatt utmaning för verksamheterna. Arbetet med att följa upp det systematiska arbetsmiljöarbetet har genomförts under perioden, och en uppdaterad handlingsplan för 2024 har tagits fram med fortsatt fokus på återhämtning och arbetsbelastning.',
    ),
    table([], [
      ['Sjukfrånvaro, totalt i procent av anställdas sammanlagda ordinarie arbetstid', '5,5', '2,2', '4,4', '5,9', '1,4', '4,4'],
      ['Andel långtidsfriska (%)', '77', '90', '81', '66', '87', '72'],
      ['Andel heltidsanställda (%)', '95', '90', '93', '94', '91', '93'],
    ], {
      rowHeaders: true,
      headRows: [
        '<tr><th>Resultatmått</th><th colspan="3">Utfall jan–april 2024</th><th colspan="3">Utfall jan–april 2023</th></tr>',
        '<tr><th></th><th>kvinnor</th><th>män</th><th>totalt</th><th>kvinnor</th><th>män</th><th>totalt</th></tr>',
      ],
    }),
    h3('Ekonomirapport'),
    p(
      'Kommunstyrelsen redovisar för första tertialen 2024 en positiv budgetavvikelse på 9,1 mnkr. Intäkterna avviker positivt med 47,5 mnkr vilket förklaras av högre intäkter än budgeterat från länsstyrelsen för marksanering samt erhållna försäkringsersättningar för de inventarierna som förstördes i branden på Holmsund brandstation.',
      'Kostnaderna avviker negativt med 38,4 mnkr och avser främst pensionskostnader samt högre kostnader än budgeterat för marksanering.',
      'Årsprognosen för kommunstyrelsen är en positiv budgetavvikelse på 26,0 mnkr. Överskottet avser främst mark och exploatering där kostnaderna för planeringsfasen av mark och exploateringsprojekt beräknas bli betydligt lägre än budgeterade kostnader. Även nettointäkterna från markförsäljning förväntas bli högre än budgeterat.',
    ),
    mnkrTable(['Verksamhetens intäkter', 'Verksamhetens kostnader', 'Verksamhetens nettokostnad'], [
      ['Budget jan-apr 2024', '114,7', '-712,4', '-597,7'],
      ['Utfall jan-apr 2024', '162,2', '-750,9', '-588,7'],
      ['Budgetavvikelse jan-apr 2024', '47,5', '-38,5', '8,9'],
      ['Budgetavvikelse jan-apr 2023', '61,2', '-136,1', '-74,9'],
      ['Budget helår 2024', '343,7', '-1 641,3', '-1 297,7'],
      ['Prognos helår 2024', '459,7', '-1 731,3', '-1 297,7'],
      ['Årsprognos budgetavvikelse 2024', '116,0', '-90,0', '26,0'],
    ]),
    h3('Investeringar'),
    p(
      'Investeringarna redovisar en positiv budgetavvikelse på 92,2 mnkr för perioden. Den positiva avvikelsen avser främst mark- och exploateringsprojekt samt medel till kommunstyrelsens förfogande.',
      'Årsprognos för kommunstyrelsens investeringsbudget beräknas till en negativ budgetavvikelse på 110,0 mnkr. Mark och exploateringsprojekt förväntas redovisa 160,0 mnkr i negativ budgetavvikelse. Fullmäktige beslutade i april att förvärva Thorénhallarna för 260 mnkr som inte var budgeterat. Samtidigt bedöms förskjutningar orsakade av förseningar i planeringsprocessen uppgå till en positiv budgetavvikelse på 100 mnkr. Budgeten avseende medel till kommunstyrelsens förfogande bedöms vid årets slut redovisa en positiv budgetavvikelse på 50,0 mnkr.',
    ),
    mnkrTable(['Verksamhetens nettoinvesteringar'], [
      ['Budget 30 april 2024', '-137,1'],
      ['Utfall 30 april 2024', '-44,9'],
      ['Budgetavvikelse 30 april 2024', '92,2'],
      ['Utfall helår 2023', '-122,8'],
      ['Budget helår 2024', '-411,2'],
      ['Prognos helår 2024', '-521,2'],
      ['Årsprognos budgetavvikelse 2024', '-110,0'],
    ]),
    h2('Uppföljning av internkontrollplan januari–april 2024 (bilaga 2)'),
    p(
      'Riskanalysen för kommunstyrelsen 2024 omfattar 15 risker (R1–R15). Riskvärdet är sannolikhet × konsekvens på skalor från 1 till 4: riskvärde 12–16 innebär Minimera risk, 4–11 Reducera risk och 1–3 Acceptera risk. Kontrollmoment med uppföljning per T1 har kommenterats enligt följande.',
    ),
    table(['Nr', 'Inriktning', 'Ansvarig', 'Kommentar per T1'], internalControlT1, { rowHeaders: true }),
  ),
  basis: [
    'Bilaga 1. KS Verksamhetsuppföljning jan-april 2024',
    'Bilaga 2. KS uppföljning internkontrollplan jan-april 2024',
  ].map((text) => ({ documentId: null, text })),
  preparedBy: ['Sofia Westin', 'Katarina Johansson', 'Urban Blomdal', 'Dan Gideonsson', 'Sara Nordström'].map((name) => ({ name, title: '' })),
  distribution: [],
  signatories: [
    { name: 'Margaretha Alfredsson', title: 'Stadsdirektör' },
    { name: 'Lena Höök Gustafsson', title: 'Ekonomidirektör' },
  ],
};

/** § 189/24. An information item; the book names no preparer, so the presenting official is given. */
export const soundFinancialManagementReport: ReportContent = {
  date: '2024-05-17',
  title: 'Information: God ekonomisk hushållning',
  decision: 'information',
  proposesTo: null,
  clauses: [],
  description: p(
    'Lena Höök Gustafsson, ekonomidirektör – Information/dialog om översyn av riktlinjer för god ekonomisk hushållning inklusive resultatutjämningsreserv (RUR) och resultatreserv (RER).',
  ),
  basis: [],
  preparedBy: [{ name: 'Lena Höök Gustafsson', title: 'ekonomidirektör' }],
  distribution: [],
  signatories: [],
};
