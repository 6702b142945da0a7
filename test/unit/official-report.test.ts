import { describe, expect, it } from 'vitest';
import { checkReportContent, clauseText, proposalLeadIn } from '../../src/domain/officialReport.ts';
import { richTextToPlain, richTextToTypst, sanitizeRichText, typstText } from '../../src/documents/richText.ts';
import type { FieldError } from '../../src/domain/errors.ts';

describe('official report', () => {
  it('R-PREP-3: lead-in for an organ that decides and for one that proposes', () => {
    expect(proposalLeadIn('Kommunstyrelsens näringslivs- och arbetsutskott', 'decides', null)).toBe('Kommunstyrelsens näringslivs- och arbetsutskott beslutar');
    expect(proposalLeadIn('Kommunstyrelsens näringslivs- och arbetsutskott', 'proposes', 'Kommunfullmäktige')).toBe('Kommunstyrelsens näringslivs- och arbetsutskott föreslår kommunfullmäktige besluta');
    expect(proposalLeadIn('Kommunstyrelsen', 'information', null)).toBeNull();
  });
  it('R-PREP-3: att is not doubled', () => {
    expect(clauseText('att bevilja 20 000 kronor')).toBe('bevilja 20 000 kronor');
    expect(clauseText('bevilja 20 000 kronor')).toBe('bevilja 20 000 kronor');
  });
  const base = { date: '2024-05-16', title: 'Medfinansiering', decision: 'decides', clauses: ['bevilja'], description: '<p>Text</p>', preparedBy: [{ name: 'A B', title: '' }] };
  it('R-PREP-3: a draft may be incomplete, a final report may not', () => {
    const draft: FieldError[] = [];
    checkReportContent({ ...base, clauses: [''], description: '', preparedBy: [] }, false, draft);
    expect(draft).toEqual([]);
    const final: FieldError[] = [];
    checkReportContent({ ...base, clauses: [''], description: '', preparedBy: [] }, true, final);
    expect(final.map((e) => e.field).sort()).toEqual(['clauses', 'description', 'preparedBy']);
  });
  it('R-PREP-3: proposing needs the organ that decides', () => {
    const errors: FieldError[] = [];
    checkReportContent({ ...base, decision: 'proposes' }, true, errors);
    expect(errors.map((e) => e.field)).toEqual(['proposesTo']);
  });
});

describe('rich text', () => {
  it('drops scripts, styles and event handlers', () => {
    const html = sanitizeRichText('<p onclick="x()">Hej <script>alert(1)</script><strong>du</strong><style>p{}</style><img src=x onerror=y></p>');
    expect(html).toBe('<p>Hej <strong>du</strong></p>');
  });
  it('escapes Typst markup in text so user text cannot run code', () => {
    expect(typstText('#eval("x") *fet* $math$ <lbl> @ref')).toBe('\\#eval(\\"x\\") \\*fet\\* \\$math\\$ \\<lbl\\> \\@ref');
    expect(richTextToTypst('<p>#import "x"</p>')).toBe('\\#import \\"x\\"\n\n');
  });
  it('converts headings, lists and tables', () => {
    const typst = richTextToTypst('<h2>Kriterier</h2><ul><li>Ett</li></ul><table><tr><th>År</th><th>Kvar</th></tr><tr><td>2024</td><td>1 617,0</td></tr></table>');
    expect(typst).toContain('#heading(level: 3)[Kriterier]');
    expect(typst).toContain('- Ett');
    expect(typst).toContain('table.header([År], [Kvar])');
    expect(typst).toContain('[2024], [1 617,0]');
  });
  it('plain text for previews', () => {
    expect(richTextToPlain('<h2>Rubrik</h2><p>Brödtext</p>')).toBe('RubrikBrödtext');
  });
});

describe('rich text line breaks', () => {
  it('a line break in a table cell or before brackets renders', async () => {
    const { renderReportPdf } = await import('../../src/documents/renderReport.ts');
    const content = { date: '2024-05-16', title: 'T', decision: 'information' as const, proposesTo: null, clauses: [], description: '<table><tr><td>a<br></td><td><br></td></tr></table><p>x<br>[y]</p>', basis: [], preparedBy: [], distribution: [], signatories: [] };
    expect((await renderReportPdf(content, { municipality: 'U', organName: 'O', caseNumber: 'KS-1', basisNumbers: new Map() })).pages).toBe(1);
  });
});
