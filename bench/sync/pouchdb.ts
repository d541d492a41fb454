/**
 * PouchDB 9, the peer of the initial sync, loaded for Node with its in-memory adapter. Its
 * packages ship no types: the little the bench uses is typed here.
 */
import { createRequire } from 'node:module';

export interface PouchDatabase {
  bulkDocs(docs: object[]): Promise<unknown[]>;
  info(): Promise<{ doc_count: number }>;
  destroy(): Promise<unknown>;
  replicate: {
    from(source: string, options: { batch_size: number }): Promise<{ docs_written: number }>;
  };
}

export interface PouchConstructor {
  new (name: string, options?: { adapter: string }): PouchDatabase;
  defaults(options: { adapter: string }): PouchConstructor;
  plugin(plugin: unknown): void;
}

const require = createRequire(import.meta.url);

export function loadPouchDB(): PouchConstructor {
  const PouchDB = require('pouchdb') as PouchConstructor;
  PouchDB.plugin(require('pouchdb-adapter-memory'));
  return PouchDB;
}

/** express-pouchdb: a CouchDB-style HTTP app over the given PouchDB (an Express app). */
export function couchApp(PouchDB: PouchConstructor, logPath: string) {
  const expressPouchDB = require('express-pouchdb') as (
    db: PouchConstructor,
    options: object,
  ) => { listen(port: number, host: string, ready: () => void): import('node:http').Server };
  return expressPouchDB(PouchDB, { mode: 'minimumForPouchDB', inMemoryConfig: true, logPath });
}
