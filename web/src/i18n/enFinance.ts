// English texts of the financial follow-up register (spread into en.ts).
import type { svFinance } from './svFinance.ts';

export const enFinance: Record<keyof typeof svFinance, string> = {
};
