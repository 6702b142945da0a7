/**
 * Secrecy marks (R-REG-5): a legal ground and the marking organ. A mark is a warning, released only after an
 * assessment that records who, when and why.
 */
import { checkText } from './text.ts';
import type { FieldError } from './errors.ts';
import { isUuid } from './ids.ts';

export interface SecrecyInput { legalGround: string; organId: string }

export function checkSecrecyInput(raw: unknown, errors: FieldError[]): SecrecyInput | null {
  if (raw === undefined || raw === null) return null;
  const r = raw as Record<string, unknown>;
  const legalGround = checkText(r.legalGround, { field: 'secrecy.legalGround', required: true, max: 200 }, errors);
  if (legalGround && !/\bOSL\b|kap\.|§/.test(legalGround)) {
    errors.push({ field: 'secrecy.legalGround', message: 'ange lagrum, t.ex. "OSL 19 kap. 3 §"' });
  }
  const organId = isUuid(r.organId) ? r.organId : '';
  if (!organId) errors.push({ field: 'secrecy.organId', message: 'ange vilken myndighet (organ) som sekretessmarkerar' });
  return { legalGround, organId };
}

export function checkReleaseReason(raw: unknown, errors: FieldError[]): string {
  return checkText(raw, { field: 'reason', required: true, max: 1000, multiline: true }, errors);
}
