// English texts of the risk analysis and internal control register (spread into en.ts).
import type { svRisks } from './svRisks.ts';

export const enRisks: Record<keyof typeof svRisks, string> = {
};
