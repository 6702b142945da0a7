// Extracts the text of PDFs with pdf.js (legacy build, made for Node) in a child process of the server, at low
// priority, so a large file never stalls the HTTP event loop. Messages over the IPC channel (advanced
// serialisation): { id, bytes: Uint8Array, maxChars } → { id, ok, text, pages } | { id, ok: false, message }.
// The process ends when the server goes away (its channel closes).
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** Text of one page: items in reading order, a line break where pdf.js ends a line. */
async function pageText(page) {
  const content = await page.getTextContent();
  let text = '';
  for (const item of content.items) {
    if (typeof item.str !== 'string') continue;
    text += item.str;
    text += item.hasEOL ? '\n' : (item.str.endsWith(' ') || item.str === '' ? '' : ' ');
  }
  return text;
}

async function extract(bytes, maxChars) {
  const task = getDocument({ data: bytes, isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0, stopAtErrors: false });
  const doc = await task.promise;
  try {
    const parts = [];
    let length = 0;
    for (let n = 1; n <= doc.numPages && length < maxChars; n++) {
      const page = await doc.getPage(n);
      const text = await pageText(page);
      page.cleanup();
      parts.push(text);
      length += text.length;
    }
    return { text: parts.join('\n\f\n'), pages: doc.numPages };
  } finally {
    await task.destroy();
  }
}

process.on('message', ({ id, bytes, maxChars }) => {
  extract(bytes, maxChars).then(
    ({ text, pages }) => process.send?.({ id, ok: true, text, pages }),
    (error) => process.send?.({ id, ok: false, message: error instanceof Error ? error.message : String(error) }),
  );
});
process.on('disconnect', () => process.exit(0));
