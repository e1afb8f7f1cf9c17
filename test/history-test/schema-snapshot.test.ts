/**
 * The whole-schema snapshot `athanor test` compares before an upgrade and
 * after its downgrade, on a real (embedded) database: what is left behind,
 * what is missing and what changed are named, objects in other schemas and
 * new schemas are seen, Athanor's version tables are not, and a column added
 * back at the end (a downgrade of a drop) is not a difference.
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { DatabaseConnection } from "../../src/dialects/dialect.js";
import { dialectForUrl } from "../../src/dialects/registry.js";
import { snapshotDifferences, takeSnapshot } from "../../src/history-test/schema-snapshot.js";

describe("schema snapshots (PGlite)", () => {
  const { dialect, driver } = dialectForUrl("pglite:memory:snapshots");
  let conn: DatabaseConnection;
  const ref = { table: "athanor_version", schema: null };
  const snap = async () => takeSnapshot(await (dialect.introspector as NonNullable<typeof dialect.introspector>)(), conn, ref);

  before(async () => {
    conn = await driver.connect({ url: "pglite:memory:snapshots" });
    await conn.exec(`CREATE TABLE users (id integer PRIMARY KEY, name text NOT NULL, email text);
      CREATE INDEX ix_users_email ON users (email);
      CREATE TABLE athanor_version (version_num varchar(32) PRIMARY KEY)`);
  });
  after(async () => conn.close());

  test("an identical schema has no differences, and the version table is not part of it", async () => {
    const a = await snap();
    await conn.exec("INSERT INTO athanor_version VALUES ('a1')");
    assert.deepEqual(snapshotDifferences(a, await snap()), []);
    assert.ok(![...a.items.keys()].some((k) => k.includes("athanor_version")), [...a.items.keys()].join(", "));
  });

  test("left behind, missing and changed, in a stable order (by object)", async () => {
    const before = await snap();
    await conn.exec(`ALTER TABLE users ADD COLUMN nickname text;
      DROP INDEX ix_users_email;
      ALTER TABLE users ALTER COLUMN name TYPE varchar(80);
      CREATE SCHEMA audit; CREATE TABLE audit.log (id int)`);
    assert.deepEqual(snapshotDifferences(before, await snap()), [
      "left behind: column audit.log.id",
      'changed: column public.users.name (type: {"kind":"text"} → {"kind":"varchar","length":80})',
      "left behind: column public.users.nickname",
      "missing: index public.users.ix_users_email",
      "left behind: schema audit",
      "left behind: table audit.log",
    ]);
    await conn.exec(`ALTER TABLE users DROP COLUMN nickname; CREATE INDEX ix_users_email ON users (email);
      ALTER TABLE users ALTER COLUMN name TYPE text; DROP SCHEMA audit CASCADE`);
    assert.deepEqual(snapshotDifferences(before, await snap()), []);
  });

  test("a dropped column added back (last, by a downgrade) is the same schema", async () => {
    const before = await snap();
    await conn.exec("ALTER TABLE users DROP COLUMN name; ALTER TABLE users ADD COLUMN name text NOT NULL");
    assert.deepEqual(snapshotDifferences(before, await snap()), []);
  });
});

describe("schema snapshots (SQLite): unnamed constraints", () => {
  const { dialect, driver } = dialectForUrl("sqlite::memory:");
  let conn: DatabaseConnection;
  const ref = { table: "athanor_version", schema: null };
  const snap = async () => takeSnapshot(await (dialect.introspector as NonNullable<typeof dialect.introspector>)(), conn, ref);
  const rebuild = async (body: string) =>
    conn.exec(`CREATE TABLE t_new (${body}); INSERT INTO t_new SELECT * FROM t; DROP TABLE t; ALTER TABLE t_new RENAME TO t`);

  before(async () => {
    conn = await driver.connect({ url: "sqlite::memory:" });
    await conn.exec(`CREATE TABLE p (id INTEGER PRIMARY KEY); CREATE TABLE q (id INTEGER PRIMARY KEY);
      CREATE TABLE t (a INTEGER, b INTEGER, pid INTEGER REFERENCES p (id) ON DELETE CASCADE, qid INTEGER REFERENCES q (id), CHECK (a > 0), CHECK (b > 0))`);
  });
  after(async () => conn.close());

  test("a change to one of two unnamed checks or foreign keys of a table is a difference (each is an item of its own)", async () => {
    const before = await snap();
    await rebuild("a INTEGER, b INTEGER, pid INTEGER REFERENCES p (id), qid INTEGER REFERENCES q (id), CHECK (a > 100), CHECK (b > 0)");
    assert.deepEqual(snapshotDifferences(before, await snap()), [
      "missing: check constraint main.t.CHECK (a > 0)",
      "left behind: check constraint main.t.CHECK (a > 100)",
      'changed: foreign key main.t.(pid) → p(id) (onDelete: "cascade" → "no action")',
    ]);
    await rebuild("a INTEGER, b INTEGER, pid INTEGER REFERENCES p (id) ON DELETE CASCADE, qid INTEGER REFERENCES q (id), CHECK (a > 0), CHECK (b > 0)");
    assert.deepEqual(snapshotDifferences(before, await snap()), []);
  });
});

/** An in-memory SQLite database made by `createSql` for the describe block, and a snapshot of it as it is now. */
function sqliteSnapshots(createSql: string): { exec: (sql: string) => Promise<void>; snap: () => ReturnType<typeof takeSnapshot> } {
  const { dialect, driver } = dialectForUrl("sqlite::memory:");
  let conn: DatabaseConnection;
  const ref = { table: "athanor_version", schema: null };
  before(async () => {
    conn = await driver.connect({ url: "sqlite::memory:" });
    await conn.exec(createSql);
  });
  after(async () => conn.close());
  return {
    exec: (sql) => conn.exec(sql),
    snap: async () => takeSnapshot(await (dialect.introspector as NonNullable<typeof dialect.introspector>)(), conn, ref),
  };
}

