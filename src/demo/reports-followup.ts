/**
 * Official reports of agenda items 188 (January–April follow-up with internal control) and 189 (information)
 * of the reference meeting book (KSNAU 2024-05-21). The follow-up's tables are not typed here: they are generated
 * from the registers into the annexes (Bilaga 1 from the financial follow-up, Bilaga 2 from the risk analysis).
 */
import type { ReportContent } from '../domain/officialReport.ts';
import { blocks, h2, h3, p } from './reports-html.ts';

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
    p('Resultatmåtten per kön (sjukfrånvaro, andel långtidsfriska, andel heltidsanställda) redovisas i bilaga 1.'),
    h3('Ekonomirapport'),
    p(
      'Kommunstyrelsen redovisar för första tertialen 2024 en positiv budgetavvikelse på 9,1 mnkr. Intäkterna avviker positivt med 47,5 mnkr vilket förklaras av högre intäkter än budgeterat från länsstyrelsen för marksanering samt erhållna försäkringsersättningar för de inventarierna som förstördes i branden på Holmsund brandstation.',
      'Kostnaderna avviker negativt med 38,4 mnkr och avser främst pensionskostnader samt högre kostnader än budgeterat för marksanering.',
      'Årsprognosen för kommunstyrelsen är en positiv budgetavvikelse på 26,0 mnkr. Överskottet avser främst mark och exploatering där kostnaderna för planeringsfasen av mark och exploateringsprojekt beräknas bli betydligt lägre än budgeterade kostnader. Även nettointäkterna från markförsäljning förväntas bli högre än budgeterat.',
    ),
    p('Driftredovisningen (budget, utfall, avvikelse och årsprognos per rad, mnkr med en decimal) redovisas i bilaga 1.'),
    h3('Investeringar'),
    p(
      'Investeringarna redovisar en positiv budgetavvikelse på 92,2 mnkr för perioden. Den positiva avvikelsen avser främst mark- och exploateringsprojekt samt medel till kommunstyrelsens förfogande.',
      'Årsprognos för kommunstyrelsens investeringsbudget beräknas till en negativ budgetavvikelse på 110,0 mnkr. Mark och exploateringsprojekt förväntas redovisa 160,0 mnkr i negativ budgetavvikelse. Fullmäktige beslutade i april att förvärva Thorénhallarna för 260 mnkr som inte var budgeterat. Samtidigt bedöms förskjutningar orsakade av förseningar i planeringsprocessen uppgå till en positiv budgetavvikelse på 100 mnkr. Budgeten avseende medel till kommunstyrelsens förfogande bedöms vid årets slut redovisa en positiv budgetavvikelse på 50,0 mnkr.',
    ),
    p('Investeringarnas budget, utfall och årsprognos redovisas i bilaga 1.'),
    h2('Uppföljning av internkontrollplan januari–april 2024 (bilaga 2)'),
    p(
      'Riskanalysen för kommunstyrelsen 2024 omfattar 15 risker (R1–R15). Riskvärdet är sannolikhet × konsekvens på skalor från 1 till 4: riskvärde 12–16 innebär Minimera risk, 4–11 Reducera risk och 1–3 Acceptera risk. Kontrollmomentens uppföljning per T1 med kommentarer redovisas i bilaga 2.',
    ),
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
