/**
 * Renders PDFs with Typst. Templates in `templates/` read their data from `data.json` (so no user text is ever
 * spliced into Typst source) and embedded PDFs from `att/<sha256>.pdf`. Fonts ship with the project.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { NodeCompiler } from '@myriaddreamin/typst-ts-node-compiler';

const here = path.dirname(fileURLToPath(import.meta.url));
const workspace = path.join(here, 'templates');
const fontDir = path.resolve(here, '../../assets/fonts');

let compiler: NodeCompiler | undefined;
function getCompiler(): NodeCompiler {
  compiler ??= NodeCompiler.create({
    workspace,
    fontArgs: [{ fontBlobs: fs.readdirSync(fontDir).filter((f) => f.endsWith('.ttf')).map((f) => fs.readFileSync(path.join(fontDir, f))) }],
  });
  return compiler;
}

export interface RenderRequest {
  template: 'report' | 'book' | 'minutes' | 'extract';
  data: unknown;
  /** Embedded PDFs by sha-256. */
  attachments?: ReadonlyMap<string, Buffer>;
  /** Tagged PDF (default) or PDF/A-2a for archival renditions of generated documents. */
  standard?: 'tagged' | 'pdf-a';
}

export interface RenderResult { pdf: Buffer; pages: number }

export class RenderError extends Error {}

/** Compiles one document. Synchronous in the native compiler; callers keep documents small or run it off the request path. */
export function renderPdf(request: RenderRequest): RenderResult {
  const c = getCompiler();
  c.resetShadow();
  c.mapShadow(path.join(workspace, 'data.json'), Buffer.from(JSON.stringify(request.data)));
  for (const [sha, bytes] of request.attachments ?? []) c.mapShadow(path.join(workspace, 'att', `${sha}.pdf`), bytes);
  const result = c.compile({ mainFilePath: path.join(workspace, `${request.template}.typ`) });
  const error = result.takeError();
  if (error) {
    const messages = (c.fetchDiagnostics(error) as { message: string }[]).map((d) => d.message).join('; ');
    throw new RenderError(`PDF rendering failed: ${messages}`);
  }
  const doc = result.result!;
  const pdf = c.pdf(doc, request.standard === 'pdf-a' ? { pdfStandard: 'a-2a' } : {});
  c.evictCache(10);
  return { pdf: Buffer.from(pdf), pages: doc.numOfPages };
}
