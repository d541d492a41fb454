import { drizzle } from 'drizzle-orm/d1';

/** The drizzle handle on the Worker's D1 database. */
export function database(env: Env) {
  return drizzle(env.DB);
}

export type Database = ReturnType<typeof database>;
