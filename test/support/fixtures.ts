/**
 * A small municipality for use-case tests: one body, organs KS and KSNAU (a sub-committee of KS), a KS registry
 * with the default number formats, and staff accounts with the roles and per-organ access each test needs.
 * Every account is returned as a ready use-case context (`Ctx`).
 */
import { afterAll, beforeAll } from 'vitest';
import { sql } from 'drizzle-orm';
import type { Executor } from '../../src/db/client.ts';
import { bodies, organs, registries } from '../../src/db/schema/index.ts';
import { insertUser } from '../../src/use-cases/users.ts';
import { actorOf, loadUserView } from '../../src/use-cases/sessions.ts';
import type { Ctx, Services } from '../../src/use-cases/context.ts';
import type { Role } from '../../src/policies/actor.ts';
import { swedishDate } from '../../src/domain/dates.ts';
import { fixedClock, type Clock } from '../../src/clock.ts';
import type { TestBackend, TestDb } from './backends.ts';

/** The instant database tests run at, so numbers (KS-2024/…) and date rules are deterministic. */
export const TEST_NOW = '2024-05-20T10:00:00Z';
export const testClock = (): Clock => fixedClock(TEST_NOW);

/**
 * Opens one database of `backend` for the enclosing describe block and closes it afterwards. The returned
 * object's `db` is available inside tests and hooks that run after the block's own beforeAll.
 */
export function useDatabase(backend: TestBackend, clock: Clock = testClock()): { readonly db: TestDb; readonly services: Services } {
  let current: TestDb | undefined;
  beforeAll(async () => { current = await backend.open(clock); });
  afterAll(async () => { await current?.close(); });
  return {
    get db() { if (!current) throw new Error('database not open yet'); return current; },
    get services() { if (!current) throw new Error('database not open yet'); return current.services; },
  };
}

export type OrganCode = 'KS' | 'KSNAU';

export interface UserSpec {
  roles: Role[];
  /** Organs the user works in; `secret: true` grants reading that organ's secret-marked documents (R-REG-6). */
  access?: { organ: OrganCode; secret: boolean }[];
  protectedDataAccess?: boolean;
}

/** The accounts every fixture has unless a test asks for others. */
export const DEFAULT_USERS = {
  /** Registrar with secret access in KS and KSNAU and protected-data access. */
  registrar: { roles: ['registrar'], access: [{ organ: 'KS', secret: true }, { organ: 'KSNAU', secret: true }], protectedDataAccess: true },
  /** Registrar in the same organs without any secret or protected-data access. */
  registrar2: { roles: ['registrar'], access: [{ organ: 'KS', secret: false }, { organ: 'KSNAU', secret: false }] },
  /** Registrar with secret access in KS only. */
  ksOnly: { roles: ['registrar'], access: [{ organ: 'KS', secret: true }, { organ: 'KSNAU', secret: false }] },
  officer: { roles: ['case_officer'], access: [{ organ: 'KS', secret: false }] },
  auditor: { roles: ['auditor'], access: [{ organ: 'KS', secret: false }] },
  admin: { roles: ['admin'] },
} satisfies Record<string, UserSpec>;

export type DefaultUser = keyof typeof DEFAULT_USERS;

export interface Fixture {
  bodyId: string;
  organs: Record<OrganCode, string>;
  registryId: string;
  /** Today's date in Sweden, as the use cases see it. */
  today: string;
  /** Context of one of the fixture's accounts. */
  as(username: DefaultUser | string): Ctx;
  userId(username: DefaultUser | string): string;
}

/** Creates the municipality in the database of `services`; returns contexts for each account. */
export async function createFixture(services: Services, users: Record<string, UserSpec> = DEFAULT_USERS): Promise<Fixture> {
  const { db } = services;
  const code = `T${Math.random().toString(36).slice(2, 8).toUpperCase()}`;
  const [body] = await db.insert(bodies).values({ code, name: `Testkommun ${code}` }).returning({ id: bodies.id });
  const bodyId = body!.id;
  const [ks] = await db.insert(organs).values({ bodyId, code: 'KS', name: 'Kommunstyrelsen', kind: 'executive_board' }).returning({ id: organs.id });
  const [ksnau] = await db.insert(organs).values({ bodyId, code: 'KSNAU', name: 'Arbetsutskottet', kind: 'sub_committee', parentId: ks!.id }).returning({ id: organs.id });
  const organIds: Record<OrganCode, string> = { KS: ks!.id, KSNAU: ksnau!.id };
  // Default formats come from the column defaults: {series}-{year}/{seq:5} and {case}-{n}.
  const [registry] = await db.insert(registries).values({ bodyId, code: 'KS', name: 'Kommunstyrelsens diarium', organId: ks!.id }).returning({ id: registries.id });

  const contexts = new Map<string, Ctx>();
  for (const [username, spec] of Object.entries(users)) {
    const id = await db.transaction((tx) => insertUser(tx, bodyId, null, {
      username, displayName: `Test ${username}`, password: 'longpassword1', roles: spec.roles,
      organAccess: (spec.access ?? []).map((a) => ({ organId: organIds[a.organ], secret: a.secret })),
      protectedDataAccess: spec.protectedDataAccess === true,
    }));
    const view = (await loadUserView(db, id))!;
    contexts.set(username, { ...services, actor: actorOf(view, bodyId) });
  }
  const as = (username: string): Ctx => {
    const ctx = contexts.get(username);
    if (!ctx) throw new Error(`no fixture user ${username}`);
    return ctx;
  };
  return {
    bodyId, organs: organIds, registryId: registry!.id, today: swedishDate(services.clock.now()),
    as, userId: (username) => as(username).actor.userId,
  };
}

/** Metadata of a valid incoming letter; `overrides` replace top-level fields. */
export function letter(fx: Fixture, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    newCase: { registryId: fx.registryId, title: 'Skrivelse om gatubelysning' },
    kind: 'letter', direction: 'incoming', registeredDate: fx.today,
    description: 'Skrivelse om gatubelysning på Storgatan',
    counterparty: { name: 'Anna Andersson', organisation: null, address: 'Storgatan 1, 901 00 Umeå', email: 'anna@example.se', protectedIdentity: false },
    ...overrides,
  };
}

/** Number of rows in each table (for "nothing changed" checks). */
export async function countRows(db: Executor, tables: string[] = ['cases', 'documents', 'secrecy_marks', 'files', 'audit_events', 'case_counters']): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const result = await db.execute<{ n: number }>(sql.raw(`SELECT count(*)::int AS n FROM ${table}`));
    counts[table] = Number(result.rows[0]!.n);
  }
  return counts;
}

/** The last allocated case sequence of a registry and year, or 0. */
export async function counterValue(db: Executor, registryId: string, year: number): Promise<number> {
  const result = await db.execute<{ last_seq: number }>(sql`SELECT last_seq FROM case_counters WHERE registry_id = ${registryId} AND year = ${year}`);
  return result.rows[0] ? Number(result.rows[0].last_seq) : 0;
}

/** Runs `fn` and returns the AppError code it raised (or fails when it did not raise). */
export async function errorOf(fn: () => Promise<unknown>): Promise<{ code: string; message: string; errors: { field: string; message: string }[] }> {
  try {
    await fn();
  } catch (error) {
    const e = error as { code?: string; message: string; errors?: { field: string; message: string }[] };
    return { code: e.code ?? 'thrown', message: e.message, errors: e.errors ?? [] };
  }
  throw new Error('expected the call to fail, but it succeeded');
}
