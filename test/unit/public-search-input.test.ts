import { describe, expect, it } from 'vitest';
import { checkPublicSearchInput, checkSearchInput } from '../../src/domain/search.ts';
import { AppError } from '../../src/domain/errors.ts';

describe('the public search and personal identity numbers', () => {
  it('R-PUB-2: a query holding a personal identity number, in any notation, is refused naming the field', () => {
    for (const q of ['19800101-1234', 'pnr 800101 1234', '800101–1234', 'ansökan 8001011234']) {
      let error: unknown;
      try { checkPublicSearchInput({ q }); } catch (e) { error = e; }
      expect(error, q).toBeInstanceOf(AppError);
      expect((error as AppError).errors[0]?.field).toBe('q');
    }
  });

  it('R-PUB-2: other queries, and staff searches for a number, are taken as they are', () => {
    expect(checkPublicSearchInput({ q: 'skolskjuts 2024' }).query.tsquery).toBeTruthy();
    expect(checkPublicSearchInput({ q: 'KS-2024/00512' }).query.caseNumber).toMatchObject({ series: 'KS', year: 2024 });
    expect(checkSearchInput({ q: '19800101-1234' }).query.tsquery).toBeTruthy();
  });
});
