// The untrusted-file worker: reads uploaded files (spreadsheets, PDFs, office containers) off the HTTP event loop.
// It runs inside resource limits set by its parent (heap size) and is ended by the parent after a deadline, so a
// hostile file costs at most one worker's time and memory. The tasks are TypeScript (tasks.ts, which share the
// domain's rules), loaded through tsx. Messages: { id, task, name, bytes: Uint8Array, limits, extra } →
// { id, ok: true, result } | { id, ok: false, error: { code, message, limit } }.
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { TASKS } = await import('./tasks.ts');
const { UntrustedFileError } = await import('./limits.ts');

parentPort.on('message', async ({ id, task, name, bytes, limits, extra }) => {
  try {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const result = await TASKS[task](name, buffer, limits, extra);
    parentPort.postMessage({ id, ok: true, result });
  } catch (error) {
    const known = error instanceof UntrustedFileError;
    parentPort.postMessage({
      id, ok: false,
      error: known ? { code: error.code, message: error.message, limit: error.limit } : { code: 'unsupported_media_type', message: `${name} kan inte läsas.` },
    });
  }
});
parentPort.postMessage({ ready: true });
