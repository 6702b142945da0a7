/**
 * Atom 1.0 (RFC 4287) feeds of the public site: the notice board's postings and newly adjusted, published
 * minutes. Entry ids are stable URNs of the posting or minutes row, so a feed reader never shows an entry twice;
 * every link is absolute. Only public facts go in — the same a visitor sees on the linked page — and every text of
 * an entry is masked for personal identity numbers on the way out (R-PUB-2).
 */
import { maskPersonalNumbers } from '../domain/masking.ts';

export interface AtomLink { href: string; type?: string; rel?: 'alternate' | 'related' | 'enclosure' }

export interface AtomEntry {
  id: string;
  title: string;
  updated: Date;
  published?: Date;
  links: AtomLink[];
  summary: string;
  category?: { term: string; label: string };
}

export interface AtomFeed {
  /** Absolute address of the feed itself (also its id). */
  self: string;
  /** Absolute address of the page the feed follows. */
  page: string;
  title: string;
  subtitle: string;
  author: string;
  entries: AtomEntry[];
  /** When nothing is in the feed: the time to give as its `updated`. */
  emptyUpdated: Date;
}

const XML_UNSAFE = /[<>&"'\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;
const ENTITIES: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' };

/** Escapes text for XML content and attributes; characters XML 1.0 forbids are dropped. */
export const xmlText = (text: string): string => text.replace(XML_UNSAFE, (c) => ENTITIES[c] ?? '');

const stamp = (d: Date): string => d.toISOString().replace(/\.\d{3}Z$/, 'Z');

function link(l: AtomLink): string {
  return `<link rel="${l.rel ?? 'alternate'}"${l.type ? ` type="${xmlText(l.type)}"` : ''} href="${xmlText(l.href)}"/>`;
}

function entry(e: AtomEntry): string {
  const text = (s: string): string => xmlText(maskPersonalNumbers(s));
  return [
    '  <entry>',
    `    <id>${xmlText(e.id)}</id>`,
    `    <title type="text">${text(e.title)}</title>`,
    `    <updated>${stamp(e.updated)}</updated>`,
    ...(e.published ? [`    <published>${stamp(e.published)}</published>`] : []),
    ...e.links.map((l) => `    ${link(l)}`),
    ...(e.category ? [`    <category term="${xmlText(e.category.term)}" label="${text(e.category.label)}"/>`] : []),
    `    <summary type="text">${text(e.summary)}</summary>`,
    '  </entry>',
  ].join('\n');
}

/** The feed's last change: its newest entry's. */
export const feedUpdated = (feed: AtomFeed): Date =>
  feed.entries.reduce((latest, e) => (e.updated > latest ? e.updated : latest), feed.entries.length ? new Date(0) : feed.emptyUpdated);

export function renderAtom(feed: AtomFeed): string {
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="sv">',
    `  <id>${xmlText(feed.self)}</id>`,
    `  <title type="text">${xmlText(feed.title)}</title>`,
    `  <subtitle type="text">${xmlText(feed.subtitle)}</subtitle>`,
    `  <updated>${stamp(feedUpdated(feed))}</updated>`,
    `  ${link({ rel: 'alternate', type: 'text/html', href: feed.page })}`,
    `  <link rel="self" type="application/atom+xml" href="${xmlText(feed.self)}"/>`,
    `  <author><name>${xmlText(feed.author)}</name></author>`,
    '  <generator>Nämnd</generator>',
    ...feed.entries.map(entry),
    '</feed>',
    '',
  ].join('\n');
}
