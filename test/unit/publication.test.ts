import { describe, expect, it } from 'vitest';
import { checkPublicationDays, minutesPublicByPreparation, minutesPublication, paragraphPublicSince, preparatoryParagraphPublic } from '../../src/domain/publication.ts';
import type { FieldError } from '../../src/domain/errors.ts';

describe('publication of minutes', () => {
  it('R-PUB-1: unadjusted minutes are never published', () => {
    expect(minutesPublication(null, null, '2024-06-01')).toEqual({ published: false, until: null });
  });
  it('R-PUB-1: adjusted minutes are shown from the adjustment day through the organ\'s publication period', () => {
    expect(minutesPublication('2024-05-24', 730, '2024-05-23').published).toBe(false);
    expect(minutesPublication('2024-05-24', 730, '2024-05-24')).toEqual({ published: true, until: '2026-05-24' });
    expect(minutesPublication('2024-05-24', 730, '2026-05-24').published).toBe(true);
    expect(minutesPublication('2024-05-24', 730, '2026-05-25').published).toBe(false);
  });
  it('R-PUB-1: without a set period they stay published', () => {
    expect(minutesPublication('2024-05-24', null, '2040-01-01')).toEqual({ published: true, until: null });
  });
  it('R-PUB-1: the period is a setting of 1–3650 days or empty', () => {
    const errors: FieldError[] = [];
    expect(checkPublicationDays('', errors)).toBeNull();
    expect(checkPublicationDays(730, errors)).toBe(730);
    expect(checkPublicationDays('365', errors)).toBe(365);
    expect(errors).toEqual([]);
    checkPublicationDays(0, errors);
    checkPublicationDays(2.5, errors);
    checkPublicationDays(3651, errors);
    expect(errors.map((e) => e.field)).toEqual(['minutesPublicationDays', 'minutesPublicationDays', 'minutesPublicationDays']);
  });
});

describe('preparatory minutes', () => {
  const own = { preparatory: false, finallyDecided: false, dispatched: false };
  const prep = { preparatory: true, finallyDecided: false, dispatched: false };
  it('R-APPEAL-2: a paragraph the organ decided itself is public on adjustment', () => {
    expect(preparatoryParagraphPublic(own)).toBe(true);
  });
  it('R-APPEAL-2: a preparatory paragraph becomes public when the case is finally decided or the decision dispatched', () => {
    expect(preparatoryParagraphPublic(prep)).toBe(false);
    expect(preparatoryParagraphPublic({ ...prep, finallyDecided: true })).toBe(true);
    expect(preparatoryParagraphPublic({ ...prep, dispatched: true })).toBe(true);
  });
  it('R-APPEAL-2: the whole public copy waits for every preparatory paragraph', () => {
    expect(minutesPublicByPreparation([own, { ...prep, dispatched: true }])).toBe(true);
    expect(minutesPublicByPreparation([own, prep])).toBe(false);
    expect(minutesPublicByPreparation([])).toBe(true);
  });
});

describe('when a paragraph became public', () => {
  const adjustedAt = new Date('2024-05-24T10:00:00Z');
  const decidedAt = new Date('2024-06-10T09:00:00Z');
  const sentAt = new Date('2024-05-27T08:00:00Z');
  const base = { preparatory: false, finallyDecided: false, dispatched: false, adjustedAt, finallyDecidedAt: null, dispatchedAt: null };

  it('R-APPEAL-2: a paragraph the organ decided itself is public on adjustment', () => {
    expect(paragraphPublicSince(base)).toEqual(adjustedAt);
  });

  it('R-APPEAL-2: a prepared paragraph is not public before its case is decided or its extract sent', () => {
    expect(paragraphPublicSince({ ...base, preparatory: true })).toBeNull();
  });

  it('R-APPEAL-2: a prepared paragraph becomes public when the deciding organ\'s minutes are adjusted, or on dispatch, whichever is first', () => {
    expect(paragraphPublicSince({ ...base, preparatory: true, finallyDecided: true, finallyDecidedAt: decidedAt })).toEqual(decidedAt);
    expect(paragraphPublicSince({ ...base, preparatory: true, dispatched: true, dispatchedAt: sentAt })).toEqual(sentAt);
    expect(paragraphPublicSince({ ...base, preparatory: true, finallyDecided: true, finallyDecidedAt: decidedAt, dispatched: true, dispatchedAt: sentAt })).toEqual(sentAt);
  });

  it('R-APPEAL-2: never before the minutes themselves were adjusted', () => {
    const early = new Date('2024-05-01T00:00:00Z');
    expect(paragraphPublicSince({ ...base, preparatory: true, dispatched: true, dispatchedAt: early })).toEqual(adjustedAt);
  });
});
