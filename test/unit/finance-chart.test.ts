/**
 * The deviation picture (an accessible SVG whose text is escaped) and the report's prose blocks.
 */
import { describe, expect, it } from 'vitest';
import { barGeometry, deviationBarsSvg, deviationSummary, scaleMax } from '../../src/documents/charts/deviationBars.ts';
import { aroundTable, textBlocks } from '../../src/documents/renderFollowUp.ts';
import { deviationsForChart } from '../../src/domain/finance.ts';
import { ksFollowUpJanApr2024 } from '../../src/demo/registers/financeData.ts';

const bars = deviationsForChart(ksFollowUpJanApr2024.values);

describe('deviation bars', () => {
  it('has one bar per line with the printed deviations', () => {
    expect(bars).toEqual([
      { label: 'Verksamhetens intäkter', mnkr: 47.5 },
      { label: 'Verksamhetens kostnader', mnkr: -38.5 },
      { label: 'Verksamhetens nettokostnad', mnkr: 8.9 },
      { label: 'Verksamhetens nettoinvesteringar', mnkr: 92.2 },
    ]);
  });

  it('draws better-than-budget to the right of zero and worse to the left, on a round scale', () => {
    expect(scaleMax([47.5, -38.5, 92.2])).toBe(100);
    expect(scaleMax([0.3])).toBe(0.5);
    expect(scaleMax([])).toBe(1);
    const g = barGeometry(bars);
    const [revenues, costs] = g.bars;
    expect(revenues!.x).toBe(Math.round(g.zeroX * 10) / 10);
    expect(revenues!.positive).toBe(true);
    expect(costs!.positive).toBe(false);
    expect(costs!.x + costs!.width).toBeCloseTo(g.zeroX, 0);
    expect(g.bars[3]!.width).toBeGreaterThan(revenues!.width);
  });

  it('is an image with a title and a Swedish description, and escapes every text', () => {
    const svg = deviationBarsSvg([{ label: 'Intäkter <script>&"', mnkr: -1641.3 }], 'jan-apr 2024');
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="dev-title dev-desc"/);
    expect(svg).toContain('<title id="dev-title">Budgetavvikelse jan-apr 2024 per rad (mnkr)</title>');
    expect(svg).toContain('Intäkter &lt;script&gt;&amp;&quot;');
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('-1 641,3');
    expect(deviationSummary(bars, 'jan-apr 2024')).toBe(
      'Budgetavvikelse jan-apr 2024 per rad: Verksamhetens intäkter 47,5 mnkr (bättre än budget); Verksamhetens kostnader -38,5 mnkr (sämre än budget); Verksamhetens nettokostnad 8,9 mnkr (bättre än budget); Verksamhetens nettoinvesteringar 92,2 mnkr (bättre än budget).',
    );
    expect(deviationSummary([], 'jan-apr 2024')).toBe('Budgetavvikelse jan-apr 2024: inga belopp registrerade.');
  });
});

describe('report prose', () => {
  it('makes short lines without closing punctuation subheadings and keeps later sections after the table', () => {
    const blocks = textBlocks('Investeringarna avviker.\r\n\r\nFlyktingmottagning från Ukraina\n\nIngen väsentlig påverkan.');
    expect(blocks).toEqual([
      { kind: 'paragraph', text: 'Investeringarna avviker.' },
      { kind: 'heading', text: 'Flyktingmottagning från Ukraina' },
      { kind: 'paragraph', text: 'Ingen väsentlig påverkan.' },
    ]);
    expect(aroundTable(blocks)).toEqual({ before: blocks.slice(0, 1), after: blocks.slice(1) });
    const opening = textBlocks('Budgetavvikelse och prognos\n\nIntäkterna avviker positivt.');
    expect(aroundTable(opening)).toEqual({ before: opening, after: [] });
  });
});
