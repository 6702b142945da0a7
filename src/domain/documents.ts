/**
 * What a registered document is made of, and the validation of a new registration (R-REG-1…3).
 */
import { checkText } from './text.ts';
import { checkRegisteredDate } from './dates.ts';
import type { FieldError } from './errors.ts';

export const DOCUMENT_KINDS = ['letter', 'official_report', 'motion', 'audit_report', 'statement', 'annex', 'decision', 'minutes_extract', 'other'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];
export const DIRECTIONS = ['incoming', 'outgoing', 'internal'] as const;
export type Direction = (typeof DIRECTIONS)[number];

export interface Counterparty { name: string; organisation: string | null; address: string | null; email: string | null; protectedIdentity: boolean }

export interface DocumentInput {
  kind: DocumentKind;
  direction: Direction;
  registeredDate: string;
  description: string;
  publicDescription: string;
  counterparty: Counterparty | null;
}

/** Validates raw registration fields; returns the clean input or the list of field errors. */
export function checkDocumentInput(raw: Record<string, unknown>, today: string, errors: FieldError[]): DocumentInput {
  const kind = raw.kind as DocumentKind;
  if (!DOCUMENT_KINDS.includes(kind)) errors.push({ field: 'kind', message: `okänd handlingstyp; tillåtna: ${DOCUMENT_KINDS.join(', ')}` });
  const direction = raw.direction as Direction;
  if (!DIRECTIONS.includes(direction)) errors.push({ field: 'direction', message: 'måste vara incoming, outgoing eller internal' });
  const registeredDate = checkRegisteredDate(raw.registeredDate, today, errors);
  const description = checkText(raw.description, { field: 'description', required: true, max: 500 }, errors);
  // R-REG-3: the public description masks personal data; defaults to the description only when nothing is protected.
  let publicDescription = checkText(raw.publicDescription, { field: 'publicDescription', max: 500 }, errors);
  let counterparty: Counterparty | null = null;
  const cp = raw.counterparty as Record<string, unknown> | undefined | null;
  if (cp && typeof cp === 'object' && (cp.name || cp.organisation)) {
    counterparty = {
      name: checkText(cp.name, { field: 'counterparty.name', max: 200 }, errors),
      organisation: checkText(cp.organisation, { field: 'counterparty.organisation', max: 200 }, errors) || null,
      address: checkText(cp.address, { field: 'counterparty.address', max: 300, multiline: true }, errors) || null,
      email: checkText(cp.email, { field: 'counterparty.email', max: 200 }, errors) || null,
      protectedIdentity: cp.protectedIdentity === true,
    };
    if (counterparty.email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(counterparty.email)) {
      errors.push({ field: 'counterparty.email', message: 'är ingen giltig e-postadress' });
    }
  }
  if (direction === 'incoming' && !counterparty) {
    errors.push({ field: 'counterparty.name', message: 'avsändare måste anges för inkommande handlingar' });
  }
  if (!publicDescription) publicDescription = counterparty?.protectedIdentity ? 'Handling (uppgifter skyddade)' : description;
  return { kind, direction, registeredDate, description, publicDescription, counterparty };
}

/** R-REG-7: contact data of a protected person must never reach anyone without protected-data access. */
export function maskCounterparty(cp: Counterparty | null, mayReadProtected: boolean): Counterparty | null {
  if (!cp || !cp.protectedIdentity || mayReadProtected) return cp;
  return { name: 'Skyddad identitet', organisation: null, address: null, email: null, protectedIdentity: true };
}
