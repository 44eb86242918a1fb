import { defineConfig } from 'drizzle-kit';

// `npm run db:generate -w @legifeed/db` writes a new SQL migration after a schema change; review and commit it.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/schema/*.ts',
  out: './migrations',
});
