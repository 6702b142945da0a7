/**
 * R-PUB-2: the public Atom feeds carry no personal identity number, whatever text a posting or an entry holds.
 */
import { describe, expect, it } from 'vitest';
import { renderAtom } from '../../src/portal/feedsAtom.ts';

describe('R-PUB-2: feeds', () => {
  it('R-PUB-2: entry titles, summaries and category labels are masked', () => {
    const xml = renderAtom({
      self: 'https://kommun.example.se/anslagstavla.atom', page: 'https://kommun.example.se/anslagstavla', title: 'Anslagstavla', subtitle: 'Kungörelser',
      author: 'Kommunen', emptyUpdated: new Date('2000-01-01T00:00:00Z'),
      entries: [{
        id: 'urn:uuid:1', title: 'Delegationsbeslut: bygglov för 800101–1234', updated: new Date('2024-05-28T08:00:00Z'),
        links: [{ href: 'https://kommun.example.se/anslagstavla/1' }], summary: 'Sökande personnr: 8001011234. Sista dag för överklagande är 2024-06-18.',
        category: { term: 'delegation', label: 'Beslut 19800101 - 1234' },
      }],
    });
    expect(xml).not.toMatch(/800101|1234/);
    expect(xml).toContain('Delegationsbeslut: bygglov för ÅÅMMDD-XXXX');
    expect(xml).toContain('Sista dag för överklagande är 2024-06-18.');
  });
});
