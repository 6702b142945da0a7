/**
 * Builds the embedded-store template (see template.ts): initdb and the migrations, in a fresh directory.
 */
import fs from 'node:fs';
import { migrateDatabase, openDatabase } from '../client.ts';
import { templateDir } from './template.ts';

fs.rmSync(templateDir, { recursive: true, force: true });
const database = await openDatabase({ dataDir: templateDir });
await migrateDatabase(database.db);
await database.close();
fs.rmSync(`${templateDir}/namnd.lock`, { force: true });
fs.rmSync(`${templateDir}/run`, { recursive: true, force: true });
console.log(`Embedded store template ready in ${templateDir}`);
