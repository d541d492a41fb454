import { defineConfig } from 'drizzle-kit';

/** `npm run db:generate -- --name <what changed>` writes a new SQL migration from worker/db/schema.ts. */
export default defineConfig({
  dialect: 'sqlite',
  schema: './worker/db/schema.ts',
  out: './worker/migrations',
});
