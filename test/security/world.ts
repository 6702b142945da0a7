/**
 * The adversary's world: marker strings planted through the real API, each by a staff member who may write it,
 * in secret and protected material of the demo municipality, together with who may read each marker. Markers
 * are upper-case letters and digits only, so they survive PDF text extraction, line breaks and lower-casing.
 *
 * What is planted (all through /api/v1, as the demo users of the README):
 * - case A: an internal title with a marker and a clean public title; case B: a personal identity number in
 *   its title and no public title (the public one must be derived masked);
 * - in case A: S1 (secret for KSNAU: description, public description, a PDF whose text holds a marker), S2
 *   (secret for KS: description, public description, a text/plain file), N1 (public, with a PDF, the personal
 *   identity number in its description) and a member's private note on N1. A public description is the
 *   register entry written to be shown (R-REG-3): any reader may meet it (the official record and its extracts
 *   name every document by number and public description), the public web never (a secret-marked document is
 *   not published there);
 * - case C: a letter whose sender has protected identity (name, address, e-mail with markers; text file);
 * - an official report draft on case A;
 * - a KSNAU meeting of today: case A as a public item (its PDFs in the book), a non-public item whose title
 *   holds a marker, case B; conducted, decided (a clause of the non-public item with a marker, clauses of
 *   case A with the personal identity number in two notations), minutes drawn up, signed by the chair and the
 *   adjuster (adjusted, posted on the notice board, mailed to a subscriber) and extracts dispatched.
 */
import crypto from 'node:crypto';
import path from 'node:path';
import { expect } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { createMailer } from '../../src/mail/mailer.ts';
import { TextExtractionJob } from '../../src/search/textJob.ts';
import { textPdf } from '../../src/demo/pdf.ts';
import { swedishDate } from '../../src/domain/dates.ts';
import { demoIds, loginAs, type Client, type DemoApp, type Response } from '../support/http.ts';

/** The twelve demo accounts (README). */
export const ROLES = ['registrator', 'registrator2', 'handlaggare', 'sekreterare', 'admin', 'granskare', 'ledamot', 'ordforande', 'justerare', 'strateg', 'fritid', 'ekonomi'] as const;
export type Role = (typeof ROLES)[number];
/**
 * A reader: one of the demo accounts; `member`, an elected member of the meeting's organ without an account (who
 * gets the notice and reads the agenda, internal titles included); `recipient`, anyone else a mail is sent to
 * (a party to a decision, a subscriber); or the public (the web, no session).
 */
export type Reader = Role | 'member' | 'recipient' | 'public';

export interface Marker {
  /** What the marker stands for, e.g. "S1 (secret, KSNAU) description"; named in every leak report. */
  label: string;
  value: string;
  /** The readers that may read it; the public never may. */
  allowed: ReadonlySet<Reader>;
}

/** A personal identity number typed into free text that becomes public; the public sees it masked only. */
export const PERSONAL_NUMBER = '19800101-1234';
/** The same number in another notation a reader recognises (10 digits, an en dash). */
export const PERSONAL_NUMBER_EN_DASH = '800101–1234';
/** Unmasked forms of PERSONAL_NUMBER (10 or 12 digits, any separator). */
export const UNMASKED_PERSONAL_NUMBER = /(?:19)?800101\s*[-‐‑–—+\s]?\s*1234/;

export interface World {
  demo: DemoApp;
  app: FastifyInstance;
  clients: Map<Role, Client>;
  markers: Marker[];
  /** A word planted next to every marker, for searching (it is never the marker itself). */
  bait: string;
  ids: {
    caseA: string; caseB: string; caseC: string; s1: string; s2: string; n1: string; letter: string;
    s1File: string; s2File: string; letterFile: string; report: string; meeting: string; itemA: string; itemB: string; itemC: string;
  };
  /** Ids whose very existence is secret from readers without the organ's secret access, with the organ's readers. */
  secretIds: { id: string; label: string; allowed: ReadonlySet<Reader> }[];
  meetingDate: string;
  caseANumber: string;
  outboxDir: string;
  /** E-mail address → the account it belongs to, or `member` for the organ's members without one. */
  readerOfEmail: Map<string, Reader>;
}

