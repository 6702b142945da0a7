/**
 * Rich text of official reports: sanitised to a small HTML subset (headings, paragraphs, lists, tables,
 * emphasis, links) and converted to Typst markup for the PDF. Anything else — scripts, styles, event handlers,
 * unknown tags — is dropped.
 */
import sanitizeHtml from 'sanitize-html';
import { parseDocument } from 'htmlparser2';
import type { ChildNode, Element } from 'domhandler';

const ALLOWED = ['h2', 'h3', 'h4', 'p', 'br', 'ul', 'ol', 'li', 'strong', 'b', 'em', 'i', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'a'];

export function sanitizeRichText(html: string): string {
  return sanitizeHtml(html, {
    allowedTags: ALLOWED,
    allowedAttributes: { a: ['href'], th: ['colspan', 'scope'], td: ['colspan'] },
    allowedSchemes: ['https', 'http', 'mailto'],
    disallowedTagsMode: 'discard',
  }).trim();
}

/** Escapes text for Typst markup. */
export function typstText(text: string): string {
  return text.replace(/[\\#*_`$<>@=\-+/[\]~"']/g, (c) => `\\${c}`).replace(/\s+/g, ' ');
}

const typstString = (text: string): string => `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

function inline(nodes: ChildNode[]): string {
  return nodes.map((n) => {
    if (n.type === 'text') return typstText(n.data);
    if (n.type !== 'tag') return '';
    const el = n as Element;
    const inner = inline(el.children);
    switch (el.name) {
      case 'strong': case 'b': return inner.trim() ? `#strong[${inner}]` : '';
      case 'em': case 'i': return inner.trim() ? `#emph[${inner}]` : '';
      case 'br': return '#linebreak()';
      case 'a': return el.attribs.href ? `#link(${typstString(el.attribs.href)})[${inner}]` : inner;
      default: return inner;
    }
  }).join('');
}

function cells(row: Element): { text: string; header: boolean; span: number }[] {
  return row.children.filter((c): c is Element => c.type === 'tag' && (c.name === 'td' || c.name === 'th'))
    .map((c) => ({ text: inline(c.children).trim(), header: c.name === 'th', span: Number(c.attribs.colspan) || 1 }));
}

function table(el: Element): string {
  const rows: Element[] = [];
  const collect = (parent: Element) => parent.children.forEach((c) => {
    if (c.type !== 'tag') return;
    const e = c as Element;
    if (e.name === 'tr') rows.push(e); else if (e.name === 'thead' || e.name === 'tbody') collect(e);
  });
  collect(el);
  const grid = rows.map(cells);
  const columns = Math.max(1, ...grid.map((r) => r.reduce((n, c) => n + c.span, 0)));
  const headerRows = grid.findIndex((r) => !r.every((c) => c.header));
  const renderRow = (r: { text: string; span: number }[]) => r.map((c) => (c.span > 1 ? `table.cell(colspan: ${c.span})[${c.text}]` : `[${c.text}]`)).join(', ');
  const head = headerRows > 0 ? `table.header(${grid.slice(0, headerRows).map(renderRow).join(', ')}), ` : '';
  const body = grid.slice(Math.max(headerRows, 0)).map(renderRow).filter(Boolean).join(',\n  ');
  return `#table(columns: ${columns}, ${head}\n  ${body})\n`;
}

function block(nodes: ChildNode[]): string {
  return nodes.map((n) => {
    if (n.type === 'text') return n.data.trim() ? `${typstText(n.data)}\n\n` : '';
    if (n.type !== 'tag') return '';
    const el = n as Element;
    switch (el.name) {
      case 'h2': return `#heading(level: 3)[${inline(el.children)}]\n`;
      case 'h3': case 'h4': return `#heading(level: 4)[${inline(el.children)}]\n`;
      case 'p': return `${inline(el.children)}\n\n`;
      case 'ul': case 'ol': {
        const marker = el.name === 'ul' ? '-' : '+';
        const items = el.children.filter((c): c is Element => c.type === 'tag' && c.name === 'li').map((li) => `${marker} ${inline(li.children).trim()}`);
        return `${items.join('\n')}\n\n`;
      }
      case 'table': return table(el);
      default: return `${inline(el.children)}\n\n`;
    }
  }).join('');
}

/** Typst markup for sanitised rich text. */
export function richTextToTypst(html: string): string {
  return block(parseDocument(sanitizeRichText(html)).children);
}

/** Plain text of rich text (search, previews). */
export function richTextToPlain(html: string): string {
  return sanitizeHtml(html, { allowedTags: [], allowedAttributes: {} }).replace(/\s+/g, ' ').trim();
}
