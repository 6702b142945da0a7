/**
 * Reads PDFs the way a reader or an auditor would: text per page (pdftotext) and the bookmarks (qpdf --json).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

function withFile<T>(pdf: Buffer, fn: (file: string) => T): T {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'namnd-pdf-test-'));
  try {
    const file = path.join(dir, 'doc.pdf');
    fs.writeFileSync(file, pdf);
    return fn(file);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Text of each page, in order. */
export function pageTexts(pdf: Buffer): string[] {
  return withFile(pdf, (file) => {
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { maxBuffer: 64 * 1024 * 1024 }).toString('utf8');
    const pages = text.split('\f');
    if (pages[pages.length - 1]!.trim() === '') pages.pop();
    return pages;
  });
}

/** Titles of the top-level and nested bookmarks. */
export function bookmarkTitles(pdf: Buffer): string[] {
  return withFile(pdf, (file) => {
    const json = JSON.parse(execFileSync('qpdf', ['--json=2', '--json-key=outlines', file]).toString('utf8')) as { outlines: { title: string; kids: unknown[] }[] };
    const titles: string[] = [];
    const walk = (items: { title: string; kids: unknown[] }[]) => items.forEach((o) => { titles.push(o.title); walk(o.kids as never); });
    walk(json.outlines);
    return titles;
  });
}

export function pdfInfo(pdf: Buffer): Record<string, string> {
  return withFile(pdf, (file) => Object.fromEntries(execFileSync('pdfinfo', [file], { stdio: ['ignore', 'pipe', 'ignore'] }).toString('utf8').split('\n')
    .map((l) => l.split(/:\s+/, 2)).filter((p) => p.length === 2).map(([k, v]) => [k!.trim(), v!.trim()])));
}
