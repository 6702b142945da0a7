/**
 * Organs and seats: kinds of organ, membership roles and the substitute order.
 */
export const ORGAN_KINDS = ['council', 'executive_board', 'committee', 'sub_committee', 'drafting_committee'] as const;
export type OrganKind = (typeof ORGAN_KINDS)[number];
export const MEMBERSHIP_ROLES = ['chair', 'vice_chair', 'member', 'substitute'] as const;
export type MembershipRole = (typeof MEMBERSHIP_ROLES)[number];

/**
 * Substitutes serve in a fixed order (R-MEET-2), so each substitute seat has a unique positive order; other
 * roles have none. Returns a Swedish problem or null.
 */
export function checkSubstituteOrder(role: MembershipRole, order: number | null, taken: readonly number[]): string | null {
  if (role !== 'substitute') return order === null ? null : 'endast ersättare har en ordning';
  if (order === null || !Number.isInteger(order) || order < 1) return 'ersättare måste ha en ordning 1, 2, 3 …';
  if (taken.includes(order)) return `ordning ${order} är redan tagen i organet`;
  return null;
}
