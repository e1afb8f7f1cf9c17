/**
 * Real databases for tests: each test gets its own uniquely named database and
 * drops it afterwards, so suites run in parallel. When the server is down the
 * suite is skipped with a visible reason, except under CI=true, where it fails.
 */
import { randomBytes } from "node:crypto";
import { after, before } from "node:test";
import pg from "pg";

export const PG_ADMIN_URL = process.env.ATHANOR_TEST_PG_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

let reachable: Promise<string | null> | undefined;

/** null when PostgreSQL is reachable, else the reason it is not. */
export function postgresUnavailable(): Promise<string | null> {
  reachable ??= (async () => {
    const c = new pg.Client({ connectionString: PG_ADMIN_URL, connectionTimeoutMillis: 3000 });
    try {
      await c.connect();
      await c.query("select 1");
      return null;
    } catch (e) {
      return `PostgreSQL at ${PG_ADMIN_URL} unreachable: ${(e as Error).message}`;
    } finally {
      await c.end().catch(() => {});
    }
  })();
  return reachable;
}

/**
 * Options for `describe`/`test`: `{ skip: reason }` when the server is down and
 * CI is not set. Under CI=true, throws so the suite fails.
 */
export async function requirePostgres(): Promise<{ skip?: string }> {
  const reason = await postgresUnavailable();
  if (!reason) return {};
  if (process.env.CI === "true" || process.env.CI === "1") throw new Error(`CI=true and ${reason}`);
  return { skip: reason };
}

export interface TestDatabase {
  readonly name: string;
  readonly url: string;
  /** A fresh, separate connection (to prove what was committed). */
  connect(): Promise<pg.Client>;
  /** Runs one query on a fresh connection and returns the rows. */
  query<R = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<R[]>;
  drop(): Promise<void>;
}

export async function createTestDatabase(prefix = "athanor_t"): Promise<TestDatabase> {
  const name = `${prefix}_${randomBytes(5).toString("hex")}`;
  const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const url = PG_ADMIN_URL.replace(/\/[^/?]*(\?|$)/, `/${name}$1`);
  const connect = async () => {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    return c;
  };
  return {
    name,
    url,
    connect,
    async query<R>(sql: string, params?: unknown[]) {
      const c = await connect();
      try {
        return (await c.query(sql, params)).rows as R[];
      } finally {
        await c.end();
      }
    },
    async drop() {
      const a = new pg.Client({ connectionString: PG_ADMIN_URL });
      await a.connect();
      try {
        await a.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await a.end();
      }
    },
  };
}

/**
 * Within a describe: two fresh databases, `online` (for the revision run by
 * the CLI) and `offline` (for its --sql script run by psql), made before the
 * suite's tests and dropped after. Read them inside tests.
 */
export function onlineAndOfflineDatabases(skip: { skip?: string }): { readonly online: TestDatabase; readonly offline: TestDatabase } {
  const made: { online?: TestDatabase; offline?: TestDatabase } = {};
  before(async () => {
    if (skip.skip) return;
    made.online = await createTestDatabase();
    made.offline = await createTestDatabase();
  });
  after(async () => {
    await made.online?.drop();
    await made.offline?.drop();
  });
  return {
    get online() {
      return made.online as TestDatabase;
    },
    get offline() {
      return made.offline as TestDatabase;
    },
  };
}
