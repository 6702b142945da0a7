/**
 * Clean-up that also runs when a benchmark is interrupted (Ctrl-C, SIGTERM): stops the servers it started and
 * drops the databases it created.
 */
import { log } from './report.ts';

const tasks: (() => Promise<void>)[] = [];
let installed = false;

/** Registers a clean-up step; call the returned function once the step has run normally. */
export function onInterrupt(task: () => Promise<void>): () => void {
  if (!installed) {
    installed = true;
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
      process.once(signal, () => {
        log(`${signal}: cleaning up…`);
        void (async () => {
          for (const t of tasks.splice(0).reverse()) await t().catch((error: unknown) => log(String(error)));
          process.exit(130);
        })();
      });
    }
  }
  tasks.push(task);
  return () => {
    const i = tasks.indexOf(task);
    if (i >= 0) tasks.splice(i, 1);
  };
}
