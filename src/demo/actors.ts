/**
 * Acting as a demo account with a clock of our choosing: the demo's outcome is produced through the use cases,
 * each step at the moment it happened (a settable clock), by the account that would have done it.
 */
import { eq } from 'drizzle-orm';
import * as t from '../db/schema/index.ts';
import { actorOf, loadUserView } from '../use-cases/sessions.ts';
import type { Ctx, Services } from '../use-cases/context.ts';
import type { Clock } from '../clock.ts';

/** A clock that stays where it was last set. */
export interface SettableClock extends Clock { set(iso: string | Date): void }

export function settableClock(start: string | Date): SettableClock {
  let at = new Date(start);
  return { now: () => new Date(at), set: (iso) => { at = new Date(iso); } };
}

export interface DemoActors {
  bodyId: string;
  /** The context of a demo account (by username), on the given clock. */
  as(username: string, clock: Clock): Ctx;
  /** Person id by demo person key ("mikael.holmberg"). */
  person(key: string): string;
}

const keyOf = (givenName: string, familyName: string): string => `${givenName}.${familyName}`
  .toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z.]/g, '');

export async function demoActors(services: Services): Promise<DemoActors> {
  const [body] = await services.db.select({ id: t.bodies.id }).from(t.bodies).limit(1);
  if (!body) throw new Error('The demo municipality is not loaded.');
  const users = await services.db.select({ id: t.users.id, username: t.users.username }).from(t.users).where(eq(t.users.bodyId, body.id));
  const actors = new Map<string, Ctx['actor']>();
  for (const u of users) {
    const view = await loadUserView(services.db, u.id);
    if (view) actors.set(u.username, actorOf(view, body.id));
  }
  const people = await services.db.select({ id: t.people.id, given: t.people.givenName, family: t.people.familyName }).from(t.people).where(eq(t.people.bodyId, body.id));
  const personId = new Map(people.map((p) => [keyOf(p.given, p.family), p.id]));
  return {
    bodyId: body.id,
    as(username, clock) {
      const actor = actors.get(username);
      if (!actor) throw new Error(`no demo account ${username}`);
      return { ...services, clock, actor };
    },
    person(key) {
      const id = personId.get(key);
      if (!id) throw new Error(`no demo person ${key}`);
      return id;
    },
  };
}