const ok = async (res: Promise<Response>, what: string, status = [200, 201]): Promise<Response> => {
  const r = await res;
  if (!status.includes(r.statusCode) || !r.body) throw new Error(`${what}: ${r.statusCode} ${JSON.stringify(r.headers)} ${r.body}`);
  return r;
};

export async function plantWorld(demo: DemoApp, app: FastifyInstance = demo.app): Promise<World> {
  const outboxDir = path.join(demo.config.dataDir, 'outbox');
  demo.db.services.mailer = createMailer({ outboxDir });
  const clients = new Map<Role, Client>();
  for (const role of ROLES) clients.set(role, await loginAs(app, role));
  const as = (role: Role) => clients.get(role)!;
  const ids = await demoIds(demo);

  // Who may read what, from the demo's own access rows rather than a copy of the README.
  const access = await demo.query<{ username: string; code: string | null; secret: boolean | null; protected_data_access: boolean; email: string }>(
    `SELECT u.username, o.code, a.secret, u.protected_data_access, u.email FROM users u
     LEFT JOIN user_organ_access a ON a.user_id = u.id LEFT JOIN organs o ON o.id = a.organ_id`);
  const known = new Set<string>(ROLES);
  const roleSet = (pred: (r: (typeof access)[number]) => boolean) => new Set(access.filter((r) => known.has(r.username) && pred(r)).map((r) => r.username as Role));
  const secretKsnau = roleSet((r) => r.code === 'KSNAU' && r.secret === true);
  const secretKs = roleSet((r) => r.code === 'KS' && r.secret === true);
  const protectedData = roleSet((r) => r.protected_data_access);
  const staff = new Set<Reader>([...ROLES, 'member']);
  const exceptTheWeb = new Set<Reader>([...staff, 'recipient']);
  expect([...secretKs]).toEqual(['registrator']);
  expect(secretKsnau.has('registrator') && !secretKsnau.has('registrator2')).toBe(true);
  expect([...protectedData]).toEqual(['registrator']);
  const members = await demo.query<{ email: string | null }>(`SELECT DISTINCT p.email FROM memberships m JOIN people p ON p.id = m.person_id JOIN organs o ON o.id = m.organ_id WHERE o.code = 'KSNAU'`);
  const readerOfEmail = new Map<string, Reader>(members.filter((m) => m.email).map((m) => [m.email!.toLowerCase(), 'member']));
  for (const r of access) if (known.has(r.username) && r.email) readerOfEmail.set(r.email.toLowerCase(), r.username as Role);

  const tag = crypto.randomBytes(4).toString('hex').toUpperCase();
  const bait = `qzbait${tag.toLowerCase()}`;
  const markers: Marker[] = [];
  const mark = (label: string, allowed: ReadonlySet<Reader>): string => {
    const value = `XQZSECRET${markers.length + 1}X${tag}`;
    markers.push({ label, value, allowed });
    return value;
  };
  const text = (label: string, allowed: ReadonlySet<Reader>) => `${mark(label, allowed)} ${bait}`;

  const ksRegistry = ids.registryId('KS');
  const ksnau = ids.organId('KSNAU');
  const today = swedishDate(new Date());

  // Cases.
  const caseA = (await ok(as('registrator').post('/cases', {
    registryId: ksRegistry, organId: ksnau, title: `Markförvärv i kvarteret Lärkan ${text('case A internal title', staff)}`, publicTitle: 'Markförvärv i kvarteret Lärkan',
  }), 'case A')).json() as { id: string; number: string };
  const caseB = (await ok(as('registrator').post('/cases', {
    registryId: ksRegistry, organId: ksnau, title: `Omprövning begärd av ${PERSONAL_NUMBER}`,
  }), 'case B')).json() as { id: string };

  // Documents of case A.
  const s1Pdf = await textPdf('Anbud', 'Anbudsöppning', `Anbudssumman framgår av bilagan. ${text('S1 (secret, KSNAU) file text (PDF)', secretKsnau)}`);
  const s1 = (await ok(as('registrator').register({
    caseId: caseA.id, kind: 'letter', direction: 'incoming', registeredDate: today,
    description: `Anbud från Bygg AB ${text('S1 (secret, KSNAU) description', secretKsnau)}`,
    publicDescription: `Anbud ${text('S1 (secret, KSNAU) public description', exceptTheWeb)}`,
    counterparty: { name: 'Bygg AB', organisation: 'Bygg AB' },
    secrecy: { legalGround: 'OSL 19 kap. 3 §', organId: ksnau },
  }, { name: 'anbud.pdf', bytes: s1Pdf, contentType: 'application/pdf' }), 'S1')).json() as { id: string; files: { id: string }[] };
  const s2 = (await ok(as('registrator').register({
    caseId: caseA.id, kind: 'annex', direction: 'internal', registeredDate: today,
    description: `Värdering ${text('S2 (secret, KS) description', secretKs)}`,
    publicDescription: `Värdering ${text('S2 (secret, KS) public description', exceptTheWeb)}`,
    secrecy: { legalGround: 'OSL 19 kap. 1 §', organId: ids.organId('KS') },
  }, { name: 'vardering.txt', bytes: Buffer.from(`Värdet är konfidentiellt. ${text('S2 (secret, KS) file text (text/plain)', secretKs)}\n`), contentType: 'text/plain' }), 'S2')).json() as { id: string; files: { id: string }[] };
  const n1Pdf = await textPdf('Tjänsteanteckning', 'Markförvärv', 'Underlag för sammanträdet.');
  const n1 = (await ok(as('registrator').register({
    caseId: caseA.id, kind: 'other', direction: 'internal', registeredDate: today,
    description: `Tjänsteanteckning, kontaktperson ${PERSONAL_NUMBER}`,
  }, { name: 'anteckning.pdf', bytes: n1Pdf, contentType: 'application/pdf' }), 'N1')).json() as { id: string };

  // A letter from a person with protected identity, in a case of its own.
  const letterName = mark('protected sender name', protectedData);
  const letter = (await ok(as('registrator').register({
    newCase: { registryId: ksRegistry, title: 'Skolskjuts, begäran om ändrad hållplats' }, kind: 'letter', direction: 'incoming', registeredDate: today,
    description: 'Skrivelse om skolskjuts',
    counterparty: {
      name: `Lina ${letterName}`, address: `Gatan 1 ${text('protected sender address', protectedData)}`,
      email: `${mark('protected sender e-mail', protectedData).toLowerCase()}@example.se`, protectedIdentity: true,
    },
  }, { name: 'skrivelse.txt', bytes: Buffer.from(`Mitt barn går på Lärkanskolan. ${text('protected letter file text (text/plain)', protectedData)}\n`), contentType: 'text/plain' }), 'letter')).json() as { id: string; caseId: string; files: { id: string }[] };

  // A member's private note (only its author reads it).
  await ok(as('ledamot').request({ method: 'PUT', url: `/api/v1/documents/${n1.id}/note`, payload: { text: `Fråga om priset ${text('private note of ledamot', new Set<Reader>(['ledamot']))}` } }), 'note');

  // An official report draft on case A.
  const report = (await ok(as('handlaggare').post('/reports', {
    caseId: caseA.id, organId: ksnau,
    content: { title: `Markförvärv ${text('official report draft title', staff)}`, description: `<p>Utredning ${text('official report draft text', staff)}</p>`, clauses: ['att förvärva fastigheten'] },
  }), 'report')).json() as { id: string };

  // A subscriber of KSNAU: a member of the public who gets mail when minutes are adjusted.
  const [body] = await demo.query<{ id: string }>('SELECT id FROM bodies LIMIT 1');
  await demo.query(`INSERT INTO subscriptions (body_id, email, organ_ids, confirmed_at, token_hash) VALUES ('${body.id}', 'prenumerant@example.se', ARRAY['${ksnau}']::uuid[], now(), 'x')`);

  // Today's KSNAU meeting: planned, called, conducted, decided, minutes adjusted and extracts dispatched.
  const secretary = as('sekreterare');
  const meeting = (await ok(secretary.post('/meetings', { organId: ksnau, date: today, startTime: '08:00', place: 'Kommunstyrelsens sammanträdesrum' }), 'meeting')).json() as { id: string };
  await ok(secretary.post(`/meetings/${meeting.id}/items`, { caseId: caseA.id }), 'item A');
  await ok(secretary.post(`/meetings/${meeting.id}/items`, { title: `Förhandling om markpriset ${text('non-public agenda item title', staff)}`, kind: 'decision', public: false }), 'item B');
  await ok(secretary.post(`/meetings/${meeting.id}/items`, { caseId: caseB.id }), 'item C');
  await ok(secretary.post(`/meetings/${meeting.id}/notice`), 'notice');
  const people = ((await secretary.get('/people')).json() as { items: { id: string; givenName: string; familyName: string }[] }).items;
  const person = (name: string) => people.find((p) => `${p.givenName} ${p.familyName}` === name)!.id;
  interface Conduct { conduct: { version: number } | null; items: { id: string; title: string; caseId: string | null }[] }
  let view = (await ok(secretary.post(`/meetings/${meeting.id}/conduct`, {
    present: ['Mikael Holmberg', 'Magnus Edström', 'Elin Forsberg', 'Moa Selin', 'Jenny Brännström'].map(person),
    adjusterPersonIds: [person('Jenny Brännström')], secretaryName: 'Ingrid Norlén', adjustmentPlace: 'Stadshuset', adjustmentDate: today, adjustmentTime: '16:00',
  }), 'open conduct')).json() as Conduct;
  const [itemA, itemB, itemC] = view.items;
  const decide = async (itemId: string, clauses: string[], distribution: { name: string; email?: string }[] = []) => {
    view = (await ok(secretary.put(`/meetings/${meeting.id}/conduct/items/${itemId}/decision`, { version: view.conduct!.version, clauses, outcome: 'final', distribution }), 'decision')).json() as Conduct;
  };
  await decide(itemA!.id, ['förvärva fastigheten Lärkan 3', `uppdra åt kontaktpersonen ${PERSONAL_NUMBER} att teckna köpeavtalet`, `underrätta säljaren ${PERSONAL_NUMBER_EN_DASH}`],
    [{ name: 'Säljaren', email: 'saljare@example.se' }]);
  await decide(itemB!.id, [`godta markpriset ${text('decision clause of the non-public item', staff)}`]);
  await decide(itemC!.id, ['avslå begäran']);
  await ok(secretary.post(`/meetings/${meeting.id}/conduct/close`, { version: view.conduct!.version }), 'close');
  await ok(secretary.post(`/meetings/${meeting.id}/minutes/generate`), 'generate minutes');
  await ok(secretary.post(`/meetings/${meeting.id}/minutes/send`), 'send minutes');
  const sha256 = ((await secretary.get(`/meetings/${meeting.id}/minutes`)).json() as { pdfSha256?: string; current?: { pdfSha256: string } }) as Record<string, unknown>;
  const sha = findSha(sha256);
  for (const signer of ['ordforande', 'justerare'] as const) await ok(as(signer).post(`/meetings/${meeting.id}/minutes/sign`, { sha256: sha, password: 'demo' }), `sign as ${signer}`);
  await ok(secretary.post(`/meetings/${meeting.id}/minutes/dispatch`), 'dispatch');

  // The text of every stored PDF, as the server extracts it for search.
  await new TextExtractionJob(demo.db.services, { pace: false }).catchUp();

  const ksnauReaders = secretKsnau;
  return {
    demo, app, clients, markers, bait, meetingDate: today, caseANumber: caseA.number, outboxDir, readerOfEmail,
    ids: {
      caseA: caseA.id, caseB: caseB.id, caseC: letter.caseId, s1: s1.id, s2: s2.id, n1: n1.id, letter: letter.id,
      s1File: s1.files[0]!.id, s2File: s2.files[0]!.id, letterFile: letter.files[0]!.id, report: report.id, meeting: meeting.id,
      itemA: itemA!.id, itemB: itemB!.id, itemC: itemC!.id,
    },
    secretIds: [
      { id: s1.id, label: 'S1 (secret, KSNAU)', allowed: ksnauReaders }, { id: s1.files[0]!.id, label: 'file of S1 (secret, KSNAU)', allowed: ksnauReaders },
      { id: s2.id, label: 'S2 (secret, KS)', allowed: secretKs }, { id: s2.files[0]!.id, label: 'file of S2 (secret, KS)', allowed: secretKs },
    ],
  };
}

/** The sha-256 of the minutes PDF to sign, wherever the minutes view keeps it. */
function findSha(view: unknown): string {
  const found = JSON.stringify(view).match(/"(?:pdfSha256|sha256)":"([0-9a-f]{64})"/);
  if (!found) throw new Error(`no minutes sha256 in ${JSON.stringify(view)}`);
  return found[1]!;
}
