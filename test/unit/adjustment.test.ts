import { describe, expect, it } from 'vitest';
import { adjustmentDeadline, checkSignAttempt, deadlineStatus, nextState, requiredSigners, signingProgress, type SignAttempt } from '../../src/domain/adjustment.ts';

const sha = (c: string) => c.repeat(64);

describe('adjustment deadline', () => {
  it('R-JUST-1: minutes must be adjusted within 14 calendar days of the meeting', () => {
    expect(adjustmentDeadline('2024-05-21')).toBe('2024-06-04');
    expect(adjustmentDeadline('2024-12-24')).toBe('2025-01-07');
    expect(adjustmentDeadline('2024-02-20')).toBe('2024-03-05'); // leap year
  });
  it('R-JUST-1: ok, soon (≤ 3 days), overdue, and adjusted (late or not)', () => {
    expect(deadlineStatus('2024-05-21', '2024-05-22').level).toBe('ok');
    expect(deadlineStatus('2024-05-21', '2024-05-31')).toMatchObject({ level: 'ok', daysLeft: 4 });
    expect(deadlineStatus('2024-05-21', '2024-06-01')).toMatchObject({ level: 'soon', daysLeft: 3 });
    expect(deadlineStatus('2024-05-21', '2024-06-04')).toMatchObject({ level: 'soon', daysLeft: 0 });
    expect(deadlineStatus('2024-05-21', '2024-06-04').message).toContain('i dag');
    expect(deadlineStatus('2024-05-21', '2024-06-05')).toMatchObject({ level: 'overdue', daysLeft: -1 });
    expect(deadlineStatus('2024-05-21', '2024-06-10', '2024-06-03')).toMatchObject({ level: 'adjusted', daysLeft: null });
    expect(deadlineStatus('2024-05-21', '2024-06-10', '2024-06-05').level).toBe('adjusted_late');
  });
});

describe('who signs', () => {
  it('R-JUST-1: the chair and the chosen adjusters sign, each once', () => {
    expect(requiredSigners('c', ['a', 'b', 'a', 'c']).signers).toEqual([{ personId: 'c', role: 'chair' }, { personId: 'a', role: 'adjuster' }, { personId: 'b', role: 'adjuster' }]);
    expect(requiredSigners(null, ['a']).problem).toContain('Ordförande');
    expect(requiredSigners('c', []).problem).toContain('justerare');
  });
  it('R-JUST-4: only signatures on the current version and PDF count', () => {
    const signers = requiredSigners('c', ['a']).signers;
    const facts = [
      { personId: 'c', version: 1, decision: 'signed' as const, pdfSha256: sha('1') },
      { personId: 'a', version: 1, decision: 'rejected' as const, pdfSha256: sha('1') },
      { personId: 'c', version: 2, decision: 'signed' as const, pdfSha256: sha('2') },
    ];
    expect(signingProgress(signers, facts, 2, sha('2'))).toMatchObject({ complete: false, pending: [{ personId: 'a' }] });
    expect(signingProgress(signers, [...facts, { personId: 'a', version: 2, decision: 'signed', pdfSha256: sha('2') }], 2, sha('2')).complete).toBe(true);
    expect(signingProgress(signers, facts, 3, sha('3')).signed).toEqual([]);
  });
});

describe('signing state machine', () => {
  it('R-JUST-4: draft → signing → adjusted; a rejection goes back to draft; regenerating restarts', () => {
    expect(nextState('draft', 'send')).toEqual({ state: 'signing' });
    expect(nextState('signing', 'sign', { complete: false })).toEqual({ state: 'signing' });
    expect(nextState('signing', 'sign', { complete: true })).toEqual({ state: 'adjusted' });
    expect(nextState('signing', 'reject')).toEqual({ state: 'draft' });
    expect(nextState('signing', 'generate')).toEqual({ state: 'draft' });
    expect(nextState('draft', 'sign')).toHaveProperty('problem');
    expect(nextState('signing', 'send')).toHaveProperty('problem');
    expect(nextState('draft', 'dispatch')).toHaveProperty('problem');
  });
  it('R-JUST-3: adjusted minutes are frozen', () => {
    for (const action of ['generate', 'send', 'sign', 'reject'] as const) {
      expect(nextState('adjusted', action)).toHaveProperty('problem');
    }
    expect(nextState('adjusted', 'dispatch')).toEqual({ state: 'adjusted' });
  });
});

describe('a signature attempt', () => {
  const base: SignAttempt = {
    state: 'signing', version: 2, currentSha256: sha('a'), presentedSha256: sha('a'), personId: 'p1',
    signers: [{ personId: 'c', role: 'chair' }, { personId: 'p1', role: 'adjuster' }], facts: [],
  };
  it('R-JUST-1: a chosen adjuster may sign the PDF they saw', () => {
    expect(checkSignAttempt(base, 'sign')).toEqual({ role: 'adjuster' });
  });
  it('R-JUST-1: someone not chosen as adjuster is refused', () => {
    expect(checkSignAttempt({ ...base, personId: 'x' }, 'sign')).toMatchObject({ code: 'forbidden' });
    expect(checkSignAttempt({ ...base, personId: null }, 'sign')).toMatchObject({ code: 'forbidden' });
  });
  it('R-JUST-3: a signature must match the current PDF hash', () => {
    expect(checkSignAttempt({ ...base, presentedSha256: sha('b') }, 'sign')).toMatchObject({ code: 'conflict' });
    expect(checkSignAttempt({ ...base, presentedSha256: 'abc' }, 'sign')).toMatchObject({ code: 'validation' });
  });
  it('R-JUST-4: one signature per signer and version; none before sending or after adjustment', () => {
    expect(checkSignAttempt({ ...base, facts: [{ personId: 'p1', version: 2, decision: 'signed', pdfSha256: sha('a') }] }, 'sign')).toMatchObject({ code: 'conflict' });
    expect(checkSignAttempt({ ...base, facts: [{ personId: 'p1', version: 1, decision: 'signed', pdfSha256: sha('z') }] }, 'sign')).toEqual({ role: 'adjuster' });
    expect(checkSignAttempt({ ...base, state: 'draft' }, 'sign')).toMatchObject({ code: 'conflict' });
    expect(checkSignAttempt({ ...base, state: 'adjusted' }, 'reject')).toMatchObject({ code: 'conflict' });
  });
});
