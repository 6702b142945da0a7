/**
 * The render worker: compiles one document per message, in order, off the main thread.
 */
import { parentPort } from 'node:worker_threads';
import { compileDocument, type CompileRequest } from './typstCompile.ts';

parentPort!.on('message', (message: { id: number; request: CompileRequest }) => {
  let answer;
  try {
    answer = compileDocument(message.request);
  } catch (error) {
    answer = { ok: false as const, message: `PDF rendering failed: ${error instanceof Error ? error.message : String(error)}` };
  }
  if (answer.ok) parentPort!.postMessage({ id: message.id, answer }, [answer.pdf.buffer as ArrayBuffer]);
  else parentPort!.postMessage({ id: message.id, answer });
});
