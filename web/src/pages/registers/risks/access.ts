// Client-side mirror of src/policies/registers.ts, used only to decide which controls to offer; the server decides.
import type { User } from '../../../types.ts';

export function canEditRegister(user: User | null, organId: string): boolean {
  if (!user) return false;
  if (user.roles.includes('admin')) return true;
  return user.roles.some((r) => r === 'case_officer' || r === 'registrar' || r === 'secretary') && user.organAccess.some((a) => a.organId === organId);
}
