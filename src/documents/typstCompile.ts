/**
 * The Typst compiler itself: templates in `templates/` read their data from `data.json` (so no user text is ever
 * spliced into Typst source) and embedded PDFs from `att/<sha256>.pdf`. Fonts ship with the project. Runs inside
 * the render worker (`typstWorker.ts`); the native compiler is synchronous and would otherwise block requests.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { NodeCompiler } from '@myriaddreamin/typst-ts-node-compiler';

const here = path.dirname(fileURLToPath(import.meta.url));
const workspace = path.join(here, 'templates');
const fontDir = path.resolve(here, '../../assets/fonts');

export type Template = 'report' | 'book' | 'minutes' | 'extract';

export interface CompileRequest {
  template: Template;
  data: unknown;
  /** Embedded PDFs as [sha-256, bytes]. */
  attachments: [string, Uint8Array][];
  standard: 'tagged' | 'pdf-a';
}

export type CompileAnswer = { ok: true; pdf: Uint8Array; pages: number } | { ok: false; message: string };

let compiler: NodeCompiler | undefined;
function getCompiler(): NodeCompiler {
  compiler ??= NodeCompiler.create({
    workspace,
    fontArgs: [{ fontBlobs: fs.readdirSync(fontDir).filter((f) => f.endsWith('.ttf')).map((f) => fs.readFileSync(path.join(fontDir, f))) }],
  });
  return compiler;
}

export function compileDocument(request: CompileRequest): CompileAnswer {
  const c = getCompiler();
  c.resetShadow();
  c.mapShadow(path.join(workspace, 'data.json'), Buffer.from(JSON.stringify(request.data)));
  for (const [sha, bytes] of request.attachments) c.mapShadow(path.join(workspace, 'att', `${sha}.pdf`), Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  const result = c.compile({ mainFilePath: path.join(workspace, `${request.template}.typ`) });
  const error = result.takeError();
  if (error) {
    const messages = (c.fetchDiagnostics(error) as { message: string }[]).map((d) => d.message).join('; ');
    return { ok: false, message: `PDF rendering failed: ${messages}` };
  }
  const doc = result.result!;
  const pdf = c.pdf(doc, request.standard === 'pdf-a' ? { pdfStandard: 'a-2a' } : {});
  c.evictCache(10);
  return { ok: true, pdf: new Uint8Array(pdf), pages: doc.numOfPages };
}
