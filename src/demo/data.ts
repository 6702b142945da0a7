/**
 * Demo data for Nämnd: Umeå kommun with the cases of the reference meeting book (KSNAU 2024-05-21).
 * Plain typed constants only — no I/O. Seeding code imports everything from this module.
 */
export type {
  OrganKind,
  DemoOrgan,
  DemoParty,
  DemoPerson,
  DemoMembership,
  DemoUser,
  DemoDocument,
  DemoCase,
  DemoBody,
  DemoTerm,
  DemoRegistry,
} from './types.ts';
export { body, term, terms, registries, organs, parties } from './organisation.ts';
export { people, memberships } from './people.ts';
export { users, demoPassword } from './users.ts';
export { cases, procurementCaseNumbers, secretTextMarkers } from './cases.ts';
