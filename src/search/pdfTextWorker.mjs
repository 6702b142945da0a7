// Extracts the text of PDFs in a worker thread with pdf.js (legacy build, made for Node), so a large file never
// stalls the HTTP event loop. Messages: { id, bytes: Uint8Array, maxChars } → { id, ok, text, pages } | { id, ok: false, message }.
import { parentPort } from 'node:worker_threads';
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

parentPort.on('message', ({ id, bytes, maxChars }) => {
  extract(bytes, maxChars).then(
    ({ text, pages }) => parentPort.postMessage({ id, ok: true, text, pages }),
    (error) => parentPort.postMessage({ id, ok: false, message: error instanceof Error ? error.message : String(error) }),
  );
});
