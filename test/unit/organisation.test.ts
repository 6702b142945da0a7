import { describe, expect, it } from 'vitest';
import { checkSubstituteOrder } from '../../src/domain/organisation.ts';

describe('substitute order (R-MEET-2)', () => {
  it('R-MEET-2: a substitute gets a free positive order', () => {
    expect(checkSubstituteOrder('substitute', 1, [])).toBeNull();
    expect(checkSubstituteOrder('substitute', 3, [1, 2])).toBeNull();
  });

  it('R-MEET-2: a substitute must have an order 1, 2, 3 …', () => {
    for (const order of [null, 0, -1, 1.5, Number.NaN]) {
      expect(checkSubstituteOrder('substitute', order, []), String(order)).toBe('ersättare måste ha en ordning 1, 2, 3 …');
    }
  });

  it('R-MEET-2: two substitutes of one organ cannot share an order', () => {
    expect(checkSubstituteOrder('substitute', 2, [1, 2, 3])).toBe('ordning 2 är redan tagen i organet');
  });

  it('R-MEET-2: members, chairs and vice chairs have no order', () => {
    for (const role of ['chair', 'vice_chair', 'member'] as const) {
      expect(checkSubstituteOrder(role, null, [1]), role).toBeNull();
      expect(checkSubstituteOrder(role, 1, []), role).toBe('endast ersättare har en ordning');
    }
  });
});
