import { describe, expect, it } from 'vitest';
import { checkDocumentDetails, motionDeadline } from '../../src/domain/documentDetails.ts';
import type { FieldError } from '../../src/domain/errors.ts';

const check = (kind: Parameters<typeof checkDocumentDetails>[0], raw: unknown) => {
  const errors: FieldError[] = [];
  return { details: checkDocumentDetails(kind, raw, errors), errors };
};

describe('document details', () => {
  it('a motion has its number n/YYYY, authors, party, date and requests', () => {
    const { details, errors } = check('motion', { motionNumber: '12/2024', authors: [' Jenny Brännström '], party: 'V', submittedOn: '2024-03-18', requests: ['att kommunen inför …', ''] });
    expect(errors).toEqual([]);
    expect(details).toEqual({ motionNumber: '12/2024', authors: ['Jenny Brännström'], party: 'V', submittedOn: '2024-03-18', requests: ['att kommunen inför …'] });
  });
  it('names each wrong motion field', () => {
    expect(check('motion', { motionNumber: '2024-12', authors: [], submittedOn: '18 mars', requests: [] }).errors.map((e) => e.field))
      .toEqual(['details.motionNumber', 'details.authors', 'details.submittedOn', 'details.requests']);
    expect(check('motion', { motionNumber: '3/2023', authors: ['A'], submittedOn: '2024-01-02', requests: ['att'] }).errors)
      .toEqual([{ field: 'details.motionNumber', message: 'årtalet ska vara det år motionen lämnades in (2024)' }]);
  });
  it('a statement names who asked for it; an audit report its auditor', () => {
    expect(check('statement', { requestedBy: 'Region Västerbotten', dueDate: '2024-06-01' }).details).toEqual({ requestedBy: 'Region Västerbotten', dueDate: '2024-06-01' });
    expect(check('statement', {}).errors).toEqual([{ field: 'details.requestedBy', message: 'måste fyllas i' }]);
    expect(check('audit_report', { auditor: 'KPMG', recommendations: ['Se över …'] }).details).toEqual({ auditor: 'KPMG', auditedOrgan: null, recommendations: ['Se över …'] });
  });
  it('other kinds carry no details', () => {
    expect(check('letter', undefined)).toEqual({ details: {}, errors: [] });
    expect(check('letter', { x: 1 }).errors).toEqual([{ field: 'details', message: 'handlingstypen har inga extra uppgifter' }]);
  });
});

describe('motion deadline', () => {
  it('R-PREP-2: a motion should be decided within one year of being submitted', () => {
    expect(motionDeadline('2024-03-18', '2024-03-18')).toEqual({ dueBy: '2025-03-18', daysLeft: 365, status: 'ok' });
    expect(motionDeadline('2024-03-18', '2025-01-16')).toMatchObject({ daysLeft: 61, status: 'ok' });
    expect(motionDeadline('2024-03-18', '2025-01-17')).toMatchObject({ daysLeft: 60, status: 'soon' });
    expect(motionDeadline('2024-03-18', '2025-03-18')).toMatchObject({ daysLeft: 0, status: 'soon' });
    expect(motionDeadline('2024-03-18', '2025-03-19')).toMatchObject({ daysLeft: -1, status: 'overdue' });
  });
  it('R-PREP-2: a motion of 29 February is due on 28 February the next year', () => {
    expect(motionDeadline('2024-02-29', '2024-03-01').dueBy).toBe('2025-02-28');
  });
});
