// Who may keep an organ's follow-up in the staff app (the server decides; this only hides forms).
import type { User } from '../../../types.ts';

export const canKeepFollowUp = (user: User | null, organId: string): boolean =>
  !!user && (user.roles.includes('admin') || (user.roles.some((r) => r === 'registrar' || r === 'case_officer' || r === 'secretary') && user.organAccess.some((a) => a.organId === organId)));
