/**
 * The registry's document routes: register with upload, read, secrecy mark and release, file download.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoIds, expectProblem, loginAs, multipart, startDemoApp, type Client, type DemoApp } from '../support/http.ts';
import { textPdf } from '../../src/demo/pdf.ts';
import { swedishDate } from '../../src/domain/dates.ts';

let demo: DemoApp;
let registrar: Client, registrar2: Client, officer: Client;
let ids: Awaited<ReturnType<typeof demoIds>>;
let pdf: Buffer;
beforeAll(async () => {
  demo = await startDemoApp();
  registrar = await loginAs(demo.app, 'registrator');
  registrar2 = await loginAs(demo.app, 'registrator2');
  officer = await loginAs(demo.app, 'handlaggare');
  ids = await demoIds(demo);
  pdf = await textPdf('Skrivelse om gatubelysning', 'Inkommen handling', 'Gatubelysningen på Storgatan är trasig.');
});
afterAll(async () => { await demo?.close(); });

const today = () => swedishDate(new Date());
const incoming = (extra: Record<string, unknown> = {}) => ({
  caseId: ids.caseId('KS-2024/00456'), kind: 'letter', direction: 'incoming', registeredDate: today(), description: 'Skrivelse om gatubelysning',
  counterparty: { name: 'Anna Andersson', address: 'Storgatan 1, 903 26 Umeå', email: 'anna@example.se' }, ...extra,
});
const DOC_KEYS = ['caseId', 'caseNumber', 'counterparty', 'createdAt', 'description', 'details', 'direction', 'files', 'filesWithheld', 'id', 'kind', 'number', 'publicDescription', 'registeredDate', 'secrecy', 'sensitive'];

describe('POST /documents', () => {
  it('R-REG-1: registers an incoming letter with a PDF into an existing case (201), numbered after its documents', async () => {
    const before = (await registrar.get(`/cases/${ids.caseId('KS-2024/00456')}`)).json().documents.length as number;
    const res = await registrar.register(incoming(), { name: 'skrivelse.pdf', bytes: pdf, contentType: 'application/pdf' });
    expect(res.statusCode).toBe(201);
    const doc = res.json();
    expect(Object.keys(doc).sort()).toEqual(DOC_KEYS);
    expect(doc).toMatchObject({ caseNumber: 'KS-2024/00456', number: `KS-2024/00456-${before + 1}`, kind: 'letter', direction: 'incoming', registeredDate: today(), secrecy: null });
    expect(doc.files).toEqual([expect.objectContaining({ name: 'skrivelse.pdf', mediaType: 'application/pdf', size: pdf.length, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) })]);
  });

  it('R-REG-4: registers into a new case, which gets the next case number and document -1', async () => {
    const res = await officer.register({ ...incoming({ caseId: undefined }), newCase: { registryId: ids.registryId('KS'), title: 'Skrivelse om snöröjning', publicTitle: 'Skrivelse om snöröjning' } });
    expect(res.statusCode).toBe(201);
    const doc = res.json();
    expect(doc.caseNumber).toMatch(new RegExp(`^KS-${today().slice(0, 4)}/\\d{5}$`));
    expect(doc.number).toBe(`${doc.caseNumber}-1`);
    expect(doc.files).toEqual([]);
  });

  it('R-REG-5: registers a secret document with its mark', async () => {
    const res = await registrar.register(incoming({ secrecy: { legalGround: 'OSL 19 kap. 3 §', organId: ids.organId('KSNAU') } }));
    expect(res.statusCode).toBe(201);
    expect(res.json().secrecy).toMatchObject({ legalGround: 'OSL 19 kap. 3 §', organId: ids.organId('KSNAU'), markedBy: registrar.user.id });
  });

  it('answers 415 for a body that is not multipart, and 400 without metadata', async () => {
    expectProblem(await registrar.post('/documents', incoming()), 415, 'unsupported_media_type');
    const onlyFile = await registrar.request({ method: 'POST', url: '/api/v1/documents', ...multipart([{ name: 'file', filename: 'a.pdf', value: pdf, contentType: 'application/pdf' }]) });
    expect(expectProblem(onlyFile, 400, 'validation').errors).toEqual([expect.objectContaining({ field: 'metadata' })]);
    expect(expectProblem(await registrar.register('{not json'), 400, 'validation').errors).toEqual([expect.objectContaining({ field: 'metadata' })]);
  });
});

describe('GET /documents/:id', () => {
  it('answers the document with its files', async () => {
    const res = await officer.get(`/documents/${ids.documentId('KS-2024/00456-2')}`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ number: 'KS-2024/00456-2', caseNumber: 'KS-2024/00456', files: [expect.objectContaining({ mediaType: 'application/pdf' })] });
  });

  it('answers 404 for unknown and malformed ids', async () => {
    expectProblem(await officer.get('/documents/3f0c6a52-6d0e-4a2b-9c55-0d6c1e0b7a41'), 404, 'not_found');
    expectProblem(await officer.get('/documents/KS-2024-00456-2'), 404, 'not_found');
  });
});

describe('POST /documents/:id/secrecy and /secrecy/release', () => {
  it('R-REG-5: marks a document, then releases it after assessment with a reason', async () => {
    const doc = (await registrar.register(incoming())).json() as { id: string };
    const marked = await registrar.post(`/documents/${doc.id}/secrecy`, { legalGround: 'OSL 21 kap. 3 §', organId: ids.organId('KS') });
    expect(marked.statusCode).toBe(200);
    expect(marked.json().secrecy).toMatchObject({ legalGround: 'OSL 21 kap. 3 §', organId: ids.organId('KS') });
    expectProblem(await registrar.post(`/documents/${doc.id}/secrecy`, { legalGround: 'OSL 21 kap. 3 §', organId: ids.organId('KS') }), 409, 'conflict');

    expect(expectProblem(await registrar.post(`/documents/${doc.id}/secrecy/release`, {}), 400, 'validation').errors).toEqual([expect.objectContaining({ field: 'reason' })]);
    const released = await registrar.post(`/documents/${doc.id}/secrecy/release`, { reason: 'Uppgifterna är inte längre känsliga.' });
    expect(released.statusCode).toBe(200);
    expect(released.json().secrecy).toBeNull();
  });

  it('R-REG-6: marking for an organ without secret access is 403; an invalid legal ground is 400', async () => {
    const doc = (await registrar.register(incoming())).json() as { id: string };
    expectProblem(await registrar2.post(`/documents/${doc.id}/secrecy`, { legalGround: 'OSL 19 kap. 3 §', organId: ids.organId('KS') }), 403, 'forbidden');
    expect(expectProblem(await registrar.post(`/documents/${doc.id}/secrecy`, { legalGround: 'hemligt', organId: ids.organId('KS') }), 400, 'validation').errors)
      .toEqual([expect.objectContaining({ field: 'secrecy.legalGround' })]);
  });

  it('R-REG-5: a case officer with secret access may not release (403)', async () => {
    const sekreterare = await loginAs(demo.app, 'sekreterare');
    expectProblem(await sekreterare.post(`/documents/${ids.documentId('KS-2024/00410-1')}/secrecy/release`, { reason: 'Försök' }), 403, 'forbidden');
  });
});

describe('GET /files/:id', () => {
  it('answers the bytes as an attachment with the stored type', async () => {
    const doc = (await registrar.register(incoming(), { name: 'Skrivelse åäö.pdf', bytes: pdf, contentType: 'application/pdf' })).json() as { files: { id: string }[] };
    const res = await officer.get(`/files/${doc.files[0]!.id}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(String(res.headers['content-disposition'])).toBe(`attachment; filename*=UTF-8''${encodeURIComponent('Skrivelse åäö.pdf')}`);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(Buffer.compare(res.rawPayload, pdf)).toBe(0);
  });

  it('answers 404 for unknown and malformed ids', async () => {
    expectProblem(await officer.get('/files/3f0c6a52-6d0e-4a2b-9c55-0d6c1e0b7a41'), 404, 'not_found');
    expectProblem(await officer.get('/files/../../etc/passwd'), 404, 'not_found');
  });
});
