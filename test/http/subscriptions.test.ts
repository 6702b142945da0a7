/**
 * E-mail subscription with double opt-in and one-click unsubscribe: a request only sends a confirmation mail
 * (nothing stored); confirming stores the address and organs; calling a meeting and adjusting its minutes
 * mail the subscribers with List-Unsubscribe and List-Unsubscribe-Post (RFC 8058); the one-click POST deletes
 * the row. Forged, expired and stale links change nothing; the form refuses bad input and stale forms.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock, systemClock } from '../../src/clock.ts';
import { loadDemoOutcome } from '../../src/demo/outcome.ts';
import { createMailer } from '../../src/mail/mailer.ts';
import { demoIds, loginAs, startDemoApp, type DemoApp } from '../support/http.ts';
import { plainMail } from '../support/mail.ts';

const BASE = 'https://kommun.example.se';
const EMAIL = 'medborgare@example.se';
let demo: DemoApp;
let outbox: string;

beforeAll(async () => {
  demo = await startDemoApp({ baseUrl: BASE });
  outbox = path.join(demo.db.dataDir, 'outbox');
  demo.db.services.mailer = createMailer({ outboxDir: outbox });
  demo.db.services.baseUrl = BASE;
}, 120_000);
afterAll(async () => demo?.close());

const form = { 'content-type': 'application/x-www-form-urlencoded' };
const get = (url: string) => demo.app.inject({ method: 'GET', url });
const post = (url: string, payload: string) => demo.app.inject({ method: 'POST', url, headers: form, payload });
const rows = async () => (await demo.query<{ email: string; organ_ids: string[] }>('SELECT email, organ_ids FROM subscriptions')).filter((r) => r.email);

/** The mails in the outbox not seen before, oldest first. */
const seen = new Set<string>();
function newMails(): string[] {
  if (!fs.existsSync(outbox)) return [];
  const names = fs.readdirSync(outbox).sort().filter((n) => !seen.has(n));
  for (const n of names) seen.add(n);
  return names.map((n) => fs.readFileSync(path.join(outbox, n), 'utf8'));
}
const formToken = (page: string): string => /name="token" value="([^"]+)"/.exec(page)![1]!;

async function request(email: string, organs: string[], remoteAddress?: string) {
  const token = formToken((await get('/prenumerera')).body);
  const body = new URLSearchParams([['token', token], ['email', email], ...organs.map((o) => ['organ', o])]).toString();
  return demo.app.inject({ method: 'POST', url: '/prenumerera', headers: form, payload: body, ...(remoteAddress ? { remoteAddress } : {}) });
}

let confirmLink = '';
let unsubscribeLink = '';

