/**
 * The authenticated staff member a request acts for.
 */
export const ROLES = ['registrar', 'case_officer', 'secretary', 'admin', 'auditor', 'member'] as const;
export type Role = (typeof ROLES)[number];

export interface Actor {
  userId: string;
  bodyId: string;
  roles: readonly Role[];
  protectedDataAccess: boolean;
  /** Organ id → whether the actor may read that organ's secret-marked documents (R-REG-6). */
  organAccess: ReadonlyMap<string, { secret: boolean }>;
}

export const hasRole = (actor: Actor, ...roles: Role[]): boolean => roles.some((r) => actor.roles.includes(r));

/** Organs whose secret-marked documents the actor may read. */
export function secretOrgans(actor: Actor): string[] {
  return [...actor.organAccess].filter(([, a]) => a.secret).map(([id]) => id);
}
