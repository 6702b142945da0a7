/**
 * Agenda items 188 (January–April follow-up with risk analysis and internal control) and 189 (information)
 * of the reference meeting book (KSNAU 2024-05-21). Texts are excerpts.
 */
import type { DemoCase } from './types.ts';
import { paragraphs } from './text.ts';

const probability = ['', 'Osannolik', 'Mindre sannolik', 'Möjlig', 'Sannolik'] as const;
const consequence = ['', 'Försumbar', 'Lindrig', 'Kännbar', 'Allvarlig'] as const;

/** Del 1. Riskanalys Kommunstyrelsen 2024: [nr, kontrollområde, risk, sannolikhet 1–4, konsekvens 1–4]. */
const risks: [string, string, string, number, number][] = [
  ['R1', 'Kompetensförsörjning', 'Svårighet att tillgodose behov av kompetensförsörjning relaterat till enskilda funktioner inom KS verksamheter kan leda till negativ verksamhetspåverkan och brister i arbetsmiljö.', 2, 3],
  ['R2', 'Säkerhet och krisberedskap', 'Risk för att förtroendevalda och tjänstemän utsätts för hot och påtryckningar som leder till otillbörlig påverkan på verksamhet eller beslutsprocess.', 3, 4],
  ['R3', 'Säkerhet och krisberedskap', 'Risk för brister i gemensam inriktning i kommunens samlade beredskapsarbete.', 2, 3],
  ['R4', 'Säkerhet och krisberedskap', 'Risk för att kommunala medel finansierar organiserad brottslighet.', 4, 4],
  ['R5', 'Säkerhet och krisberedskap', 'Risk för negativ verksamhetspåverkan om det finns brister i kommunens systematiska informationssäkerhetsarbete.', 3, 4],
  ['R6', 'Kontroll av efterlevnad av regler, policyer och beslut', 'Risk för bristande kunskap om och/eller efterlevnad av fastställda representationsregler.', 3, 2],
  ['R7', 'Kontroll av efterlevnad av regler, policyer och beslut', 'Risk för bristande kunskap om och/eller efterlevnad av fastställda regler för förtjänstgåvor och kommunala uppvaktningar.', 3, 2],
  ['R8', 'Kontroll av efterlevnad av regler, policyer och beslut', 'Risk för att brister i beredning av styrande dokument medför förseningar av politiska beslut och/eller kvalitetsbrister som försvårar verkställande/efterlevnad.', 3, 2],
  ['R9', 'Kontroll av efterlevnad av regler, policyer och beslut', 'Låg insyn i extern beredning (beredning som utförs av annan myndighet/samhällsaktör) kan innebära negativa konsekvenser för Umeå kommuns utvecklingskapacitet', 4, 3],
  ['R10', 'Kontroll av efterlevnad av regler, policyer och beslut', 'Risk för brister i styrning och/eller att styrande dokument ej ger avsedd styreffekt på grund av att enskilda styrdokument ej längre är relevanta eller aktuella.', 3, 2],
  ['R11', 'Kontroll av system och rutiner', 'Risk för att brister i kunskap och rutiner kan leda till att felaktiga löner betalas ut.', 4, 3],
  ['R12', 'Kontroll av system och rutiner', 'Risk för brister i attesthantering (inköp, löner och bokföringsordrar) kan leda till bristande regelefterlevnad och felaktig redovisning.', 3, 2],
  ['R13', 'Kontroll av efterlevnad av regler, policyer och beslut', 'Otydlig roll- och ansvarsfördelning får negativ inverkan på kommunens förmåga att genomföra upphandling (inkl. direktupphandling) och följa upp ingångna avtal. Bristande förmåga kan medföra att kommunen tvingas betala skadestånd eller upphandlingskadeavgift.', 3, 3],
  ['R14', 'God ekonomisk hushållning', 'Risk för att kostnadsutveckling överstiger tillgängliga medel', 3, 3],
  ['R15', 'God ekonomisk hushållning', 'Risk för att kommunens investeringsplan ej realiserar i tillräcklig omfattning, vilket kan ge negativ verksamhetspåverkan.', 3, 3],
];

/** Riskhantering by risk value: 12–16 Minimera, 4–11 Reducera, 1–3 Acceptera. */
function handling(value: number): string {
  if (value >= 12) return 'Minimera risk';
  if (value >= 4) return 'Reducera risk';
  return 'Acceptera risk';
}

const riskLines = risks
  .map(([nr, area, text, p, c]) => {
    const value = p * c;
    return `${nr} ${area}: ${text} Sannolikhet ${probability[p]} (${p}) × konsekvens ${consequence[c]} (${c}) = ${value} – ${handling(value)}`;
  })
  .join('\n');

