/**
 * The PouchDB peer's server, run as its own process (as wrangler dev is for Readalong), so it
 * does not share the client's thread: `express-pouchdb` over `pouchdb-adapter-memory`, holding
 * the database `progress` with the same registers as Readalong's account (one document per
 * register: its key as `_id`, its value, stamp and merge rule). Prints `{"port":N}` once ready.
 *   node --import tsx bench/sync/pouch-server.ts <count> <logDir>
 */
import { join } from 'node:path';
import { couchApp, loadPouchDB } from './pouchdb';
import { realisticRegisters } from './realistic-registers';

const count = Number(process.argv[2]);
const logDir = process.argv[3] ?? '.';
const MemoryPouch = loadPouchDB().defaults({ adapter: 'memory' });
const db = new MemoryPouch('progress');
const docs = realisticRegisters(count).map(({ key, value, hlc, merge }) => ({
  _id: key,
  value,
  hlc,
  merge,
}));
for (let i = 0; i < docs.length; i += 1000) await db.bulkDocs(docs.slice(i, i + 1000));
const server = couchApp(MemoryPouch, join(logDir, 'pouch-log.txt')).listen(0, '127.0.0.1', () => {
  const address = server.address();
  if (address && typeof address === 'object') {
    process.stdout.write(`${JSON.stringify({ port: address.port })}\n`);
  }
});
