/**
 * The demo municipality: body, terms, registries, organs and parties.
 * Organs and registry formats follow the reference meeting book (Umeå kommun, KSNAU 2024-05-21).
 */
import type { DemoBody, DemoOrgan, DemoParty, DemoRegistry, DemoTerm } from './types.ts';

export const body: DemoBody = { code: 'umea', name: 'Umeå kommun', orgNumber: '212000-2742' };

/** The term of the reference meeting. */
export const term: DemoTerm = { name: 'Mandatperiod 2023–2026', startsOn: '2023-01-01', endsOn: '2026-12-31' };

/**
 * The terms the demo holds: the reference meeting's, and the next one with the same seats (as if re-elected), so
 * the demo's coming meetings have members whatever the day the demo is started.
 */
export const terms: DemoTerm[] = [term, { name: 'Mandatperiod 2027–2030', startsOn: '2027-01-01', endsOn: '2030-12-31' }];

const caseNumberFormat = '{series}-{year}/{seq:5}';
const documentNumberFormat = '{case}-{n}';

/** KS first: every demo case lives in the KS registry (the utskott register in KS's diarium). */
export const registries: DemoRegistry[] = [
  { code: 'KS', name: 'Kommunstyrelsens diarium', organCode: 'KS', caseNumberFormat, documentNumberFormat },
  { code: 'BN', name: 'Byggnadsnämndens diarium', organCode: 'BN', caseNumberFormat, documentNumberFormat },
  { code: 'GYN', name: 'Gymnasienämndens diarium', organCode: 'GYN', caseNumberFormat, documentNumberFormat },
];

export const organs: DemoOrgan[] = [
  { code: 'KF', name: 'Kommunfullmäktige', kind: 'council' },
  { code: 'KS', name: 'Kommunstyrelsen', kind: 'executive_board' },
  { code: 'KSNAU', name: 'Kommunstyrelsens näringslivs- och arbetsutskott', kind: 'sub_committee', parentCode: 'KS' },
  { code: 'KSPLU', name: 'Kommunstyrelsens planeringsutskott', kind: 'sub_committee', parentCode: 'KS' },
  { code: 'KSHU', name: 'Kommunstyrelsens hållbarhetsutskott', kind: 'sub_committee', parentCode: 'KS' },
  { code: 'BN', name: 'Byggnadsnämnden', kind: 'committee' },
  { code: 'GYN', name: 'Gymnasienämnden', kind: 'committee' },
];

export const parties: DemoParty[] = [
  { code: 'S', name: 'Socialdemokraterna' },
  { code: 'M', name: 'Moderaterna' },
  { code: 'C', name: 'Centerpartiet' },
  { code: 'V', name: 'Vänsterpartiet' },
  { code: 'KD', name: 'Kristdemokraterna' },
  { code: 'L', name: 'Liberalerna' },
  { code: 'MP', name: 'Miljöpartiet de gröna' },
  { code: 'SD', name: 'Sverigedemokraterna' },
];
