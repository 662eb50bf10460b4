// A throwaway PostgreSQL database per test file, on the local cluster (see scripts/ensure-deps.sh).
import pg from "pg";

const ADMIN_URL = process.env.SCRUTINEER_TEST_PG ?? "postgresql://postgres@127.0.0.1:5432/postgres";

export async function freshPostgres(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `scrutineer_test_${process.pid}_${Math.floor(Math.random() * 1e6)}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = ADMIN_URL.replace(/\/[^/]*$/, `/${name}`);
  return {
    url,
    drop: async () => {
      const c = new pg.Client({ connectionString: ADMIN_URL });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await c.end();
    },
  };
}
