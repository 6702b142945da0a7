/**
 * The accessibility statement's feedback form (DOS 2018:1937): a valid message is registered in the diarium as
 * an incoming document in the year's feedback case (R-REG-1, R-REG-2) and the receipt names its number; a stale
 * or forged form, a filled honeypot, invalid fields and too many messages register nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoApp, type DemoApp } from '../support/http.ts';

let demo: DemoApp;
beforeAll(async () => { demo = await startDemoApp(); }, 120_000);
afterAll(async () => { await demo?.close(); });

const FORM = { 'content-type': 'application/x-www-form-urlencoded' };
const freshToken = async (): Promise<string> => {
  const res = await demo.app.inject({ method: 'GET', url: '/tillganglighet' });
  return /name="token" value="([^"]+)"/.exec(res.body)![1]!;
};
const post = (fields: Record<string, string>) => demo.app.inject({ method: 'POST', url: '/tillganglighet', headers: FORM, payload: new URLSearchParams(fields).toString() });
const documentCount = async (): Promise<number> => Number((await demo.query<{ n: string }>('SELECT count(*) AS n FROM documents'))[0].n);
const year = new Date().getFullYear();

describe('the accessibility statement', () => {
  it('follows DIGG\'s model: accessibility, shortcomings, reporting, enforcement, testing', async () => {
    const res = await demo.app.inject({ method: 'GET', url: '/tillganglighet' });
    expect(res.statusCode).toBe(200);
    for (const heading of ['Hur tillgänglig är webbplatsen?', 'Rapportera brister i webbplatsens tillgänglighet', 'Tillsyn', 'Innehåll som inte är tillgängligt', 'Hur vi testat webbplatsen']) {
      expect(res.body).toContain(`>${heading}</h`);
    }
    expect(res.body).toContain('Myndigheten för digital förvaltning (Digg)');
    expect(res.body).toMatch(/<textarea id="message" name="message"[^>]* required/);
    expect(res.headers['content-security-policy']).toContain("form-action 'self'");
  });

  it('R-REG-1, R-REG-2: a message is registered as an incoming document in the year\'s feedback case, and the receipt names its number', async () => {
    const res = await post({ token: await freshToken(), name: 'Kim Testare', email: 'kim@example.se', message: 'Fokusmarkeringen syns inte i sökformuläret.' });
    expect(res.statusCode).toBe(200);
    const number = /<strong>(KS-\d{4}\/\d{5}-1)<\/strong>/.exec(res.body)?.[1];
    expect(number).toBeDefined();
    const [doc] = await demo.query<{ direction: string; kind: string; registered_date: string; counterparty_name: string; counterparty_email: string; title: string; public_description: string }>(
      `SELECT d.direction, d.kind, to_char(d.registered_date, 'YYYY-MM-DD') AS registered_date, d.counterparty_name, d.counterparty_email, c.title, d.public_description
       FROM documents d JOIN cases c ON c.id = d.case_id WHERE d.number = '${number}'`);
    expect(doc).toMatchObject({ direction: 'incoming', kind: 'letter', counterparty_name: 'Kim Testare', counterparty_email: 'kim@example.se', title: `Synpunkter på webbplatsens tillgänglighet ${year}` });
    expect(doc.registered_date).toBe(new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(new Date()));
    const [audit] = await demo.query<{ n: string }>(`SELECT count(*) AS n FROM audit_events WHERE action = 'document.register' AND details->>'number' = '${number}' AND actor_id IS NULL`);
    expect(Number(audit.n)).toBe(1);

    const second = await post({ token: await freshToken(), message: 'Tabellen i diariet är svår att läsa med skärmläsare.' });
    expect(second.statusCode).toBe(200);
    expect(second.body).toContain(`${number!.slice(0, -2)}-2`);

    // The public register shows the message's case, without the sender's name or address.
    const casePage = await demo.app.inject({ method: 'GET', url: `/arenden/${number!.slice(0, -2).toLowerCase().replace(/[^a-z0-9]+/g, '-')}` });
    expect(casePage.statusCode).toBe(200);
    expect(casePage.body).toContain('Synpunkt på webbplatsens tillgänglighet');
    expect(casePage.body).toContain('Privatperson');
    expect(casePage.body).not.toContain('Kim Testare');
    expect(casePage.body).not.toContain('kim@example.se');
  });

  it('a missing message or a malformed address is refused with the fields named, and nothing is registered', async () => {
    const before = await documentCount();
    const res = await post({ token: await freshToken(), name: 'Kim', email: 'inte-en-adress', message: '   ' });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('Meddelandet kunde inte skickas');
    expect(res.body).toContain('href="#message"');
    expect(res.body).toMatch(/id="email"[^>]*aria-invalid="true"/);
    expect(res.body).toContain('value="inte-en-adress"');
    expect(await documentCount()).toBe(before);
  });

  it('a form without a valid token from this site, or with the honeypot filled, registers nothing', async () => {
    const before = await documentCount();
    const attempts: Record<string, string>[] = [{ message: 'Hej' }, { token: '1700000000000.AAAA', message: 'Hej' }, { token: `${Date.now() - 5 * 3600_000}.x`, message: 'Hej' },
      { token: await freshToken(), message: 'Hej', webbplats: 'http://spam.example' }];
    for (const fields of attempts) {
      const res = await post(fields);
      expect(res.statusCode).toBe(400);
      expect(res.body).toContain('role="alert"');
    }
    expect(await documentCount()).toBe(before);
  });

  it('too many messages from one address within a quarter of an hour are refused', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await post({ token: await freshToken(), message: `Synpunkt ${i}` })).statusCode);
    expect(statuses.at(-1)).toBe(429);
    expect(statuses.filter((s) => s === 200).length).toBeLessThanOrEqual(3); // two messages above already counted
  });
});
