/**
 * Free text the public reads that was written for publication (public titles, public descriptions, agenda item
 * titles) still passes the personal-number mask on its way out (R-PUB-2): titles written before public titles
 * were masked at registration, or typed straight into the database, must not publish a number either.
 */
import { maskPersonalNumbers } from '../domain/masking.ts';

export const publicText = (text: string): string => maskPersonalNumbers(text);
