/**
 * Property: whatever sequence of commitments is added, changed and released through the over-commitment check,
 * the remaining funds of a year are never below zero unless a commitment in that year carries an override reason.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkCommitment, remainingPerYear, type CommitmentFacts, type YearAmount } from '../../src/domain/appropriations.ts';
import type { FieldError } from '../../src/domain/errors.ts';

const YEARS = [2024, 2025, 2026];
type Op =
  | { kind: 'add'; status: 'proposed' | 'conditional' | 'firm'; caseId: string; amounts: YearAmount[]; reason: string | null }
  | { kind: 'change'; index: number; amounts: YearAmount[]; reason: string | null }
  | { kind: 'release'; index: number };

const arbAmounts = fc.subarray(YEARS, { minLength: 1 }).chain((ys) => fc.tuple(...ys.map((year) => fc.integer({ min: 0, max: 700 }).map((amountKr) => ({ year, amountKr })))));
const arbReason = fc.option(fc.constantFrom('Beslutat trots underskott', '   ', ''), { freq: 3 });
const arbOp: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('add' as const), status: fc.constantFrom('proposed' as const, 'conditional' as const, 'firm' as const), caseId: fc.constantFrom('A', 'B'), amounts: arbAmounts, reason: arbReason }),
  fc.record({ kind: fc.constant('change' as const), index: fc.nat(), amounts: arbAmounts, reason: arbReason }),
  fc.record({ kind: fc.constant('release' as const), index: fc.nat() }),
);

function run(budget: YearAmount[], ops: Op[]): CommitmentFacts[] {
  let state: CommitmentFacts[] = [];
  ops.forEach((op, n) => {
    if (op.kind === 'release') {
      const target = state[op.index % Math.max(state.length, 1)];
      if (target && target.status !== 'proposed') state = state.map((c) => (c === target ? { ...c, status: 'released', releasedOn: '2024-06-01' } : c));
      return;
    }
    const current = op.kind === 'change' ? state[op.index % Math.max(state.length, 1)] : undefined;
    if (op.kind === 'change' && (!current || current.status === 'released')) return;
    const candidate: CommitmentFacts = op.kind === 'add'
      ? { id: `c${n}`, caseId: op.caseId, status: op.status, decidedOn: op.status === 'proposed' ? null : '2024-01-01', releasedOn: null, amounts: op.amounts }
      : { ...current!, amounts: op.amounts };
    const errors: FieldError[] = [];
    const short = checkCommitment(budget, state, candidate, op.reason, errors);
    if (errors.length) return; // refused: nothing changes
    const stored = { ...candidate, overrideReason: short.length ? op.reason : null };
    state = current ? state.map((c) => (c === current ? stored : c)) : [...state, stored];
  });
  return state;
}

describe('remaining funds never go below zero without an override', () => {
  it('holds for any sequence of add, change and release', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 1_500 }), { minLength: 3, maxLength: 3 }), fc.array(arbOp, { maxLength: 30 }), (amountsKr, ops) => {
      const budget = YEARS.map((year, i) => ({ year, amountKr: amountsKr[i]! }));
      const state = run(budget, ops);
      for (const row of remainingPerYear(budget, state, null)) {
        if (row.remainingKr >= 0) continue;
        const covered = state.some((c) => c.status !== 'proposed' && c.status !== 'released' && c.overrideReason?.trim() && c.amounts.some((a) => a.year === row.year && a.amountKr > 0));
        expect(covered, `year ${row.year} is ${row.remainingKr} without an override`).toBe(true);
      }
    }), { numRuns: 400 });
  });

  it('the property fails when the check is skipped (the test can fail)', () => {
    const budget = [{ year: 2024, amountKr: 100 }];
    const state: CommitmentFacts[] = [{ id: 'x', caseId: null, status: 'firm', decidedOn: '2024-01-01', releasedOn: null, amounts: [{ year: 2024, amountKr: 150 }] }];
    expect(remainingPerYear(budget, state, null)[0]!.remainingKr).toBeLessThan(0);
    const errors: FieldError[] = [];
    checkCommitment(budget, [], state[0]!, null, errors);
    expect(errors).toHaveLength(1);
  });
});
