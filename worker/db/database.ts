import { drizzle } from 'drizzle-orm/d1';
import type { Bindings } from '../bindings';

/** The drizzle handle on the Worker's D1 database. */
export function database(env: Bindings) {
  return drizzle(env.DB);
}

export type Database = ReturnType<typeof database>;
