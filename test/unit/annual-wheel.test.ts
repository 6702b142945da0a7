/**
 * The årshjul picture: twelve month sectors, one numbered marker per item (the same day and text for several
 * audiences is one item), a square per council meeting, and an accessible name and description; text escaped.
 */
import { describe, expect, it } from 'vitest';
import { annualWheelSvg, wheelInput, wheelItems, type CycleRow } from '../../src/documents/charts/annualWheel.ts';

const rows: CycleRow[] = [
  { date: '2025-01-27', endDate: null, heading: 'Verksamhetsdagen i KF', text: 'Information.', audience: 'committees' },
  { date: '2025-01-27', endDate: null, heading: 'Verksamhetsdagen i KF', text: 'Information.', audience: 'council' },
  { date: '2025-03-31', endDate: '2025-04-08', heading: 'Planering <&> budget', text: '', audience: 'companies' },
  { date: '2025-12-08', endDate: null, heading: 'Nuläge & framtid', text: '', audience: 'committees' },
];

describe('the årshjul picture', () => {
  it('numbers each distinct date once, naming every audience it is for', () => {
    expect(wheelItems(rows).map((i) => [i.number, i.heading, i.audiences])).toEqual([
      [1, 'Verksamhetsdagen i KF', ['committees', 'council']],
      [2, 'Planering <&> budget', ['companies']],
      [3, 'Nuläge & framtid', ['committees']],
    ]);
  });

  it('draws the months, the numbered markers, the period and the meetings, with a title and a description', () => {
    const svg = annualWheelSvg({ ...wheelInput({ municipality: 'Umeå kommun', year: 2025 }, { rows, meetings: [{ date: '2025-01-27' }, { date: '2025-02-24' }], meetingsLabel: 'Kommunfullmäktige', note: '' }), idPrefix: 'w' });
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="w-title w-desc"/);
    expect(svg).toContain('<title id="w-title">Årshjul 2025 - Umeå kommunfullmäktige</title>');
    expect(svg).toContain('3 numrerade datum är utplacerade på sina dagar och 2 sammanträden med kommunfullmäktige');
    for (const month of ['januari', 'april', 'december']) expect(svg).toContain(`>${month}</text>`);
    expect([...svg.matchAll(/font-weight="700" fill="#ffffff">(\d+)<\/text>/g)].map((m) => m[1])).toEqual(['1', '2', '3']);
    expect(svg.match(/stroke-linecap="round"/g)).toHaveLength(1); // the period 31 mar – 8 apr
    expect(svg.match(/width="10" height="10" fill="#555555" transform/g)).toHaveLength(2);
    expect(svg).not.toContain('<&>');
    expect(svg).toContain('Kommunfullmäktige sammanträder');
  });
});
