/**
 * What happened at the reference meeting (KSNAU 2024-05-21, §§ 177–189) in the demo: who came, the jäv, the
 * proposals and the roll-call vote on § 184, each paragraph's decision with its summary and distribution list,
 * and the dates of adjustment. Plain typed constants only — the conduct code (conductMeeting.ts) feeds them to
 * the use cases. Committee members are the demo's fictional people; officials are named as in the book.
 */
import type { Outcome } from '../domain/decision.ts';

/** Times in Swedish local time (the meeting day is in CEST, UTC+2). */
export const meetingTimes = {
  opened: '2024-05-21T13:15:00+02:00',
  closed: '2024-05-21T15:30:00+02:00',
  minutesDrawnUp: '2024-05-23T14:00:00+02:00',
  chairSigns: '2024-05-24T09:10:00+02:00',
  adjusterSigns: '2024-05-24T10:05:00+02:00',
  extractsSent: '2024-05-24T11:00:00+02:00',
  /** The last day to appeal is 2024-06-14; the registrar takes the posting down on the first working day after. */
  postingTakenDown: '2024-06-17T08:30:00+02:00',
} as const;

/** The header of the meeting (R-MIN-2). Person keys refer to people.ts. */
export const meetingHeader = {
  chair: 'mikael.holmberg',
  adjusters: ['jenny.brannstrom'],
  secretaryName: 'Ingrid Norlén',
  adjustmentPlace: 'Stadshuset, Umeå',
  adjustmentDate: '2024-05-24',
  adjustmentTime: '10:00',
  // The book names the presenter of § 189; the case officer is one of the demo's fictional staff.
  othersPresent: ['Sanna Grahn, handläggare, §§ 184–185', 'Lena Höök Gustafsson, ekonomidirektör, § 189'],
};

/** Present from the start. Elin Forsberg (S) is absent; the first substitute in the calling order serves for her. */
export const presentFromStart = ['mikael.holmberg', 'magnus.edstrom', 'moa.selin', 'jenny.brannstrom', 'johan.nystrom', 'lisa.engstrom', 'patrik.soderholm'];
export const absentMember = 'elin.forsberg';

/** Jäv (R-MEET-3): the member leaves the item; a present substitute serves in the seat. */
export const disqualification = { paragraph: 181, person: 'moa.selin', note: 'Ledamot i styrgruppen för projektet hos Region Västerbotten' };

/**
 * § 184: the report proposes that the motion be rejected; a member moves that it be granted, and the vote is
 * taken by roll-call (R-MEET-4/5): yes for the report's proposal, no for the counter-proposal. The outvoted
 * mover enters a dissent with a written motivation (R-MEET-7).
 */
export const rollCall = {
  paragraph: 184,
  reportProposal: 'att avslå motionen',
  counter: { person: 'magnus.edstrom', text: 'att motionen ska bifallas' },
  /** Everyone else serving votes yes (for the report's proposal). */
  ballots: { 'magnus.edstrom': 'no', 'jenny.brannstrom': 'abstain' } as Record<string, 'yes' | 'no' | 'abstain'>,
  dissent: {
    person: 'magnus.edstrom',
    text: 'Skriftlig reservation: Kommunen bör pröva modellen "Ko på rot" i sina egna kök. Det gynnar lokala producenter och stärker livsmedelsberedskapen, och därför borde motionen ha bifallits.',
  },
};

export interface DemoDecision {
  paragraph: number;
  /** The att-clauses; default: the official report's "förslag till beslut". */
  clauses?: string[];
  outcome: Outcome;
  immediateAdjustment?: boolean;
  summary: string;
  distribution: { name: string; email?: string }[];
}

const ks = { name: 'Kommunstyrelsen', email: 'kommunstyrelsen@example.se' };
const procurement = { name: 'Upphandlingsavdelningen', email: 'upphandling@example.se' };
const auditors = { name: 'Kommunrevisionen', email: 'kommunrevisionen@example.se' };
const budget = { name: 'Budgetgruppen/Sofia Westin', email: 'sofia.westin@example.se' };

