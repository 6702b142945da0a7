import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
const db = await PGlite.create({ dataDir: '/tmp/pgltest', extensions: { pg_trgm } });
await db.exec('create extension if not exists pg_trgm');
console.log((await db.query("select to_tsvector('swedish','Upphandlingar av laboratorietjänster') v, similarity('KS-2024/00512','KS-2024/512') s")).rows);
