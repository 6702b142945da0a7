/**
 * The risk matrix (heat map) builder: 16 cells coloured and named by handling, the risks in their cells, a text
 * alternative naming every risk, and a well-formed SVG whose text is escaped.
 */
import { describe, expect, it } from 'vitest';
import { DOMParser } from '@xmldom/xmldom';
import { DEFAULT_CONSEQUENCE_SCALE, DEFAULT_PROBABILITY_SCALE, DEFAULT_THRESHOLDS } from '../../src/domain/riskAnalysis.ts';
import { HANDLING_COLOURS, matrixCells, matrixSummary, riskLines, riskMatrixSvg } from '../../src/documents/charts/riskMatrix.ts';
import { ksRiskAnalysis2024 } from '../../src/demo/registers/risksData.ts';

const risks = ksRiskAnalysis2024.risks;
const bands = DEFAULT_THRESHOLDS;

describe('risk matrix', () => {
  it('has 16 cells, highest probability first, each with its value, handling and risks', () => {
    const cells = matrixCells(risks, bands);
    expect(cells).toHaveLength(16);
    expect(cells[0]).toMatchObject({ probability: 4, consequence: 1, value: 4, handling: 'reduce' });
    expect(cells.find((c) => c.value === 16)).toMatchObject({ handling: 'minimise', handlingLabel: 'Minimera risk', risks: ['R4'] });
    expect(cells.find((c) => c.probability === 3 && c.consequence === 2)!.risks).toEqual(['R6', 'R7', 'R8', 'R10', 'R12']);
    expect(cells.filter((c) => c.handling === 'accept').map((c) => c.value).sort()).toEqual([1, 2, 2, 3, 3]);
    expect(cells.reduce((n, c) => n + c.risks.length, 0)).toBe(15);
  });

  it('summarises the cells per handling for the text alternative', () => {
    const summary = matrixSummary(matrixCells(risks, bands), bands, DEFAULT_PROBABILITY_SCALE, DEFAULT_CONSEQUENCE_SCALE);
    expect(summary).toBe(
      'Riskmatris med 15 risker, sannolikhet gånger konsekvens. ' +
      'Minimera risk (12–16): R4 (Sannolik × Allvarlig = 16); R9, R11 (Sannolik × Kännbar = 12); R2, R5 (Möjlig × Allvarlig = 12). ' +
      'Reducera risk (4–11): R13, R14, R15 (Möjlig × Kännbar = 9); R6, R7, R8, R10, R12 (Möjlig × Lindrig = 6); R1, R3 (Mindre sannolik × Kännbar = 6). ' +
      'Acceptera risk (1–3): inga risker.',
    );
  });

  it('is a well-formed SVG image with title, description, the handling in words in every cell and escaped text', () => {
    const svg = riskMatrixSvg({ risks, bands, probability: DEFAULT_PROBABILITY_SCALE, consequence: DEFAULT_CONSEQUENCE_SCALE, title: 'Riskmatris <KS> & 2024' });
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    const root = doc.documentElement!;
    expect(root.getAttribute('role')).toBe('img');
    expect(doc.getElementsByTagName('title')[0]!.textContent).toBe('Riskmatris <KS> & 2024');
    expect(doc.getElementsByTagName('desc')[0]!.textContent).toContain('R4 (Sannolik × Allvarlig = 16)');
    expect(doc.getElementsByTagName('rect')).toHaveLength(16);
    const texts = Array.from({ length: doc.getElementsByTagName('text').length }, (_, i) => doc.getElementsByTagName('text')[i]!.textContent);
    expect(texts.filter((s) => /^\d+ · (Minimera|Reducera|Acceptera)$/.test(s ?? ''))).toHaveLength(16);
    expect(texts).toContain('R6 R7 R8 R10');
    expect(texts).toContain('R12');
    expect(svg).toContain(HANDLING_COLOURS.minimise.fill);
  });

  it('wraps the risk numbers of a crowded cell', () => {
    expect(riskLines(['R1', 'R2', 'R3', 'R4', 'R5', 'R6', 'R7', 'R8', 'R9'])).toEqual(['R1 R2 R3 R4', 'R5 R6 R7 R8', 'R9']);
    expect(riskLines([])).toEqual([]);
  });
});
