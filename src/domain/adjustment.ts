/**
 * Adjustment (justering) of the minutes: the deadline and its warning (R-JUST-1), who must sign, the signing
 * state machine draft → signing → adjusted with rejection back to draft (R-JUST-4), signatures bound to the
 * SHA-256 of the PDF the signer saw, and the freeze once adjusted (R-JUST-3).
 */

export const MINUTES_STATES = ['draft', 'signing', 'adjusted'] as const;
export type MinutesState = (typeof MINUTES_STATES)[number];

/** KL 5:69, 6:35: within 14 days of the meeting. */
export const ADJUSTMENT_DAYS = 14;
/** From this many days before the deadline, the view warns. */
export const SOON_DAYS = 3;

export type DeadlineLevel = 'ok' | 'soon' | 'overdue' | 'adjusted' | 'adjusted_late';

export interface DeadlineStatus {
  deadline: string;
  /** Calendar days from today to the deadline (negative when passed); null once adjusted. */
  daysLeft: number | null;
  level: DeadlineLevel;
  /** Swedish, for the view. */
  message: string;
}

const dayNumber = (iso: string): number => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;
const isoOf = (day: number): string => new Date(day * 86_400_000).toISOString().slice(0, 10);

/** Adds calendar days to an ISO date (Swedish calendar dates, no time zone involved). */
export function addDays(iso: string, days: number): string {
  return isoOf(dayNumber(iso) + days);
}

/** R-JUST-1: the last day the minutes may be adjusted. */
export const adjustmentDeadline = (meetingDate: string): string => addDays(meetingDate, ADJUSTMENT_DAYS);

/**
 * R-JUST-1: the deadline and how urgent it is. `today` and `adjustedOn` are calendar dates in Sweden
 * (see `swedishDate`).
 */
export function deadlineStatus(meetingDate: string, today: string, adjustedOn: string | null = null): DeadlineStatus {
  const deadline = adjustmentDeadline(meetingDate);
  if (adjustedOn) {
    const late = adjustedOn > deadline;
    return {
      deadline, daysLeft: null, level: late ? 'adjusted_late' : 'adjusted',
      message: late ? `Justerat ${adjustedOn}, efter sista dag ${deadline}.` : `Justerat ${adjustedOn}.`,
    };
  }
  const daysLeft = dayNumber(deadline) - dayNumber(today);
  if (daysLeft < 0) return { deadline, daysLeft, level: 'overdue', message: `Protokollet skulle ha justerats senast ${deadline} (14 dagar efter sammanträdet).` };
  if (daysLeft <= SOON_DAYS) {
    const when = daysLeft === 0 ? 'i dag' : daysLeft === 1 ? 'i morgon' : `om ${daysLeft} dagar`;
    return { deadline, daysLeft, level: 'soon', message: `Protokollet ska justeras senast ${deadline} (${when}).` };
  }
  return { deadline, daysLeft, level: 'ok', message: `Protokollet ska justeras senast ${deadline}.` };
}

export type SignerRole = 'chair' | 'adjuster';
export interface Signer { personId: string; role: SignerRole }

/**
 * Who must sign: the chair and the chosen adjusters (a person is listed once, as chair if both). Returns the
 * signers or a Swedish problem naming what is missing.
 */
export function requiredSigners(chairPersonId: string | null, adjusterPersonIds: readonly string[]): { signers: Signer[]; problem: string | null } {
  if (!chairPersonId) return { signers: [], problem: 'Ordförande för sammanträdet är inte angiven.' };
  const adjusters = [...new Set(adjusterPersonIds)].filter((id) => id !== chairPersonId);
  if (adjusters.length === 0) return { signers: [{ personId: chairPersonId, role: 'chair' }], problem: 'Ingen justerare är vald.' };
  return { signers: [{ personId: chairPersonId, role: 'chair' }, ...adjusters.map((personId): Signer => ({ personId, role: 'adjuster' }))], problem: null };
}