describe("schema snapshots (SQLite): a column's collation", () => {
  const { exec, snap } = sqliteSnapshots("CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT COLLATE NOCASE)");

  test("a table made again without its column's COLLATE NOCASE is a difference; an explicit BINARY or nocase for NOCASE is none", async () => {
    const before = await snap();
    await exec("DROP TABLE users; CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT)");
    assert.deepEqual(snapshotDifferences(before, await snap()), ['changed: column main.users.email (sqlite: {"collation":"NOCASE"} → none)']);
    await exec("DROP TABLE users; CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT COLLATE nocase)");
    const nocase = await snap();
    await exec("DROP TABLE users; CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT COLLATE BINARY)");
    const binary = await snap();
    await exec("DROP TABLE users; CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT)");
    assert.deepEqual(snapshotDifferences(binary, await snap()), []);
    assert.deepEqual(snapshotDifferences(before, nocase), []);
  });
});

describe("schema snapshots (SQLite): AUTOINCREMENT", () => {
  const { exec, snap } = sqliteSnapshots("CREATE TABLE events (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT)");

  test("a table made again without AUTOINCREMENT is a difference; PRIMARY KEY (id AUTOINCREMENT) is none", async () => {
    const before = await snap();
    await exec("DROP TABLE events; CREATE TABLE events (id INTEGER PRIMARY KEY, name TEXT)");
    assert.deepEqual(snapshotDifferences(before, await snap()), ['changed: column main.events.id (sqlite: {"autoincrement":true} → none)']);
    await exec("DROP TABLE events; CREATE TABLE events (id INTEGER, name TEXT, PRIMARY KEY (id AUTOINCREMENT))");
    assert.deepEqual(snapshotDifferences(before, await snap()), []);
  });
});
