/**
 * The deviation picture of a follow-up: one horizontal bar per line, to the right of zero where the outcome is
 * better than the budget and to the left where it is worse, the value written at the bar's end (so colour is
 * never the only carrier). Pure: a Swedish text alternative (also the caption of the table fallback) and an SVG
 * string with `role="img"` used by the staff app and the PDF. All text is escaped.
 */
import { formatAmount } from '../../domain/amounts.ts';

export interface DeviationBar { label: string; mnkr: number }

export const BAR_COLOURS = { positive: '#1b6e3a', negative: '#a4262c', axis: '#333333', text: '#1a1a1a', grid: '#c8ced6' } as const;
const LAYOUT = { width: 680, labelWidth: 270, valueRoom: 64, barHeight: 26, gap: 14, top: 12, bottom: 34 } as const;

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** "Verksamhetens intäkter 47,5 mnkr bättre än budget; …" */
export function deviationSummary(bars: readonly DeviationBar[], period: string): string {
  if (bars.length === 0) return `Budgetavvikelse ${period}: inga belopp registrerade.`;
  const parts = bars.map((b) => `${b.label} ${formatAmount(b.mnkr, 1)} mnkr (${b.mnkr > 0 ? 'bättre än budget' : b.mnkr < 0 ? 'sämre än budget' : 'enligt budget'})`);
  return `Budgetavvikelse ${period} per rad: ${parts.join('; ')}.`;
}

/** A rounded, readable end of the scale: 1, 2 or 5 × a power of ten, at least the largest deviation. */
export function scaleMax(values: readonly number[]): number {
  const max = Math.max(...values.map((v) => Math.abs(v)), 0);
  if (max === 0) return 1;
  const power = 10 ** Math.floor(Math.log10(max));
  return [1, 2, 5, 10].map((m) => m * power).find((m) => m >= max)!;
}

export interface BarGeometry { label: string; value: string; x: number; y: number; width: number; positive: boolean; textX: number; anchor: 'start' | 'end' }

/** Where each bar goes; shared by the SVG and any other drawing of the same picture. */
export function barGeometry(bars: readonly DeviationBar[]): { bars: BarGeometry[]; zeroX: number; half: number; height: number; max: number } {
  const max = scaleMax(bars.map((b) => b.mnkr));
  const plot = LAYOUT.width - LAYOUT.labelWidth - 2 * LAYOUT.valueRoom;
  const half = plot / 2;
  const zeroX = LAYOUT.labelWidth + LAYOUT.valueRoom + half;
  const height = LAYOUT.top + bars.length * (LAYOUT.barHeight + LAYOUT.gap) + LAYOUT.bottom;
  return {
    max, zeroX, half, height,
    bars: bars.map((b, i) => {
      const length = (Math.abs(b.mnkr) / max) * half;
      const positive = b.mnkr >= 0;
      const x = positive ? zeroX : zeroX - length;
      return {
        label: b.label, value: formatAmount(b.mnkr, 1), positive,
        x: round(x), y: LAYOUT.top + i * (LAYOUT.barHeight + LAYOUT.gap), width: round(length),
        textX: round(positive ? zeroX + length + 4 : zeroX - length - 4), anchor: positive ? 'start' : 'end',
      };
    }),
  };
}

const round = (n: number): number => Math.round(n * 10) / 10;

/** The picture as an SVG document (`role="img"`, title and description from the summary). */
export function deviationBarsSvg(bars: readonly DeviationBar[], period: string): string {
  const g = barGeometry(bars);
  const summary = deviationSummary(bars, period);
  const axisY = g.height - LAYOUT.bottom + 4;
  const ticks = [-g.max, -g.max / 2, 0, g.max / 2, g.max];
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${LAYOUT.width} ${g.height}" width="${LAYOUT.width}" height="${g.height}" role="img" aria-labelledby="dev-title dev-desc" font-family="Source Sans 3, sans-serif" font-size="13">`,
    `<title id="dev-title">${esc(`Budgetavvikelse ${period} per rad (mnkr)`)}</title>`,
    `<desc id="dev-desc">${esc(summary)}</desc>`,
  ];
  for (const t of ticks) {
    const x = round(g.zeroX + (t / g.max) * g.half);
    out.push(`<line x1="${x}" y1="${LAYOUT.top - 4}" x2="${x}" y2="${axisY}" stroke="${t === 0 ? BAR_COLOURS.axis : BAR_COLOURS.grid}" stroke-width="${t === 0 ? 1.5 : 1}"/>`);
    out.push(`<text x="${x}" y="${axisY + 16}" text-anchor="middle" fill="${BAR_COLOURS.text}">${esc(formatAmount(t, Number.isInteger(t) ? 0 : 1))}</text>`);
  }
  for (const b of g.bars) {
    const mid = b.y + LAYOUT.barHeight / 2 + 4.5;
    out.push(`<text x="${LAYOUT.labelWidth - 8}" y="${mid}" text-anchor="end" fill="${BAR_COLOURS.text}">${esc(b.label)}</text>`);
    out.push(`<rect x="${b.x}" y="${b.y}" width="${Math.max(b.width, 0.5)}" height="${LAYOUT.barHeight}" fill="${b.positive ? BAR_COLOURS.positive : BAR_COLOURS.negative}"/>`);
    out.push(`<text x="${b.textX}" y="${mid}" text-anchor="${b.anchor}" fill="${BAR_COLOURS.text}" font-weight="600">${esc(b.value)}</text>`);
  }
  out.push(`<text x="${round(g.zeroX)}" y="${g.height - 2}" text-anchor="middle" fill="${BAR_COLOURS.text}">mnkr (← sämre än budget · bättre än budget →)</text>`);
  out.push('</svg>');
  return out.join('');
}
