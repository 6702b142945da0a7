/**
 * Staff accounts (tjänstepersoner). Fictional people; all log in with `demoPassword`.
 * Access to secret documents is granted per organ (each organ is its own authority, OSL 8 kap.).
 */
import type { DemoUser } from './types.ts';

export const demoPassword = 'demo';

export const users: DemoUser[] = [
  {
    username: 'registrator',
    displayName: 'Karolina Abrahamsson',
    email: 'karolina.abrahamsson@example.se',
    roles: ['registrar'],
    organAccess: [
      { organCode: 'KS', secret: true },
      { organCode: 'KSNAU', secret: true },
      { organCode: 'KSPLU', secret: false },
      { organCode: 'KSHU', secret: false },
    ],
    // Registers letters from people with skyddade personuppgifter, so belongs to the small authorised group.
    protectedDataAccess: true,
  },
  {
    // Same organs as `registrator` but no secret access at all: proves secret documents stay hidden.
    username: 'registrator2',
    displayName: 'Elias Westman',
    email: 'elias.westman@example.se',
    roles: ['registrar'],
    organAccess: [
      { organCode: 'KS', secret: false },
      { organCode: 'KSNAU', secret: false },
      { organCode: 'KSPLU', secret: false },
      { organCode: 'KSHU', secret: false },
    ],
    protectedDataAccess: false,
  },
  {
    username: 'handlaggare',
    displayName: 'Sanna Grahn',
    email: 'sanna.grahn@example.se',
    roles: ['case_officer'],
    organAccess: [
      { organCode: 'KS', secret: false },
      { organCode: 'KSNAU', secret: false },
      { organCode: 'KSHU', secret: false },
    ],
  },
  {
    username: 'sekreterare',
    displayName: 'Ingrid Norlén',
    email: 'ingrid.norlen@example.se',
    roles: ['secretary'],
    organAccess: [
      { organCode: 'KS', secret: false },
      { organCode: 'KSNAU', secret: true },
    ],
  },
  {
    // Manages accounts and settings; the role itself grants no reading of case documents.
    username: 'admin',
    displayName: 'Jimmy Sjödahl',
    email: 'jimmy.sjodahl@example.se',
    roles: ['admin'],
    organAccess: [],
  },
  {
    username: 'granskare',
    displayName: 'Birgitta Wahlund',
    email: 'birgitta.wahlund@example.se',
    roles: ['auditor'],
    organAccess: [
      { organCode: 'KS', secret: false },
      { organCode: 'KSNAU', secret: false },
    ],
    protectedDataAccess: false,
  },
  {
    // The KSNAU chair signs (justerar) the minutes; linked to the person, like `ledamot`.
    username: 'ordforande',
    displayName: 'Mikael Holmberg',
    email: 'mikael.holmberg@example.se',
    roles: ['member'],
    organAccess: [{ organCode: 'KSNAU', secret: false }],
    personKey: 'mikael.holmberg',
  },
  {
    // A KSNAU member chosen as adjuster (justerare) of the reference meeting's minutes.
    username: 'justerare',
    displayName: 'Jenny Brännström',
    email: 'jenny.brannstrom@example.se',
    roles: ['member'],
    organAccess: [{ organCode: 'KSNAU', secret: false }],
    personKey: 'jenny.brannstrom',
  },
  {
    // Strategisk utveckling: keeps the appropriations and the climate grant round (registers, issue of grants).
    username: 'strateg',
    displayName: 'Maja Lindqvist',
    email: 'maja.lindqvist@example.se',
    roles: ['case_officer'],
    organAccess: [
      { organCode: 'KS', secret: false },
      { organCode: 'KSNAU', secret: false },
    ],
  },
  {
    // Fritidsbyrån: registers the associations' Miljöskjutsen applications.
    username: 'fritid',
    displayName: 'Oskar Bergman',
    email: 'oskar.bergman@example.se',
    roles: ['case_officer'],
    organAccess: [{ organCode: 'KSNAU', secret: false }],
  },
  {
    // The finance office: risk analysis, internal control plan, financial follow-up and the annual cycle.
    username: 'ekonomi',
    displayName: 'Helena Forsgren',
    email: 'helena.forsgren@example.se',
    roles: ['case_officer'],
    organAccess: [
      { organCode: 'KF', secret: false },
      { organCode: 'KS', secret: false },
      { organCode: 'KSNAU', secret: false },
    ],
  },
];
