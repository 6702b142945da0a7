// English texts of the appropriations register (spread into en.ts).
import type { svAppropriations } from './svAppropriations.ts';

export const enAppropriations: Record<keyof typeof svAppropriations, string> = {
};
