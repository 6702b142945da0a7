/**
 * The in-process job that sends the annual cycle's reminders: at server start it catches up (what became due
 * while the server was down is sent, once), then it looks again every `intervalMs` (default: an hour). Runs never
 * overlap; sending is idempotent (see `sendDueReminders`), so several processes may run it.
 */
import type { Services } from '../context.ts';
import { sendDueReminders } from './reminders.ts';

export interface ReminderJobLog { info(obj: object, msg: string): void; warn(obj: object, msg: string): void }

export class AnnualReminderJob {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<number> | null = null;
  private stopped = false;

  constructor(private readonly services: Services, private readonly options: { intervalMs?: number; log?: ReminderJobLog } = {}) {}

  /** Sends what is due now; a run already going is awaited instead of starting another. */
  runOnce(): Promise<number> {
    if (this.stopped) return Promise.resolve(0);
    this.running ??= sendDueReminders(this.services).finally(() => { this.running = null; });
    return this.running;
  }

  start(): void {
    const run = () => this.runOnce().then(
      (n) => { if (n) this.options.log?.info({ reminders: n }, 'annual cycle reminders sent'); },
      (error: unknown) => this.options.log?.warn({ err: error }, 'annual cycle reminders could not be sent'),
    );
    void run();
    this.timer = setInterval(() => void run(), this.options.intervalMs ?? 60 * 60_000);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.running?.catch(() => undefined);
  }
}
