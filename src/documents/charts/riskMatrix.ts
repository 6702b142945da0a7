/**
 * The risk matrix (heat map): 4 × 4 cells, probability upwards and consequence to the right, each cell coloured
 * by its handling, naming the handling in words (never colour alone) and listing the risks in it. Pure: the
 * cells and a Swedish text alternative for the screen reader and the table fallback, and an SVG string for the
 * PDF. The staff app draws the same cells with the same geometry and colours (`web/.../RiskMatrix.tsx`).
 */
import { handlingOf, riskNumberOrder, riskValue, type Handling, type HandlingBand, type ScaleStep } from '../../domain/riskAnalysis.ts';

export interface MatrixRisk { number: string; probability: number; consequence: number }

export interface MatrixCell {
  probability: number; consequence: number; value: number;
  handling: Handling; handlingLabel: string;
  /** Risk numbers in the cell, R1 < R2 < … */
  risks: string[];
}

/** Fill and text colours per handling; dark text on light fills (contrast above 7:1). */
export const HANDLING_COLOURS: Record<Handling, { fill: string; text: string }> = {
  minimise: { fill: '#f6b8b0', text: '#1a1a1a' },
  reduce: { fill: '#fde2a0', text: '#1a1a1a' },
  accept: { fill: '#cfe8cc', text: '#1a1a1a' },
};

/** The geometry both drawings share. */
export const MATRIX_LAYOUT = { cellWidth: 132, cellHeight: 78, left: 150, top: 12, bottom: 66, perLine: 4 } as const;

/** Cells row by row, highest probability first (the top row of the drawing). */
export function matrixCells(risks: readonly MatrixRisk[], bands: readonly HandlingBand[]): MatrixCell[] {
  const cells: MatrixCell[] = [];
  for (let probability = 4; probability >= 1; probability--) {
    for (let consequence = 1; consequence <= 4; consequence++) {
      const value = riskValue(probability, consequence);
      const band = handlingOf(value, bands);
      const inCell = risks.filter((r) => r.probability === probability && r.consequence === consequence).map((r) => r.number).sort(riskNumberOrder);
      cells.push({ probability, consequence, value, handling: band.handling, handlingLabel: band.label, risks: inCell });
    }
  }
  return cells;
}

const labelOf = (scale: readonly ScaleStep[], value: number): string => scale.find((s) => s.value === value)?.label ?? String(value);

/** The text alternative: per handling, highest first, the occupied cells with their risks. */
export function matrixSummary(cells: readonly MatrixCell[], bands: readonly HandlingBand[], probability: readonly ScaleStep[], consequence: readonly ScaleStep[]): string {
  const parts = [...bands].sort((a, b) => b.from - a.from).map((band) => {
    const occupied = cells.filter((c) => c.handling === band.handling && c.risks.length > 0).sort((a, b) => b.value - a.value || b.probability - a.probability);
    const list = occupied.map((c) => `${c.risks.join(', ')} (${labelOf(probability, c.probability)} × ${labelOf(consequence, c.consequence)} = ${c.value})`);
    return `${band.label} (${band.from}–${band.to}): ${list.length ? list.join('; ') : 'inga risker'}.`;
  });
  const total = cells.reduce((n, c) => n + c.risks.length, 0);
  return `Riskmatris med ${total} risker, sannolikhet gånger konsekvens. ${parts.join(' ')}`;
}

/** Risk numbers split into lines of at most `perLine`. */
export function riskLines(risks: readonly string[], perLine: number = MATRIX_LAYOUT.perLine): string[] {
  const lines: string[] = [];
  for (let i = 0; i < risks.length; i += perLine) lines.push(risks.slice(i, i + perLine).join(' '));
  return lines;
}

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface MatrixSvgInput {
  risks: readonly MatrixRisk[]; bands: readonly HandlingBand[];
  probability: readonly ScaleStep[]; consequence: readonly ScaleStep[];
  title?: string;
}

/** The heat map as a standalone SVG document (role="img", <title> and <desc> with the summary). */
export function riskMatrixSvg(input: MatrixSvgInput): string {
  const { cellWidth: w, cellHeight: h, left, top, bottom } = MATRIX_LAYOUT;
  const cells = matrixCells(input.risks, input.bands);
  const width = left + 4 * w + 8;
  const height = top + 4 * h + bottom;
  const font = `font-family="Source Sans 3, Source Sans Pro, Arial, sans-serif"`;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="rm-title rm-desc">`,
    `<title id="rm-title">${esc(input.title ?? 'Riskmatris')}</title>`,
    `<desc id="rm-desc">${esc(matrixSummary(cells, input.bands, input.probability, input.consequence))}</desc>`,
  ];
  for (const c of cells) {
    const x = left + (c.consequence - 1) * w;
    const y = top + (4 - c.probability) * h;
    const colour = HANDLING_COLOURS[c.handling];
    out.push(`<rect x="${x}" y="${y}" width="${w}" height="${h}" fill="${colour.fill}" stroke="#ffffff" stroke-width="2"/>`);
    out.push(`<text x="${x + 8}" y="${y + 18}" ${font} font-size="12" fill="${colour.text}">${c.value} · ${esc(c.handlingLabel.replace(/ risk$/, ''))}</text>`);
    riskLines(c.risks).forEach((line, i) => {
      out.push(`<text x="${x + 8}" y="${y + 40 + i * 17}" ${font} font-size="15" font-weight="700" fill="${colour.text}">${esc(line)}</text>`);
    });
  }
  for (let p = 1; p <= 4; p++) {
    const y = top + (4 - p) * h + h / 2 + 5;
    out.push(`<text x="${left - 8}" y="${y}" ${font} font-size="12" text-anchor="end" fill="#1a1a1a">${esc(labelOf(input.probability, p))} (${p})</text>`);
  }
  for (let c = 1; c <= 4; c++) {
    const x = left + (c - 1) * w + w / 2;
    out.push(`<text x="${x}" y="${top + 4 * h + 18}" ${font} font-size="12" text-anchor="middle" fill="#1a1a1a">${esc(labelOf(input.consequence, c))} (${c})</text>`);
  }
  out.push(`<text x="${left + 2 * w}" y="${top + 4 * h + 44}" ${font} font-size="13" font-weight="700" text-anchor="middle" fill="#1a1a1a">Konsekvens →</text>`);
  out.push(`<text x="14" y="${top + 2 * h}" ${font} font-size="13" font-weight="700" text-anchor="middle" fill="#1a1a1a" transform="rotate(-90 14 ${top + 2 * h})">Sannolikhet →</text>`);
  out.push('</svg>');
  return out.join('\n');
}