export interface SignatureFact { personId: string; version: number; decision: 'signed' | 'rejected'; pdfSha256: string }

export interface SigningProgress { signed: Signer[]; pending: Signer[]; complete: boolean }

/** Only signatures of the current version on the current PDF count (R-JUST-4: a new version restarts signing). */
export function signingProgress(signers: readonly Signer[], facts: readonly SignatureFact[], version: number, pdfSha256: string): SigningProgress {
  const done = new Set(facts.filter((f) => f.version === version && f.decision === 'signed' && f.pdfSha256 === pdfSha256).map((f) => f.personId));
  const signed = signers.filter((s) => done.has(s.personId));
  const pending = signers.filter((s) => !done.has(s.personId));
  return { signed, pending, complete: signers.length > 0 && pending.length === 0 };
}

export type MinutesAction = 'generate' | 'send' | 'sign' | 'reject' | 'dispatch';

/**
 * The state machine. Returns the next state or a Swedish problem (as a conflict). Adjusted minutes are
 * frozen (R-JUST-3): every change is refused. Regenerating during signing takes the minutes back to draft
 * (the old signatures bind to the old PDF and no longer count).
 */
export function nextState(state: MinutesState, action: MinutesAction, opts: { complete?: boolean } = {}): { state: MinutesState } | { problem: string } {
  if (action === 'dispatch') return state === 'adjusted' ? { state } : { problem: 'Protokollet är inte justerat; utdrag kan expedieras först efter justeringen.' };
  if (state === 'adjusted') return { problem: 'Protokollet är justerat och kan inte ändras. Rättelser görs i en ny handling som hänvisar till protokollet.' };
  switch (action) {
    case 'generate': return { state: 'draft' };
    case 'send': return state === 'draft' ? { state: 'signing' } : { problem: 'Protokollet är redan skickat för justering.' };
    case 'sign': return state === 'signing' ? { state: opts.complete ? 'adjusted' : 'signing' } : { problem: 'Protokollet är inte skickat för justering.' };
    case 'reject': return state === 'signing' ? { state: 'draft' } : { problem: 'Protokollet är inte skickat för justering.' };
  }
}

export interface SignAttempt {
  state: MinutesState;
  version: number;
  currentSha256: string;
  /** The hash of the PDF the signer saw. */
  presentedSha256: string;
  personId: string | null;
  signers: readonly Signer[];
  facts: readonly SignatureFact[];
}

/**
 * Checks a signature or rejection attempt. `code` says how the refusal is answered: `forbidden` when the
 * person is not a signer, `conflict` when the PDF changed or the state does not allow it.
 */
export function checkSignAttempt(a: SignAttempt, action: 'sign' | 'reject'): { role: SignerRole } | { code: 'forbidden' | 'conflict' | 'validation'; problem: string } {
  const step = nextState(a.state, action);
  if ('problem' in step) return { code: 'conflict', problem: step.problem };
  if (!a.personId) return { code: 'forbidden', problem: 'Ditt konto är inte kopplat till en förtroendevald; bara ordföranden och de valda justerarna kan justera.' };
  const signer = a.signers.find((s) => s.personId === a.personId);
  if (!signer) return { code: 'forbidden', problem: 'Du är inte ordförande eller vald justerare för detta sammanträde.' };
  if (!/^[0-9a-f]{64}$/.test(a.presentedSha256)) return { code: 'validation', problem: 'sha256: ange kontrollsumman (SHA-256) för den PDF du har läst' };
  if (a.presentedSha256 !== a.currentSha256) {
    return { code: 'conflict', problem: `Protokollet har ändrats sedan du öppnade det (nu version ${a.version}). Läs den aktuella versionen innan du justerar.` };
  }
  if (a.facts.some((f) => f.personId === a.personId && f.version === a.version && f.decision === 'signed')) {
    return { code: 'conflict', problem: `Du har redan justerat version ${a.version} av protokollet.` };
  }
  return { role: signer.role };
}
