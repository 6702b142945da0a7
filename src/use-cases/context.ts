/**
 * What every use case gets: the database, the acting user, the clock and the file store.
 */
import type { Db } from '../db/client.ts';
import type { Clock } from '../clock.ts';
import type { FileStore } from '../files/store.ts';
import type { Actor } from '../policies/actor.ts';
import type { Mailer } from '../mail/mailer.ts';

export interface Services {
  db: Db; clock: Clock; files: FileStore;
  /** Outgoing mail (notices); absent where nothing is sent, e.g. the CLI. */
  mailer?: Mailer;
  /** Public address of the installation, for links in mail. */
  baseUrl?: string;
  /** Structured log for what a use case cannot report to its caller (e.g. mail after a commit); no personal data. */
  log?: { warn(details: Record<string, unknown>, message: string): void };
}
export interface Ctx extends Services { actor: Actor }
