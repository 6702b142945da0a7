/**
 * The `namnd` command: serve, migrate, demo, user create, import cases, backup.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import { loadConfig } from '../config.ts';
import { migrateDatabase, openDatabase, type Database } from '../db/client.ts';
import { serve, fileRoot } from '../http/server.ts';
import { FileStore } from '../files/store.ts';
import { systemClock } from '../clock.ts';
import { createMailer } from '../mail/mailer.ts';
import { ensureBody, firstBody } from './body.ts';
import { insertUser } from '../use-cases/users.ts';
import { importCases } from '../use-cases/importCases.ts';
import { ROLES } from '../policies/actor.ts';
import { AppError } from '../domain/errors.ts';
import { backupEmbedded } from './backup.ts';

const config = loadConfig();

async function withDatabase<T>(fn: (database: Database) => Promise<T>): Promise<T> {
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, poolSize: 4 });
  try {
    await migrateDatabase(database.db);
    return await fn(database);
  } finally {
    await database.close();
  }
}

const program = new Command('namnd').description('Nämnd — diarium, sammanträden och protokoll för kommuner');

program.command('serve').description('start the server (PORT, DATA_DIR, DATABASE_URL, BASE_URL)')
  .option('--demo', 'load the demo municipality if the database is empty')
  .action(async (opts: { demo?: boolean }) => serve(config, { loadDemoIfEmpty: opts.demo === true }));

program.command('migrate').description('apply database migrations').action(async () => {
  await withDatabase(async () => console.log('Migrations applied.'));
});

program.command('demo').description('load the demo municipality (Umeå kommun) into an empty database').action(async () => {
  await withDatabase(async (database) => {
    const { loadDemoIfEmpty } = await import('../demo/load.ts');
    const services = {
      db: database.db, clock: systemClock, files: new FileStore(fileRoot(config)), baseUrl: config.baseUrl,
      mailer: createMailer({ smtpUrl: config.smtpUrl, outboxDir: path.join(config.dataDir, 'outbox') }),
    };
    const printed = await loadDemoIfEmpty(services);
    console.log(printed ?? 'The database is not empty: demo data was not loaded.');
    if (printed) {
      const { loadDemoOutcome } = await import('../demo/outcome.ts');
      const done = await loadDemoOutcome(services);
      if (done) console.log(done);
    }
  });
});

const user = program.command('user').description('staff accounts');
user.command('create').description('create a staff account (the first admin of a new installation)')
  .requiredOption('--username <name>').requiredOption('--display-name <name>')
  .option('--password <password>', 'password (or set NAMND_PASSWORD)')
  .option('--role <role...>', `roles: ${ROLES.join(', ')}`, ['admin'])
  .option('--email <email>')
  .option('--body <name>', 'municipality name, when the database has none yet', 'Kommunen')
  .action(async (opts: { username: string; displayName: string; password?: string; role: string[]; email?: string; body: string }) => {
    await withDatabase(async (database) => {
      const bodyId = await ensureBody(database.db, opts.body);
      await database.db.transaction((tx) => insertUser(tx, bodyId, null, {
        username: opts.username, displayName: opts.displayName, email: opts.email, password: opts.password ?? process.env.NAMND_PASSWORD, roles: opts.role,
      }));
      console.log(`Created user ${opts.username} (${opts.role.join(', ')}).`);
    });
  });

const imp = program.command('import').description('bulk imports');
imp.command('cases').description('import an existing diarium from CSV: all rows or none')
  .requiredOption('--csv <file>', `CSV with a header row; columns: number,title,publicTitle,openedAt,status,closedAt,classificationCode,caseOfficer`)
  .action(async (opts: { csv: string }) => {
    const text = fs.readFileSync(opts.csv, 'utf8');
    await withDatabase(async (database) => {
      const bodyId = await firstBody(database.db);
      const result = await importCases(database.db, bodyId, null, text);
      if (result.ok) {
        console.log(`Imported ${result.imported} cases.`);
        return;
      }
      console.error(`Nothing was imported: ${result.errors.length} error(s).`);
      for (const e of result.errors) console.error(`row ${e.row}: ${e.field}: ${e.message}`);
      process.exitCode = 1;
    });
  });

program.command('backup').description('dump the embedded store and its files into a folder (stop the server first)')
  .option('--out <dir>', 'target folder', `namnd-backup-${new Date().toISOString().slice(0, 16).replace(/[:T]/g, '')}`)
  .action(async (opts: { out: string }) => {
    if (config.databaseUrl) {
      console.error('DATABASE_URL is set: back up the PostgreSQL server with pg_dump, and the FILES_DIR folder with your file backup.');
      process.exitCode = 1;
      return;
    }
    console.log(await backupEmbedded(config.dataDir, fileRoot(config), opts.out));
  });

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof AppError) {
    console.error(`${error.message}`);
    for (const e of error.errors) console.error(`  ${e.field}: ${e.message}`);
  } else {
    console.error((error as Error).message);
  }
  process.exitCode = 1;
}
