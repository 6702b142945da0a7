/**
 * PDF rendering runs in a worker thread: the event loop keeps turning while a document compiles, errors come back
 * as RenderError, and a stopped worker is replaced on the next render.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { RenderError, renderPdf, stopRenderer } from '../../src/documents/typst.ts';
import { renderReportPdf } from '../../src/documents/renderReport.ts';

const frame = { municipality: 'Umeå kommun', organName: 'Kommunstyrelsen', caseNumber: 'KS-2024/00001', basisNumbers: new Map<string, string>() };
const report = (title: string, paragraphs: number) => renderReportPdf({
  date: '2024-05-16', title, decision: 'information', proposesTo: null, clauses: [], basis: [], preparedBy: [], distribution: [], signatories: [],
  description: Array.from({ length: paragraphs }, (_, i) => `<p>Stycke ${i + 1}. ${'Text om ärendet. '.repeat(40)}</p>`).join(''),
}, frame);

afterAll(() => stopRenderer());

describe('the render worker', () => {
  it('keeps the event loop turning while a document compiles', async () => {
    let ticks = 0;
    let running = true;
    const spin = () => { ticks++; if (running) setImmediate(spin); };
    setImmediate(spin);
    const result = await report('Stor rapport', 300);
    running = false;
    expect(result.pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(result.pages).toBeGreaterThan(5);
    expect(ticks).toBeGreaterThan(0); // a synchronous compile would not let a single tick through
  });

  it('reports a template error as a RenderError and keeps working', async () => {
    await expect(renderPdf({ template: 'report', data: { nonsense: true } })).rejects.toBeInstanceOf(RenderError);
    expect((await report('Efter felet', 1)).pages).toBe(1);
  });

  it('starts a new worker after the old one was stopped', async () => {
    await stopRenderer();
    expect((await report('Ny tråd', 1)).pages).toBe(1);
  });
});