describe('requesting a subscription', () => {
  it('shows the form with the organs, the organ from the address preselected', async () => {
    const res = await get('/prenumerera?organ=ksnau');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<legend>Organ</legend>');
    expect(res.body).toMatch(/<input type="checkbox" name="organ" value="ksnau" checked>/);
    expect(res.body).toMatch(/<input type="checkbox" name="organ" value="ks">/);
  });

  it('refuses a bad address or no organ, naming the field, and sends nothing', async () => {
    const res = await request('inte-en-adress', []);
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('href="#email"');
    expect(res.body).toContain('E-postadress: ange en e-postadress');
    expect(res.body).toContain('Organ: välj minst ett organ');
    expect(res.body).toContain('aria-invalid="true"');
    expect(newMails()).toHaveLength(0);
  });

  it('refuses a form that was not fetched from the site, and a filled honeypot', async () => {
    expect((await post('/prenumerera', `token=1.falsk&email=${encodeURIComponent(EMAIL)}&organ=ksnau`)).statusCode).toBe(400);
    const token = formToken((await get('/prenumerera')).body);
    expect((await post('/prenumerera', `token=${token}&email=${encodeURIComponent(EMAIL)}&organ=ksnau&webbplats=x`)).statusCode).toBe(400);
    expect(newMails()).toHaveLength(0);
  });

  it('sends one confirmation mail with a link and stores nothing', async () => {
    const res = await request(EMAIL.toUpperCase(), ['ksnau']);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Bekräfta i din e-post');
    const mails = newMails().map(plainMail);
    expect(mails).toHaveLength(1);
    expect(mails[0]).toContain(`To: ${EMAIL}`);
    const link = new RegExp(`${BASE}(/prenumerera/bekrafta\\?t=[\\w.-]+)`).exec(mails[0]!);
    expect(link).not.toBeNull();
    confirmLink = link![1]!;
    expect(await rows()).toHaveLength(0);
  });

  it('does not mail the same address again within minutes (no mail bombing through the form)', async () => {
    expect((await request(EMAIL, ['ksnau'])).statusCode).toBe(200);
    expect(newMails()).toHaveLength(0);
  });

  it('nor another spelling of the same mailbox: +tag, dots, letter case, trailing dot, another client (F8)', async () => {
    const spellings = ['medborgare+1@example.se', 'm.edborgare@example.se', 'medborgare@example.se.', 'Med.Borgare+x@EXAMPLE.SE.', 'medborgare@ｅｘａｍｐｌｅ.se'];
    for (const [i, spelling] of spellings.entries()) {
      const res = await request(spelling, ['ksnau'], `198.51.100.${60 + i}`);
      expect(res.statusCode, spelling).toBe(200);
      expect(res.body).toContain('Bekräfta i din e-post');
    }
    expect(newMails()).toHaveLength(0);
  });

  it('one client gets five confirmation mails an hour, then a Swedish "try again later" and no mail (F8)', async () => {
    for (let i = 0; i < 5; i += 1) expect((await request(`person${i}@example.se`, ['ksnau'], '198.51.100.50')).statusCode).toBe(200);
    expect(newMails()).toHaveLength(5);
    const refused = await request('person9@example.se', ['ksnau'], '198.51.100.50');
    expect(refused.statusCode).toBe(429);
    expect(refused.body).toContain('Försök igen om en stund');
    expect(newMails()).toHaveLength(0);
    // Another client is served.
    expect((await request('person9@example.se', ['ksnau'], '198.51.100.51')).statusCode).toBe(200);
    expect(newMails()).toHaveLength(1);
  });
});