export const decisions: DemoDecision[] = [
  {
    paragraph: 177, outcome: 'to_organ',
    summary: 'Socialdemokraterna lägger fram det med Miljöpartiet gemensamma förslaget till planeringsdirektiv och budget för 2025 samt plan för 2026–2028. Övriga partier lägger sina förslag vid utskottets nästa sammanträde. Ärendet avgörs av kommunfullmäktige den 17 juni 2024.',
    distribution: [ks, { name: 'Samtliga nämnder och bolag' }],
  },
  {
    paragraph: 178, outcome: 'final', immediateAdjustment: true,
    summary: 'Upphandlingen av laboratorietjänster har genomförts som ett öppet förfarande. Handlingarna omfattas av sekretess enligt 19 kap. 3 § offentlighets- och sekretesslagen tills tilldelningsbeslutet har fattats. Paragrafen justeras omedelbart så att avtal kan tecknas när avtalsspärren löpt ut.',
    distribution: [procurement, { name: 'Miljö- och hälsoskydd', email: 'miljo@example.se' }],
  },
  {
    paragraph: 179, outcome: 'final',
    summary: 'Upphandlingen av stolar till aulan på Maja Beskowskolan (upphandling 23310) har genomförts som ett öppet förfarande. Handlingarna omfattas av sekretess enligt 19 kap. 3 § offentlighets- och sekretesslagen.',
    distribution: [procurement, { name: 'Fastighetsavdelningen', email: 'fastighet@example.se' }],
  },
  {
    paragraph: 180, outcome: 'final',
    summary: 'Upphandlingen av serviceavtal för kommunens telefoniplattform (upphandling 24115) har genomförts som ett öppet förfarande. Handlingarna omfattas av sekretess enligt 19 kap. 3 § offentlighets- och sekretesslagen.',
    distribution: [procurement, { name: 'IT-avdelningen', email: 'it@example.se' }],
  },
  {
    paragraph: 181, outcome: 'final',
    summary: 'Region Västerbotten söker medfinansiering från Umeå kommun till projektet North Sweden Stockholm Office 2024–2027, med en total budget på 8 276 413 kr varav 300 000 kr söks från kommunen. Medlen föreslås tas från kommunstyrelsens anslag för tillväxt.',
    distribution: [budget, { name: 'Emmy Sundin', email: 'emmy.sundin@example.se' }, { name: 'Region Västerbotten', email: 'region@example.se' }],
  },
  {
    paragraph: 182, outcome: 'final',
    summary: 'Fem ansökningar om medel ur utvecklingsanslaget klimatneutralitet har kommit in. Förslaget till fördelning beviljar 1 383 tkr 2024, 1 303 tkr 2025 och 844 tkr 2026; kvar i anslaget finns då 1 617,0, 1 697,0 och 2 156,0 tkr.',
    distribution: [{ name: 'Sofia Westin', email: 'sofia.westin@example.se' }, { name: 'Linn Siljebo', email: 'linn.siljebo@example.se' }],
  },
  {
    paragraph: 183, outcome: 'noted', clauses: ['godkänna informationen om utdelning av Miljöskjutsen 2024'],
    summary: 'Under våren 2024 har 20 ansökningar om Miljöskjutsen kommit in från ideella föreningar; sju föreningar har beviljats stöd enligt delegationsordningen. Utskottet informeras om utdelningen.',
    distribution: [{ name: 'Sofia Westin', email: 'sofia.westin@example.se' }, { name: 'Linn Siljebo', email: 'linn.siljebo@example.se' }],
  },
  {
    paragraph: 184, outcome: 'to_organ',
    summary: 'Veronica Kerr (KD) föreslår i en motion att kommunen ska pröva modellen "Ko på rot" för att öka andelen lokalproducerat kött i kommunens verksamheter. Förvaltningen bedömer att kommunens upphandlingar redan främjar lokalproducerade livsmedel och föreslår att motionen avslås.',
    distribution: [ks],
  },
  {
    paragraph: 185, outcome: 'to_organ',
    summary: 'Cathrin Alenskär (L) föreslår i en motion att kommunen utreder en fördjupad relation med en stad i Taiwan. Förvaltningen redovisar kommunens internationella arbete och föreslår att motionen anses besvarad.',
    distribution: [ks],
  },
  {
    paragraph: 186, outcome: 'to_organ',
    summary: 'Kommunens revisorer har granskat hanteringen av skyddade personuppgifter och lämnat nio rekommendationer. Förvaltningen har tagit fram ett förslag till yttrande som svarar på varje rekommendation.',
    distribution: [ks, auditors],
  },
  {
    paragraph: 187, outcome: 'to_organ',
    summary: 'Kommunens revisorer har granskat kommunens arbete med miljömål. Förvaltningen föreslår ett yttrande som svarar på revisionens rekommendationer.',
    distribution: [ks, auditors],
  },
  {
    paragraph: 188, outcome: 'to_organ',
    summary: 'Uppföljningen av kommunstyrelsens egna verksamheter för januari–april 2024 redovisar ekonomi, personal och uppföljning av internkontrollplanen. Intäkterna blev 162,2 mnkr mot budgeterade 114,7 mnkr, en avvikelse på 47,5 mnkr.',
    distribution: [ks, { name: 'Ekonomiavdelningen', email: 'ekonomi@example.se' }],
  },
  {
    paragraph: 189, outcome: 'noted', clauses: ['lägga informationen till handlingarna'],
    summary: 'Ekonomidirektör Lena Höök Gustafsson informerar om översynen av riktlinjerna för god ekonomisk hushållning, inklusive resultatutjämningsreserven (RUR) och resultatreserven (RER).',
    distribution: [],
  },
];

/** Current postings on the demo's public board, dated relative to the day the demo is loaded. */
export const delegatedDecision = {
  organCode: 'KS',
  daysBeforeLoad: 3,
  decisionTitle: 'Bidrag ur kommunstyrelsens anslag för tillväxt till Umeå Entreprenörskapsakademi för sommarföretagande',
  delegate: 'Näringslivsdirektören',
  keptAt: 'Kommunstyrelsens registratur, Skolgatan 31A, Umeå',
};

/** A council meeting at least a week ahead of the load day (R-CALL-1), on a Monday as Umeå's council meets. */
export const councilMeeting = {
  minDaysAhead: 10,
  startTime: '13:00',
  endTime: '17:00',
  place: 'Fullmäktigesalen, Stadshuset',
  sections: ['Inledning', 'Beslutsärenden', 'Interpellationer och frågor'],
  items: [
    { section: 'Inledning', title: 'Allmänhetens frågestund', kind: 'information' },
    { section: 'Inledning', title: 'Anmälan av inkomna motioner och medborgarförslag', kind: 'information' },
    { section: 'Beslutsärenden', title: 'Delårsrapport januari–april för Umeå kommun', kind: 'decision' },
    { section: 'Beslutsärenden', title: 'Val av ersättare i kommunstyrelsens näringslivs- och arbetsutskott', kind: 'decision' },
    { section: 'Interpellationer och frågor', title: 'Interpellationer och frågor', kind: 'information' },
  ] as { section: string; title: string; kind: 'decision' | 'information' }[],
};
