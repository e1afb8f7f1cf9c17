/**
 * MariaDB/MySQL databases for tests: each test gets its own uniquely named
 * database and drops it afterwards. When the server is down the suite is
 * skipped with a visible reason, except under CI=true, where it fails.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { after } from "node:test";
import mysql from "mysql2/promise";
import { MigrationProject } from "./project.js";

export const MYSQL_ADMIN_URL = process.env.ATHANOR_TEST_MYSQL_URL ?? "mysql://root@127.0.0.1:3306/";

let reachable: Promise<string | null> | undefined;

function adminConnect(database?: string) {
  const u = new URL(MYSQL_ADMIN_URL);
  return mysql.createConnection({
    host: u.hostname,
    port: u.port ? Number(u.port) : 3306,
    user: decodeURIComponent(u.username || "root"),
    password: u.password ? decodeURIComponent(u.password) : undefined,
    database,
    connectTimeout: 3000,
    timezone: "Z",
  });
}

/** null when the server is reachable, else the reason it is not. */
export function mysqlUnavailable(): Promise<string | null> {
  reachable ??= (async () => {
    try {
      const c = await adminConnect();
      await c.query("SELECT 1");
      await c.end();
      return null;
    } catch (e) {
      return `MariaDB/MySQL at ${MYSQL_ADMIN_URL} unreachable: ${(e as Error).message}`;
    }
  })();
  return reachable;
}

/** `{ skip: reason }` when the server is down and CI is not set; under CI=true, throws so the suite fails. */
export async function requireMysql(): Promise<{ skip?: string }> {
  const reason = await mysqlUnavailable();
  if (!reason) return {};
  if (process.env.CI === "true" || process.env.CI === "1") throw new Error(`CI=true and ${reason}`);
  return { skip: reason };
}

export interface MysqlTestDatabase {
  readonly name: string;
  readonly url: string;
  /** Runs one query on a fresh connection (proof of commit) and returns the rows. */
  query<R = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<R[]>;
  connect(): Promise<mysql.Connection>;
  drop(): Promise<void>;
}

export async function createMysqlTestDatabase(prefix = "athanor_m"): Promise<MysqlTestDatabase> {
  const name = `${prefix}_${randomBytes(5).toString("hex")}`;
  const admin = await adminConnect();
  try {
    await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4`);
  } finally {
    await admin.end();
  }
  const base = new URL(MYSQL_ADMIN_URL);
  base.pathname = `/${name}`;
  const url = base.toString();
  return {
    name,
    url,
    connect: () => adminConnect(name),
    async query<R>(sql: string, params?: unknown[]) {
      const c = await adminConnect(name);
      try {
        const [rows] = await c.query(sql, params);
        return rows as R[];
      } finally {
        await c.end();
      }
    },
    async drop() {
      const a = await adminConnect();
      try {
        await a.query(`DROP DATABASE IF EXISTS \`${name}\``);
      } finally {
        await a.end();
      }
    },
  };
}

/**
 * Within a suite: a function that makes a fresh database and a migration
 * project pointed at it; both are removed when the suite ends.
 */
export function mysqlProjects(prefix: string, config: Record<string, unknown> = {}): () => Promise<{ db: MysqlTestDatabase; p: MigrationProject }> {
  const dbs: MysqlTestDatabase[] = [];
  const projects: MigrationProject[] = [];
  after(async () => {
    for (const p of projects) p.cleanup();
    for (const d of dbs) await d.drop();
  });
  return async () => {
    const db = await createMysqlTestDatabase(prefix);
    dbs.push(db);
    const p = new MigrationProject(db.url, config);
    projects.push(p);
    return { db, p };
  };
}

/** Runs a script through the mariadb client on `db`, as a user would; asserts it succeeds (the client's error and the script otherwise). */
export function runMariadbClient(db: MysqlTestDatabase, script: string): void {
  const run = spawnSync("mariadb", ["-h127.0.0.1", "-uroot", db.name], { input: script, encoding: "utf8" });
  assert.equal(run.status, 0, `the script failed: ${run.stderr}\n--- script ---\n${script}`);
}
