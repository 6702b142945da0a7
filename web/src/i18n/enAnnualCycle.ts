// English texts of the annual cycle register (spread into en.ts).
import type { svAnnualCycle } from './svAnnualCycle.ts';

export const enAnnualCycle: Record<keyof typeof svAnnualCycle, string> = {
};