describe('confirming', () => {
  it('opening the link asks for a press of a button and changes nothing', async () => {
    const res = await get(confirmLink);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<form method="post" action="/prenumerera/bekrafta">');
    expect(await rows()).toHaveLength(0);
  });

  it('refuses a forged or altered link', async () => {
    const token = new URL(confirmLink, BASE).searchParams.get('t')!;
    const [payload, signature] = token.split('.');
    const other = Buffer.from(JSON.stringify({ e: 'annan@example.se', o: [], x: Date.now() + 3600_000 })).toString('base64url');
    for (const forged of [`${other}.${signature}`, `${payload}.${signature!.slice(0, -2)}AA`, 'skräp', '']) {
      expect((await get(`/prenumerera/bekrafta?t=${encodeURIComponent(forged)}`)).statusCode).toBe(400);
      expect((await post('/prenumerera/bekrafta', `t=${encodeURIComponent(forged)}`)).statusCode).toBe(400);
    }
    expect(await rows()).toHaveLength(0);
  });

  it('refuses the link after 48 hours', async () => {
    demo.db.services.clock = fixedClock(new Date(Date.now() + 49 * 3600_000).toISOString());
    try {
      const token = new URL(confirmLink, BASE).searchParams.get('t')!;
      const res = await post('/prenumerera/bekrafta', `t=${token}`);
      expect(res.statusCode).toBe(410);
      expect(res.body).toContain('Länken har gått ut');
    } finally {
      demo.db.services.clock = systemClock;
    }
    expect(await rows()).toHaveLength(0);
  });

  it('confirming stores the address and the organ — only those — and the audit log does not name the address', async () => {
    const token = new URL(confirmLink, BASE).searchParams.get('t')!;
    const res = await post('/prenumerera/bekrafta', `t=${token}`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Prenumerationen är bekräftad');
    const ids = await demoIds(demo);
    expect(await rows()).toEqual([{ email: EMAIL, organ_ids: [ids.organId('KSNAU')] }]);
    const audit = await demo.query<{ details: unknown }>("SELECT details FROM audit_events WHERE action LIKE 'subscription.%'");
    expect(JSON.stringify(audit)).not.toContain('example.se');
    // A second click changes nothing.
    expect((await post('/prenumerera/bekrafta', `t=${token}`)).statusCode).toBe(200);
    expect(await rows()).toHaveLength(1);
  });
});

describe('mail to subscribers', () => {
  it('adjusted minutes of the organ send a mail with the board announcement and one-click unsubscribe headers', async () => {
    await loadDemoOutcome({ ...demo.db.services, mailer: createMailer({ outboxDir: outbox }) });
    const mine = newMails().map(plainMail).filter((m) => m.includes(`To: ${EMAIL}`));
    const adjusted = mine.find((m) => m.includes('Subject: Justerat protokoll'));
    expect(adjusted, mine.join('\n\n')).toBeDefined();
    expect(adjusted).toContain('2024-05-21');
    expect(adjusted).toMatch(/Sista dag för överklagande är \d{4}-\d{2}-\d{2}/);
    expect(adjusted).toMatch(new RegExp(`List-Unsubscribe: <${BASE}/prenumerera/avsluta\\?t=[\\w.-]+>`));
    expect(adjusted).toContain('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
    unsubscribeLink = new RegExp(`${BASE}(/prenumerera/avsluta\\?t=[\\w.-]+)`).exec(adjusted!)![1]!;
    // Mail goes only to subscribers of the organ: nothing about the council's meeting.
    expect(mine.some((m) => m.includes('Kommunfullmäktige'))).toBe(false);
  }, 240_000);

  it('calling a meeting of the organ sends the agenda and the meeting page to the subscriber', async () => {
    const secretary = await loginAs(demo.app, 'sekreterare');
    const ids = await demoIds(demo);
    const date = new Date(Date.now() + 30 * 86400_000).toISOString().slice(0, 10);
    const created = await secretary.post('/meetings', { organId: ids.organId('KSNAU'), date, startTime: '13:15', place: 'Kommunstyrelsens sammanträdesrum' });
    expect(created.statusCode).toBe(201);
    const meeting = created.json() as { id: string; sections: { id: string }[] };
    const added = await secretary.post(`/meetings/${meeting.id}/items`, { title: 'Information från förvaltningen', sectionId: meeting.sections[3]!.id, kind: 'information' });
    expect(added.statusCode, added.body).toBe(201);
    const notice = await secretary.post(`/meetings/${meeting.id}/notice`);
    expect(notice.statusCode, notice.body).toBe(200);
    const mail = newMails().map(plainMail).find((m) => m.includes(`To: ${EMAIL}`));
    expect(mail).toBeDefined();
    expect(mail).toContain(`Subject: Kallelse: Kommunstyrelsens`);
    expect(mail).toContain('Information från förvaltningen');
    expect(mail).toContain(`${BASE}/organ/ksnau/${date}`);
    expect(mail).toContain('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
  });
});

describe('unsubscribing', () => {
  it('the link shows a button; a forged token deletes nothing', async () => {
    const page = await get(unsubscribeLink);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Avsluta prenumerationen');
    const id = new URL(unsubscribeLink, BASE).searchParams.get('t')!.split('.')[0]!;
    expect((await post(`/prenumerera/avsluta?t=${id}.AAAA`, 'List-Unsubscribe=One-Click')).statusCode).toBe(400);
    expect(await rows()).toHaveLength(1);
  });

  it('RFC 8058: the one-click POST deletes the subscription; again is harmless', async () => {
    const res = await post(unsubscribeLink, 'List-Unsubscribe=One-Click');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Prenumerationen är avslutad');
    expect(await rows()).toHaveLength(0);
    expect((await post(unsubscribeLink, 'List-Unsubscribe=One-Click')).statusCode).toBe(200);
    expect((await get(unsubscribeLink)).statusCode).toBe(404);
  });
});
