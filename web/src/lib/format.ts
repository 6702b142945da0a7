// Display helpers: Swedish date format (YYYY-MM-DD, Europe/Stockholm), sizes, collation.

const TIME_ZONE = 'Europe/Stockholm';

const dateParts = new Intl.DateTimeFormat('sv-SE', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});
const timeParts = new Intl.DateTimeFormat('sv-SE', {
  timeZone: TIME_ZONE,
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function isoDate(date: Date): string {
  const parts = Object.fromEntries(dateParts.formatToParts(date).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** `2024-05-13` for a date or timestamp; a plain `YYYY-MM-DD` passes through unchanged. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '';
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : isoDate(date);
}

/** `2024-05-13 14:05` in Swedish time. */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return `${isoDate(date)} ${timeParts.format(date)}`;
}

/** Today's date in Sweden as `YYYY-MM-DD`. */
export function todayIso(): string {
  return isoDate(new Date());
}

export function formatBytes(size: number, locale: string): string {
  const units = ['B', 'kB', 'MB', 'GB'];
  let value = size;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  const digits = unit === 0 || value >= 10 ? 0 : 1;
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value)} ${units[unit]}`;
}

const collator = new Intl.Collator('sv', { sensitivity: 'base', numeric: true });

/** Returns a copy sorted by `key` with Swedish collation (å, ä, ö after z). */
export function sortBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  return [...items].sort((a, b) => collator.compare(key(a), key(b)));
}

export function personName(person: { givenName: string; familyName: string }): string {
  return `${person.givenName} ${person.familyName}`.trim();
}

/** Renders an actor that may be a name, an object with `displayName`, or missing. */
export function actorName(actor: unknown): string {
  if (typeof actor === 'string') return actor;
  if (actor && typeof actor === 'object' && 'displayName' in actor) return String(actor.displayName);
  return '';
}

/** A compact, readable rendering of free-form event details (`key: value; …`). */
export function detailsText(details: unknown): string {
  if (details === null || details === undefined) return '';
  if (typeof details !== 'object') return String(details);
  if (Array.isArray(details)) return details.map(detailsText).join(', ');
  return Object.entries(details as Record<string, unknown>)
    .filter(([, value]) => value !== null && value !== undefined && value !== '')
    .map(([key, value]) => `${key}: ${typeof value === 'object' ? JSON.stringify(value) : String(value)}`)
    .join('; ');
}

/** Short file type from the name (`PDF`) or, failing that, the media type. */
export function fileTypeLabel(name: string, mediaType: string): string {
  const ext = /\.([a-z0-9]{1,5})$/i.exec(name)?.[1];
  if (ext) return ext.toUpperCase();
  return mediaType.split('/').pop()?.toUpperCase() ?? '';
}
