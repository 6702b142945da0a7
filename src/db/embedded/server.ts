/**
 * Child process that owns the embedded PGlite store and serves it over the Postgres wire protocol on a private
 * unix socket, so that queries never block the HTTP event loop and the app uses the same `pg` driver as in
 * production. Started by `startEmbedded`; ends when its parent goes away.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

const [dataDir, socketDir] = process.argv.slice(2);
if (!dataDir || !socketDir) throw new Error('usage: server.ts DATA_DIR SOCKET_DIR');

fs.mkdirSync(socketDir, { recursive: true, mode: 0o700 });
const socketPath = path.join(socketDir, '.s.PGSQL.5432');
fs.rmSync(socketPath, { force: true });

const db = await PGlite.create({ dataDir: path.join(dataDir, 'pg'), extensions: { pg_trgm } });
const server = new PGLiteSocketServer({ db, path: socketPath, maxConnections: 64 });
await server.start();
fs.chmodSync(socketPath, 0o600);

let closing = false;
async function shutdown(code: number): Promise<void> {
  if (closing) return;
  closing = true;
  try {
    await server.stop();
    await db.close();
  } finally {
    fs.rmSync(socketPath, { force: true });
    process.exit(code);
  }
}

process.on('message', (message) => {
  if (message === 'close') void shutdown(0);
});
process.on('disconnect', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));
process.on('SIGINT', () => void shutdown(0));
process.send?.({ ready: true });
