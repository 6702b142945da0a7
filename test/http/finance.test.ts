/**
 * The financial follow-up over HTTP: the demo's KS follow-up January–April 2024 with the reference's tables, the
 * generated annex KS-2024/00482-2, imports from CSV and XLSX (all or nothing, a per-row error report), staff key
 * figures, optimistic locking, and a report registered in a case the user picks.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import writeXlsxFile from 'write-excel-file/node';
import { demoIds, expectProblem, loginAs, multipart, startDemoApp, type Client, type DemoApp } from '../support/http.ts';
import { pageTexts } from '../support/pdf.ts';

let demo: DemoApp;
let finance: Client, member: Client;
let ids: Awaited<ReturnType<typeof demoIds>>;
beforeAll(async () => {
  demo = await startDemoApp();
  finance = await loginAs(demo.app, 'ekonomi');
  member = await loginAs(demo.app, 'ledamot');
  ids = await demoIds(demo);
}, 180_000);
afterAll(async () => { await demo?.close(); });

interface Row { label: string; mnkr: Record<string, string> }
interface View {
  id: string; version: number; period: string; title: string; canEdit: boolean;
  tables: { operating: { unitHeading: string; rows: Row[] }; investments: { rows: Row[] } };
  chart: { svg: string; summary: string } | null;
  kpis: { measure: string; text: Record<string, string> }[];
}
const printed = (rows: Row[]) => rows.map((r) => [r.label, r.mnkr.budget, r.mnkr.outcome, r.mnkr.deviation, r.mnkr.comparison, r.mnkr.budget_year, r.mnkr.forecast_year, r.mnkr.forecast_deviation]);

async function ksFollowUp(client: Client): Promise<View> {
  const list = (await client.get(`/follow-ups?organId=${ids.organId('KS')}`)).json() as { items: { id: string; period: string }[] };
  const item = list.items.find((i) => i.period === 'jan-apr 2024')!;
  return (await client.get(`/follow-ups/${item.id}`)).json() as View;
}

function upload(client: Client, id: string, name: string, bytes: Buffer | string, version?: number) {
  const parts = [{ name: 'file', filename: name, value: bytes, contentType: 'application/octet-stream' }];
  const body = multipart(version === undefined ? parts : [{ name: 'version', value: String(version) }, ...parts]);
  return client.request({ method: 'POST', url: `/api/v1/follow-ups/${id}/import`, payload: body.payload, headers: body.headers });
}

const countValues = async (id: string) => Number((await demo.query<{ n: string }>(`SELECT count(*) AS n FROM follow_up_values WHERE follow_up_id = '${id}'`))[0].n);

describe('the demo follow-up', () => {
  it('prints the reference tables from the register (the forecast net cost computed: -1 271,6)', async () => {
    const view = await ksFollowUp(member);
    expect(view.canEdit).toBe(false);
    expect(view.tables.operating.unitHeading).toBe('(mnkr med en decimal)');
    expect(printed(view.tables.operating.rows)).toEqual([
      ['Verksamhetens intäkter', '114,7', '162,2', '47,5', '61,2', '343,7', '459,7', '116,0'],
      ['Verksamhetens kostnader', '-712,4', '-750,9', '-38,5', '-136,1', '-1 641,3', '-1 731,3', '-90,0'],
      ['Verksamhetens nettokostnad', '-597,7', '-588,7', '8,9', '-74,9', '-1 297,7', '-1 271,6', '26,0'],
    ]);
    expect(printed(view.tables.investments.rows)).toEqual([['Verksamhetens nettoinvesteringar', '-137,1', '-44,9', '92,2', '-122,8', '-411,2', '-521,2', '-110,0']]);
    expect(view.kpis.map((k) => [k.text.women, k.text.men, k.text.total, k.text.previousWomen, k.text.previousMen, k.text.previousTotal])).toEqual([
      ['5,5', '2,2', '4,4', '5,9', '1,4', '4,4'], ['77', '90', '81', '66', '87', '72'], ['95', '90', '93', '94', '91', '93'],
    ]);
    expect(view.chart!.svg).toMatch(/^<svg [^>]*role="img"/);
    expect(view.chart!.summary).toContain('Verksamhetens nettoinvesteringar 92,2 mnkr (bättre än budget)');
  });

  it('generated Bilaga 1 (KS-2024/00482-2) from the register: the tables and the key figures are in the PDF text', async () => {
    const res = await finance.get(`/files/${ids.fileOf('KS-2024/00482-2')}`);
    expect(res.statusCode).toBe(200);
    const text = pageTexts(res.rawPayload).join('\n');
    expect(text).toContain('Kommunstyrelsens rapport till KS, januari–april 2024');
    expect(text).toContain('(mnkr med en decimal)');
    for (const figure of ['-1 641,3', '47,5', '92,2', '-38,5', '8,9', '-1 271,6', '-110,0', '5,5']) expect(text).toContain(figure);
    expect(text).toMatch(/Sjukfrånvaro, totalt i procent/);
  });
});

describe('imports', () => {
  let id: string;
  let version: number;
  beforeAll(async () => {
    const res = await finance.post('/follow-ups', { organId: ids.organId('KS'), year: 2024, tertial: 'T2' });
    expect(res.statusCode).toBe(201);
    ({ id, version } = res.json() as View);
  });

  it('creates each period once, with a default title; a member may not create one', async () => {
    expect(((await finance.get(`/follow-ups/${id}`)).json() as View).title).toBe('Kommunstyrelsens rapport, januari–augusti 2024');
    expectProblem(await finance.post('/follow-ups', { organId: ids.organId('KS'), year: 2024, tertial: 'T2' }), 409, 'conflict');
    expectProblem(await member.post('/follow-ups', { organId: ids.organId('KS'), year: 2025, tertial: 'T1' }), 403, 'forbidden');
    expectProblem(await finance.post('/follow-ups', { organId: ids.organId('KS'), year: 'i år', tertial: 'T4' }), 400, 'validation');
  });

  it('imports a semicolon CSV with a BOM and Swedish amounts, replacing the period, audited with counts only', async () => {
    const csv = '\uFEFFRad;Budget;Utfall;Budget helår;Prognos helår;Jämförelse;Enhet\r\nVerksamhetens intäkter;229,4;250,0;343,7;459,7;70,1;mnkr\r\nVerksamhetens kostnader;-1 094 200;-1 120 024 000 kr;-1 641 300;-1 731 300;-150 000;tkr\r\n';
    const res = await upload(finance, id, 'delår.csv', csv, version);
    expect(res.statusCode).toBe(200);
    const view = res.json() as View & { imported: { lines: number; figures: number } };
    expect(view.imported).toEqual({ lines: 2, figures: 10 });
    expect(printed(view.tables.operating.rows)[1]).toEqual(['Verksamhetens kostnader', '-1 094,2', '-1 120,0', '-25,8', '-150,0', '-1 641,3', '-1 731,3', '-90,0']);
    expect(view.version).toBe(version + 1);
    version = view.version;
    const [audit] = await demo.query<{ details: Record<string, unknown> }>(`SELECT details FROM audit_events WHERE action = 'follow_up.import' AND entity_id = '${id}' ORDER BY at DESC LIMIT 1`);
    expect(audit.details).toEqual({ format: 'csv', lines: 2, figures: 10 });
    expect(JSON.stringify(audit.details)).not.toContain('1120024');
  });

  it('imports an XLSX file with numbers and text cells, replacing what the CSV gave', async () => {
    const cell = (value: string | number) => ({ value });
    const xlsx = await writeXlsxFile([
      ['Rad', 'Budget', 'Utfall', 'Budget helår', 'Prognos helår', 'Jämförelse', 'Enhet'].map(cell),
      [cell('Verksamhetens nettoinvesteringar'), cell(-137.1), cell(-44.9), cell('-411,2'), cell('-521,2'), cell(-122.8), cell('mnkr')],
    ]).toBuffer();
    const res = await upload(finance, id, 'delår.xlsx', xlsx, version);
    expect(res.statusCode).toBe(200);
    const view = res.json() as View;
    version = view.version;
    expect(printed(view.tables.investments.rows)[0]).toEqual(['Verksamhetens nettoinvesteringar', '-137,1', '-44,9', '92,2', '-122,8', '-411,2', '-521,2', '-110,0']);
    expect(printed(view.tables.operating.rows)[0]!.slice(1)).toEqual(['–', '–', '–', '–', '–', '–', '–']);
    expect(await countValues(id)).toBe(5);
  });

  it('refuses a file with a bad cell, naming row and column, and imports nothing', async () => {
    const before = await countValues(id);
    const csv = 'Rad;Budget;Utfall;Budget helår;Prognos helår;Jämförelse\nVerksamhetens intäkter;1;2;3;4;5\nVerksamhetens kostnader;-1;-2;-3;-4;-5\nVerksamhetens nettoinvesteringar;-1;abc;-3;-4;-5\n';
    const problem = expectProblem(await upload(finance, id, 'fel.csv', csv, version), 400, 'validation');
    expect(problem.errors).toEqual([{ field: 'file', message: 'Rad 4, kolumn Utfall: "abc" är inte ett belopp (skriv t.ex. 1 478,2 eller -38,5)' }]);
    expect(await countValues(id)).toBe(before);
  });

  it('refuses a wrong column before any row', async () => {
    const problem = expectProblem(await upload(finance, id, 'fel.csv', 'Rad,Budget,Utfall,Helår,Prognos helår,Jämförelse\nVerksamhetens intäkter,1,2,3,4,5\n', version), 400, 'validation');
    expect((problem.errors as { message: string }[]).map((e) => e.message)).toEqual([
      'Rad 1, kolumn Helår: okänd kolumn "Helår" (kolumnerna är Rad, Budget, Utfall, Budget helår, Prognos helår, Jämförelse, Enhet)',
      'Rad 1, kolumn Budget helår: kolumn saknas: Budget helår (kolumnerna är Rad, Budget, Utfall, Budget helår, Prognos helår, Jämförelse, Enhet)',
    ]);
  });

  it('refuses a file that is neither CSV nor XLSX (415)', async () => {
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex');
    const problem = expectProblem(await upload(finance, id, 'bild.csv', png, version), 415, 'unsupported_media_type');
    expect(problem.detail).toBe('bild.csv är varken en CSV-fil (UTF-8) eller en Excel-fil (XLSX)');
    expectProblem(await upload(finance, id, 'gammal.xls', Buffer.from('d0cf11e0a1b11ae1000000', 'hex'), version), 415, 'unsupported_media_type');
    expectProblem(await upload(finance, id, 'trasig.xlsx', Buffer.from('504b0304deadbeef', 'hex'), version), 415, 'unsupported_media_type');
  });

  it('answers 409 on a stale version and changes nothing; a member may not import', async () => {
    const before = await countValues(id);
    expectProblem(await upload(finance, id, 'mall.csv', (await finance.get('/follow-ups/import-template.csv')).body, version - 1), 409, 'conflict');
    expectProblem(await upload(member, id, 'mall.csv', 'Rad;Budget', version), 403, 'forbidden');
    expect(await countValues(id)).toBe(before);
  });

  it('offers the template, which imports as it is', async () => {
    const template = await finance.get('/follow-ups/import-template.csv');
    expect(template.headers['content-type']).toContain('text/csv');
    const res = await upload(finance, id, 'mall.csv', template.rawPayload, version);
    expect(res.statusCode).toBe(200);
    version = (res.json() as View).version;
  });

  it('saves staff key figures and names a wrong field', async () => {
    const ok = await finance.put(`/follow-ups/${id}/staff-kpis`, { version, items: [{ measure: 'Sjukfrånvaro (%)', decimals: 1, women: '5,1', men: '2,0', total: '4,0' }] });
    expect(ok.statusCode).toBe(200);
    const view = ok.json() as View;
    version = view.version;
    expect(view.kpis[0]!.text).toMatchObject({ women: '5,1', men: '2,0', total: '4,0', previousWomen: '' });
    const problem = expectProblem(await finance.put(`/follow-ups/${id}/staff-kpis`, { version, items: [{ measure: 'Andel (%)', women: 'hög' }] }), 400, 'validation');
    expect(problem.errors).toEqual([{ field: 'items[0].women', message: '"hög" är inte ett tal (skriv t.ex. 5,5 eller 77)' }]);
  });

  it('takes the key figures as the editor sends them back (the printed text, "1 234"), and refuses a stale version', async () => {
    const sent = { measure: 'Antal anställda', decimals: 0, target: '', women: '1 234', men: '987', total: '2 221', previousWomen: '1 200', previousMen: '', previousTotal: '' };
    const ok = await finance.put(`/follow-ups/${id}/staff-kpis`, { version, items: [sent] });
    expect(ok.statusCode).toBe(200);
    const view = ok.json() as View;
    expect(view.kpis[0]!.text).toEqual({ target: '', women: '1 234', men: '987', total: '2 221', previousWomen: '1 200', previousMen: '', previousTotal: '' });
    const again = await finance.put(`/follow-ups/${id}/staff-kpis`, { version: view.version, items: view.kpis.map((k) => ({ measure: k.measure, decimals: 0, ...k.text })) });
    expect((again.json() as View).kpis).toEqual(view.kpis);
    version = (again.json() as View).version;
    expectProblem(await finance.put(`/follow-ups/${id}/staff-kpis`, { version: version - 1, items: [] }), 409, 'conflict');
    const kept = (await finance.get(`/follow-ups/${id}`)).json() as View;
    expect(kept.kpis.map((k) => k.measure)).toEqual(['Antal anställda']);
    const restored = await finance.put(`/follow-ups/${id}/staff-kpis`, { version: kept.version, items: [{ measure: 'Sjukfrånvaro (%)', decimals: 1, women: '5,1', men: '2,0', total: '4,0' }, sent] });
    version = (restored.json() as View).version;
  });

  it('registers the report as the next document of a case picked by number, and the PDF carries the figures', async () => {
    await finance.patch(`/follow-ups/${id}`, { version, economyText: 'Prognosen är oförändrad.' }).then((r) => { version = (r.json() as View).version; });
    expectProblem(await finance.post(`/follow-ups/${id}/document`, { version, caseNumber: 'KS-1999/99999' }), 400, 'validation');
    expectProblem(await finance.post(`/follow-ups/${id}/document`, { version: version - 1, caseNumber: 'KS-2024/00482' }), 409, 'conflict');
    const res = await finance.post(`/follow-ups/${id}/document`, { version, caseNumber: 'ks-2024/00482' });
    expect(res.statusCode).toBe(201);
    const doc = res.json() as { number: string; documentId: string };
    expect(doc.number).toMatch(/^KS-2024\/00482-\d+$/);
    const [file] = await demo.query<{ id: string }>(`SELECT id FROM files WHERE document_id = '${doc.documentId}'`);
    const text = pageTexts((await finance.get(`/files/${file.id}`)).rawPayload).join('\n');
    for (const figure of ['-1 641,3', '47,5', '92,2', 'Prognosen är oförändrad.', '5,1']) expect(text).toContain(figure);
    const [audit] = await demo.query<{ n: string }>(`SELECT count(*) AS n FROM audit_events WHERE action = 'follow_up.document' AND entity_id = '${id}'`);
    expect(Number(audit.n)).toBe(1);
  });
});
