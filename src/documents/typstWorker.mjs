// The render worker: compiles one Typst document per message, in order, off the main thread. Plain JavaScript, so
// the worker starts without a TypeScript loader. Templates in `templates/` read their data from `data.json` (no
// user text is ever spliced into Typst source) and embedded PDFs from `att/<sha256>.pdf`; fonts ship with the
// project. Messages: { id, request: { template, data, attachments: [sha, bytes][], standard } } →
// { id, answer: { ok: true, pdf, pages } | { ok: false, message } }.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parentPort } from 'node:worker_threads';
import { NodeCompiler } from '@myriaddreamin/typst-ts-node-compiler';

const here = path.dirname(fileURLToPath(import.meta.url));
const workspace = path.join(here, 'templates');
const fontDir = path.resolve(here, '../../assets/fonts');

let compiler;
function getCompiler() {
  compiler ??= NodeCompiler.create({
    workspace,
    fontArgs: [{ fontBlobs: fs.readdirSync(fontDir).filter((f) => f.endsWith('.ttf')).map((f) => fs.readFileSync(path.join(fontDir, f))) }],
  });
  return compiler;
}

function compileDocument(request) {
  const c = getCompiler();
  c.resetShadow();
  c.mapShadow(path.join(workspace, 'data.json'), Buffer.from(JSON.stringify(request.data)));
  for (const [sha, bytes] of request.attachments) c.mapShadow(path.join(workspace, 'att', `${sha}.pdf`), Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  const result = c.compile({ mainFilePath: path.join(workspace, `${request.template}.typ`) });
  const error = result.takeError();
  if (error) {
    const messages = c.fetchDiagnostics(error).map((d) => d.message).join('; ');
    return { ok: false, message: `PDF rendering failed: ${messages}` };
  }
  const doc = result.result;
  const pdf = c.pdf(doc, request.standard === 'pdf-a' ? { pdfStandard: 'a-2a' } : {});
  c.evictCache(10);
  return { ok: true, pdf: new Uint8Array(pdf), pages: doc.numOfPages };
}

parentPort.on('message', (message) => {
  let answer;
  try {
    answer = compileDocument(message.request);
  } catch (error) {
    answer = { ok: false, message: `PDF rendering failed: ${error instanceof Error ? error.message : String(error)}` };
  }
  if (answer.ok) parentPort.postMessage({ id: message.id, answer }, [answer.pdf.buffer]);
  else parentPort.postMessage({ id: message.id, answer });
});
