// English texts of the grant rounds register (spread into en.ts).
import type { svGrants } from './svGrants.ts';

export const enGrants: Record<keyof typeof svGrants, string> = {
};
