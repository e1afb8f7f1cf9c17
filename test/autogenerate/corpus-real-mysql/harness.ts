/**
 * The machinery of the MySQL real-schema corpus: drizzle-kit's own MySQL SQL for a schema, run on a MariaDB
 * database, and a normalised `SHOW CREATE TABLE` of every table so that two databases built different ways
 * (drizzle-kit's SQL, Athanor's CLI) can be compared table by table. The Athanor project driving the CLI is
 * the PostgreSQL corpus's `CorpusProject` (it only writes a config naming the schema and passes DATABASE_URL).
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type mysql from "mysql2/promise";
import { REPO_ROOT } from "../../support/cli.js";
import { createMysqlTestDatabase, type MysqlTestDatabase, runMariadbClient } from "../../support/mysql-databases.js";
import { CorpusProject } from "../corpus-real/harness.js";
import { drizzleKitGenerate } from "../../support/drizzle-kit.js";

export const SCHEMAS_DIR = join(REPO_ROOT, "test/autogenerate/corpus-real-mysql/schemas");

/** The source of a corpus schema (the .ts file, not its compiled copy). */
export function schemaSource(name: string): string {
  return readFileSync(join(SCHEMAS_DIR, `${name}.ts`), "utf8");
}

/** drizzle-kit's own SQL for a schema source (dialect mysql), exactly as drizzle-kit wrote it. */
export function drizzleKitStatements(source: string): Promise<string[]> {
  return drizzleKitGenerate(source, { dialect: "mysql" });
}

/**
 * drizzle-kit 0.31 writes `serial AUTO_INCREMENT` for `serial()`: MySQL 8 accepts the redundant attribute,
 * MariaDB refuses it (SERIAL already is `BIGINT UNSIGNED NOT NULL AUTO_INCREMENT UNIQUE`). The only change
 * made to drizzle-kit's SQL, so that it runs on the MariaDB server this suite has; it means the same thing.
 */
export function forMariadb(statements: readonly string[]): string[] {
  return statements.map((s) => s.replace(/ serial AUTO_INCREMENT\b/g, " serial"));
}

/** Runs statements one by one on a fresh connection, naming the statement that failed. */
export async function runStatements(db: MysqlTestDatabase, statements: readonly string[]): Promise<void> {
  const c = await db.connect();
  try {
    for (const s of statements) {
      try {
        await c.query(s);
      } catch (e) {
        throw new Error(`${(e as Error).message}\n  while running drizzle-kit's: ${s}`);
      }
    }
  } finally {
    await c.end();
  }
}

/** Tables of Athanor's own bookkeeping (the version table and its log), never part of a compared schema. */
const ATHANOR_TABLES = /^athanor_version/;

/**
 * `SHOW CREATE TABLE` of every table, normalised for comparison: the table's `AUTO_INCREMENT=n` counter dropped
 * (it depends on the rows, not the schema), the column lines kept in order (their order is part of the schema),
 * the key and constraint lines sorted (drizzle-kit and Athanor create the same keys in different orders, and
 * the server lists them in creation order), trailing commas dropped. Tables are sorted by name.
 */
export async function schemaSnapshot(db: MysqlTestDatabase): Promise<string> {
  const c: mysql.Connection = await db.connect();
  try {
    const [tables] = await c.query("SELECT TABLE_NAME AS t FROM information_schema.TABLES WHERE TABLE_SCHEMA = ? ORDER BY TABLE_NAME", [db.name]);
    const out: string[] = [];
    for (const { t } of tables as Array<{ t: string }>) {
      if (ATHANOR_TABLES.test(t)) continue;
      const [rows] = await c.query(`SHOW CREATE TABLE \`${t.replace(/`/g, "``")}\``);
      const text = (rows as Array<Record<string, string>>)[0]!["Create Table"]!;
      const lines = text.split("\n").map((l) => l.trim().replace(/,$/, ""));
      const head = lines[0]!;
      const tail = lines[lines.length - 1]!.replace(/ AUTO_INCREMENT=\d+/, "");
      const body = lines.slice(1, -1);
      const columns = body.filter((l) => l.startsWith("`"));
      const keys = body.filter((l) => !l.startsWith("`")).sort();
      out.push([head, ...columns.map((l) => `  ${l}`), ...keys.map((l) => `  ${l}`), tail].join("\n"));
    }
    return out.join("\n");
  } finally {
    await c.end();
  }
}

/** The tables of a snapshot, by name. */
function tablesOf(snapshot: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const block of snapshot.split(/\n(?=CREATE TABLE )/)) {
    if (block === "") continue;
    const name = /^CREATE TABLE `((?:[^`]|``)*)`/.exec(block)?.[1] ?? block;
    out.set(name, block.split("\n"));
  }
  return out;
}

/** Table-by-table, line-level difference of two snapshots, for a readable assertion message. */
export function snapshotDiff(a: string, b: string): string {
  const ta = tablesOf(a);
  const tb = tablesOf(b);
  const out: string[] = [];
  for (const name of [...new Set([...ta.keys(), ...tb.keys()])].sort()) {
    const la = ta.get(name) ?? [];
    const lb = tb.get(name) ?? [];
    if (la.join("\n") === lb.join("\n")) continue;
    out.push(`table ${name}:`);
    for (const l of la) if (!lb.includes(l)) out.push(`- ${l}`);
    for (const l of lb) if (!la.includes(l)) out.push(`+ ${l}`);
    if (out[out.length - 1] === `table ${name}:`) out.push("  (same lines, in another order)");
  }
  return out.join("\n");
}

export function assertSameSchema(actual: string, expected: string, what: string): void {
  if (actual !== expected) assert.fail(`${what}: SHOW CREATE TABLE differs (- Athanor, + expected):\n${snapshotDiff(actual, expected)}`);
}

/** A project on its own fresh MariaDB database (named from `prefix`) with `initial` as its models, cleaned up after `fn`. */
export async function withMysqlProject(prefix: string, initial: string, fn: (db: MysqlTestDatabase, project: CorpusProject) => Promise<void>): Promise<void> {
  const db = await createMysqlTestDatabase(prefix);
  const project = new CorpusProject(db.url, initial);
  try {
    await fn(db, project);
  } finally {
    project.cleanup();
    await db.drop();
  }
}

/**
 * The project's offline scripts, run by the mariadb client on a fresh database (named from `prefix`): `upgrade head
 * --sql` must build `upgraded`, and `offlineDown` after it must leave `initial`.
 */
export async function assertOfflineScriptsBuild(
  project: CorpusProject,
  prefix: string,
  offlineDown: string,
  schemas: { upgraded: string; initial: string },
): Promise<void> {
  const fresh = await createMysqlTestDatabase(prefix);
  try {
    runMariadbClient(fresh, project.athanor(["upgrade", "head", "--sql"]).stdout);
    assert.equal(await schemaSnapshot(fresh), schemas.upgraded);
    runMariadbClient(fresh, offlineDown);
    assert.equal(await schemaSnapshot(fresh), schemas.initial);
  } finally {
    await fresh.drop();
  }
}