/** § 188/24 */
export const followUpJanApr: DemoCase = {
  number: 'KS-2024/00482',
  title: 'Verksamhetsuppföljning kommunstyrelsens verksamheter jan-april 2024',
  organCode: 'KS',
  caseOfficer: 'handlaggare',
  openedOn: '2024-05-13',
  status: 'open',
  documents: [
    {
      kind: 'official_report',
      direction: 'internal',
      registeredDate: '2024-05-14',
      description: 'Tjänsteskrivelse – Uppföljning av kommunstyrelsens egna verksamheter jan-april 2024',
      fileText: paragraphs(
        'Tjänsteskrivelse\n2024-05-14\nKommunstyrelsens näringslivs- och arbetsutskott\nDnr: KS-2024/00482',
        'Uppföljning av kommunstyrelsens egna verksamheter jan-april 2024',
        'Förslag till beslut\nKommunstyrelsen beslutar att\n- godkänna verksamhetsuppföljning för perioden januari-april 2024\n- godkänna uppföljning av kommunstyrelsens internkontrollplan för perioden jan-april 2024.',
        'Ärendebeskrivning\nAlla nämnder i Umeå kommun, även kommunstyrelsen, ska lämna underlag till sammanställd rapportering till kommunfullmäktige. Enligt fastställd anvisning ska den förenklade rapporten för januari till april innehålla väsentliga ekonomi- och personalförhållanden. Uppföljning av grunduppdrag, inriktningsmål och program samt tilläggsuppdrag görs vid tertial två och tre.',
        'Rapporteringen innefattar även uppföljning av kommunstyrelsens plan för intern styrning och kontroll för perioden jan-april 2024',
        'Beslutsunderlag\nBilaga 1. KS Verksamhetsuppföljning jan-april 2024\nBilaga 2. KS uppföljning internkontrollplan jan-april 2024',
        'Beredningsansvariga\nSofia Westin, Katarina Johansson, Urban Blomdal, Dan Gideonsson, Sara Nordström',
        'Margaretha Alfredsson\nStadsdirektör\n\nLena Höök Gustafsson\nEkonomidirektör',
      ),
    },
    {
      kind: 'annex',
      direction: 'internal',
      registeredDate: '2024-05-14',
      description: 'Bilaga 1 – KS Verksamhetsuppföljning jan-april 2024',
      // The file is generated from the financial follow-up register (src/demo/registers/finance.ts).
    },
    {
      kind: 'annex',
      direction: 'internal',
      registeredDate: '2024-05-14',
      description: 'Bilaga 2 – KS uppföljning internkontrollplan jan-april 2024',
      fileText: paragraphs(
        'Kommunstyrelsen 2024\nRiskinventering, riskvärdering och internkontrollplan',
        'Sannolikhet: Osannolik 1, Mindre sannolik 2, Möjlig 3, Sannolik 4\nKonsekvens: Försumbar 1, Lindrig 2, Kännbar 3, Allvarlig 4',
        'Riskhantering\n12-16 Minimera risk: Direkta och omfattande åtgärder ska finnas med i internkontrollplan\n4-11 Reducera risk: Åtgärder för att minska risk ska finnas med i internkontrollplan\n1-3 Acceptera risk: Inget agerande krävs – åtgärder tas ej med i internkontrollplan',
        'Del 1. Riskanalys Kommunstyrelsen 2024\nNämnd: Kommunstyrelsen\nUpprättad: 2023-11-05\n' + riskLines,
        'Del 2. Uppföljning Internkontrollplan jan-april 2024 – kommentarer per T1\n' +
          'R4 (Säkerhetschef): Kunskapshöjande insatser har genomförts i flera förvaltningar, och även för andra berörda aktörer i vårt närområde. Extern samverkan sker, bland annat inom ramen för LOS, MUR och CURA.\n' +
          'R8 (Enhetschef Styrning och samordning): Reviderade riktlinjer för styrande dokument fastställdes av KS 16 jan 2024.\n' +
          'R9 (Stadsdirektör): Tjänstepersonsberedning uppstartad i syfte att säkra hantering och kunskap m.m.\n' +
          'R11 (HR-dir): Rapporteras T2\n' +
          'R12 (Eko-dir): Arbete pågår. Har införts för KS egen verksamhet. Arbetsätt och strukturer planeras implementeras i hela kommunen 2024\n' +
          'R13 (Eko-dir): Omvärldsbevakning och intern nulägesanalys är genomförd. Framtagande av nyläge genomförs under våren 2024\n' +
          'R14 (Eko-dir): Ekonomirapport har tillställts KSnau varje månad. IFN har deltagit vid KSnau m.a.a. bedömda avvikelser.',
      ),
    },
  ],
};

/** § 189/24 */
export const soundFinancialManagement: DemoCase = {
  number: 'KS-2024/00500',
  title: 'Information: God ekonomisk hushållning',
  organCode: 'KS',
  openedOn: '2024-05-16',
  status: 'open',
  documents: [
    {
      kind: 'official_report',
      direction: 'internal',
      registeredDate: '2024-05-17',
      description: 'Tjänsteskrivelse – Information: God ekonomisk hushållning',
      fileText: paragraphs(
        'Tjänsteskrivelse\n2024-05-17\nKommunstyrelsens näringslivs- och arbetsutskott\nDnr: KS-2024/00500',
        'Information: God ekonomisk hushållning',
        'Förslag till beslut\n–',
        'Ärendebeskrivning\nLena Höök Gustafsson, ekonomidirektör - Information/dialog om översyn av riktlinjer för god ekonomisk hushållning inklusive resultatutjämningsreserv (RUR) och resultatreserv (RER)',
      ),
    },
  ],
};
