/**
 * Elected representatives (förtroendevalda) and their seats for the 2023–2026 term.
 *
 * All names are invented placeholders: the reference meeting book names no committee members, and none of
 * these people exist. Party sizes loosely follow a council where S is the largest party and S + MP govern.
 */
import type { DemoMembership, DemoPerson } from './types.ts';
import { terms } from './organisation.ts';

/** "Åsa Granström" → "asa.granstrom": used both as the person key and as the mailbox name. */
function slug(givenName: string, familyName: string): string {
  return `${givenName}.${familyName}`
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z.]/g, '');
}

function person(givenName: string, familyName: string, partyCode: string): DemoPerson {
  const key = slug(givenName, familyName);
  return { key, givenName, familyName, partyCode, email: `${key}@example.se` };
}

export const people: DemoPerson[] = [
  // Socialdemokraterna
  person('Karin', 'Sjöberg', 'S'),
  person('Mikael', 'Holmberg', 'S'),
  person('Elin', 'Forsberg', 'S'),
  person('Johan', 'Nyström', 'S'),
  person('Anneli', 'Bergström', 'S'),
  person('Per', 'Åström', 'S'),
  person('Lisa', 'Engström', 'S'),
  person('Niklas', 'Wikström', 'S'),
  person('Maja', 'Hedlund', 'S'),
  person('Tomas', 'Sandberg', 'S'),
  person('Helena', 'Öhman', 'S'),
  person('Jonas', 'Marklund', 'S'),
  person('Ida', 'Lundmark', 'S'),
  person('Henrik', 'Burman', 'S'),
  person('Camilla', 'Norberg', 'S'),
  person('Fredrik', 'Hägglund', 'S'),
  person('Emma', 'Rönnqvist', 'S'),
  person('Kristoffer', 'Lidström', 'S'),
  // Moderaterna
  person('Åsa', 'Granström', 'M'),
  person('Magnus', 'Edström', 'M'),
  person('Linda', 'Wallin', 'M'),
  person('Patrik', 'Söderholm', 'M'),
  person('Gustav', 'Enberg', 'M'),
  person('Therese', 'Nordin', 'M'),
  person('Olof', 'Strömberg', 'M'),
  person('Malin', 'Hellgren', 'M'),
  // Vänsterpartiet
  person('Jenny', 'Brännström', 'V'),
  person('Daniel', 'Holmgren', 'V'),
  person('Tove', 'Lindahl', 'V'),
  person('Simon', 'Berglund', 'V'),
  person('Frida', 'Sundqvist', 'V'),
  person('Anton', 'Vikberg', 'V'),
  // Sverigedemokraterna
  person('Roger', 'Hedman', 'SD'),
  person('Sandra', 'Gidlund', 'SD'),
  person('Mats', 'Eliasson', 'SD'),
  person('Kenneth', 'Ödmark', 'SD'),
  person('Jessica', 'Lindström', 'SD'),
  // Centerpartiet
  person('Lars', 'Östman', 'C'),
  person('Ulrika', 'Hammarström', 'C'),
  person('Viktor', 'Jonsson', 'C'),
  person('Britt', 'Lundqvist', 'C'),
  // Kristdemokraterna
  person('Stefan', 'Almgren', 'KD'),
  person('Marie', 'Sehlstedt', 'KD'),
  person('Rebecka', 'Holm', 'KD'),
  // Liberalerna
  person('Petra', 'Dahlberg', 'L'),
  person('Agneta', 'Boström', 'L'),
  person('Oskar', 'Lindfors', 'L'),
  // Miljöpartiet de gröna
  person('Moa', 'Selin', 'MP'),
  person('Jakob', 'Westerlund', 'MP'),
  person('Klara', 'Nordlander', 'MP'),
];

/**
 * The seats of one organ for each term: chair, vice chair, other members, then substitutes
 * (ersättare) in their fixed calling order 1..n.
 */
function seats(
  organCode: string,
  chair: string,
  viceChair: string,
  members: string[],
  substitutes: string[],
): DemoMembership[] {
  return terms.flatMap(({ startsOn, endsOn }): DemoMembership[] => {
    const period = { startsOn, endsOn };
    return [
      { personKey: chair, organCode, role: 'chair', ...period },
      { personKey: viceChair, organCode, role: 'vice_chair', ...period },
      ...members.map((personKey): DemoMembership => ({ personKey, organCode, role: 'member', ...period })),
      ...substitutes.map(
        (personKey, i): DemoMembership => ({ personKey, organCode, role: 'substitute', substituteOrder: i + 1, ...period }),
      ),
    ];
  });
}

export const memberships: DemoMembership[] = [
  // KF has 61 ledamöter in reality; trimmed here to 15 members and 5 substitutes to keep the demo small.
  ...seats(
    'KF',
    'karin.sjoberg',
    'asa.granstrom',
    [
      'mikael.holmberg', 'elin.forsberg', 'johan.nystrom', 'anneli.bergstrom', 'magnus.edstrom',
      'jenny.brannstrom', 'daniel.holmgren', 'roger.hedman', 'sandra.gidlund', 'lars.ostman',
      'stefan.almgren', 'petra.dahlberg', 'moa.selin',
    ],
    ['per.astrom', 'linda.wallin', 'tove.lindahl', 'mats.eliasson', 'ulrika.hammarstrom'],
  ),
  // Kommunstyrelsen: 13 members, 7 substitutes.
  ...seats(
    'KS',
    'mikael.holmberg',
    'magnus.edstrom',
    [
      'elin.forsberg', 'johan.nystrom', 'lisa.engstrom', 'niklas.wikstrom', 'patrik.soderholm',
      'jenny.brannstrom', 'roger.hedman', 'kenneth.odmark', 'lars.ostman', 'stefan.almgren', 'moa.selin',
    ],
    [
      'maja.hedlund', 'tomas.sandberg', 'gustav.enberg', 'simon.berglund', 'petra.dahlberg',
      'jessica.lindstrom', 'viktor.jonsson',
    ],
  ),
  // Utskotten are drawn from KS's members and substitutes where possible.
  ...seats(
    'KSNAU',
    'mikael.holmberg',
    'magnus.edstrom',
    ['elin.forsberg', 'moa.selin', 'jenny.brannstrom'],
    ['johan.nystrom', 'lisa.engstrom', 'patrik.soderholm', 'lars.ostman', 'roger.hedman'],
  ),
  ...seats(
    'KSPLU',
    'niklas.wikstrom',
    'patrik.soderholm',
    ['johan.nystrom', 'helena.ohman', 'kenneth.odmark'],
    ['jonas.marklund', 'therese.nordin', 'viktor.jonsson'],
  ),
  ...seats(
    'KSHU',
    'lisa.engstrom',
    'lars.ostman',
    ['ida.lundmark', 'jakob.westerlund', 'olof.stromberg'],
    ['frida.sundqvist', 'henrik.burman', 'rebecka.holm'],
  ),
  // Nämnder, trimmed to 5 members and 3 substitutes each.
  ...seats(
    'BN',
    'camilla.norberg',
    'malin.hellgren',
    ['fredrik.hagglund', 'anton.vikberg', 'agneta.bostrom'],
    ['emma.ronnqvist', 'sandra.gidlund', 'klara.nordlander'],
  ),
  ...seats(
    'GYN',
    'anneli.bergstrom',
    'marie.sehlstedt',
    ['kristoffer.lidstrom', 'gustav.enberg', 'daniel.holmgren'],
    ['ida.lundmark', 'britt.lundqvist', 'oskar.lindfors'],
  ),
];
