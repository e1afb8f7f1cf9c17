/**
 * SQLite table rebuilds through the CLI, as a user runs them: a parent table
 * rebuilt while its children reference it with ON DELETE CASCADE keeps every
 * child row (online, and with the --sql script run by the sqlite3 shell); a
 * revision that leaves a dangling foreign key fails with one line and is
 * rolled back; downgrade restores the schema with the data intact.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { after, describe, test } from "node:test";
import { openSqlite } from "../dialects/support/sqlite-file.js";
import { revisionFile, TempProject } from "../support/cli.js";

const shell = spawnSync("sqlite3", ["-version"]).status === 0;

function project(): TempProject {
  const p = new TempProject("athanor-sqlite-rebuild-");
  after(() => p.cleanup());
  p.write("athanor.config.json", JSON.stringify({ scriptLocation: "migrations", url: "sqlite:./app.db" }));
  p.write(
    "migrations/versions/r1_tables.mjs",
    revisionFile({
      rev: "r1",
      down: null,
      upgrade: `  await op.createTable("parent", { columns: [{ name: "id", type: { kind: "integer" }, primaryKey: true }, { name: "name", type: { kind: "text" } }] });
  await op.createTable("child", { columns: [{ name: "id", type: { kind: "integer" }, primaryKey: true }, { name: "parent_id", type: { kind: "integer" }, references: { table: "parent", column: "id", onDelete: "cascade" } }] });
  await op.bulkInsert("parent", [{ id: 1, name: "a" }, { id: 2, name: "b" }]);
  await op.bulkInsert("child", [{ id: 1, parent_id: 1 }, { id: 2, parent_id: 2 }, { id: 3, parent_id: 2 }]);`,
      downgrade: `  await op.dropTable("child");
  await op.dropTable("parent");`,
    }),
  );
  p.write(
    "migrations/versions/r2_rebuild.mjs",
    revisionFile({
      rev: "r2",
      down: "r1",
      upgrade: `  await op.alterColumn("parent", "name", { nullable: false, type: { kind: "varchar", length: 20 } });
  await op.createCheckConstraint("name_len", "parent", "length(name) > 0");`,
      downgrade: `  await op.dropConstraint("name_len", "parent");
  await op.alterColumn("parent", "name", { nullable: true, type: { kind: "text" } });`,
    }),
  );
  return p;
}

function state(file: string): { children: unknown[]; parent: string; version: unknown[] } {
  const db = openSqlite(file);
  try {
    const row = db.prepare("SELECT sql FROM sqlite_master WHERE name = 'parent'").get() as { sql: string } | undefined;
    return {
      children: db.prepare("SELECT id, parent_id FROM child ORDER BY id").all(),
      parent: row?.sql ?? "",
      version: db.prepare("SELECT version_num FROM athanor_version").all(),
    };
  } finally {
    db.close();
  }
}

const CHILDREN = [
  { id: 1, parent_id: 1 },
  { id: 2, parent_id: 2 },
  { id: 3, parent_id: 2 },
];

describe("SQLite: rebuilds through the CLI", () => {
  test("a parent rebuilt under cascading children keeps every child row; downgrade restores it", () => {
    const p = project();
    const up = p.run(["upgrade", "head"]);
    assert.equal(up.code, 0, up.stderr);
    const s = state(join(p.dir, "app.db"));
    assert.deepEqual(s.children, CHILDREN);
    assert.match(s.parent, /"name" VARCHAR\(20\) NOT NULL/);
    assert.match(s.parent, /CONSTRAINT "name_len" CHECK \(length\(name\) > 0\)/);
    const down = p.run(["downgrade", "r1"]);
    assert.equal(down.code, 0, down.stderr);
    const d = state(join(p.dir, "app.db"));
    assert.deepEqual(d.children, CHILDREN);
    assert.match(d.parent, /"name" TEXT\n/);
    assert.doesNotMatch(d.parent, /name_len/);
  });

  test("the --sql script, run by the sqlite3 shell, gives the same schema and rows", { skip: shell ? false : "no sqlite3 shell" }, () => {
    const p = project();
    const online = p.run(["upgrade", "head"]);
    assert.equal(online.code, 0, online.stderr);
    const script = p.run(["upgrade", "head", "--sql"]);
    assert.equal(script.code, 0, script.stderr);
    const r = spawnSync("sqlite3", ["-bail", join(p.dir, "offline.db")], { input: script.stdout, encoding: "utf8" });
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(state(join(p.dir, "offline.db")), state(join(p.dir, "app.db")));
  });

  test("scripts that start past base (upgrade --sql r1:head, downgrade --sql head:base) rebuild tables created before them", { skip: shell ? false : "no sqlite3 shell" }, () => {
    const p = project();
    const sh = (input: string) => {
      const r = spawnSync("sqlite3", ["-bail", join(p.dir, "offline.db")], { input, encoding: "utf8" });
      assert.equal(r.status, 0, r.stderr);
    };
    const first = p.run(["upgrade", "base:r1", "--sql"]);
    assert.equal(first.code, 0, first.stderr);
    sh(first.stdout);
    const rest = p.run(["upgrade", "r1:head", "--sql"]);
    assert.equal(rest.code, 0, rest.stderr);
    assert.match(rest.stdout, /CREATE TABLE "_athanor_rebuild_parent"|ALTER TABLE .* RENAME TO "parent"/, "the rebuild of parent is written out");
    sh(rest.stdout);
    const online = p.run(["upgrade", "head"]);
    assert.equal(online.code, 0, online.stderr);
    assert.deepEqual(state(join(p.dir, "offline.db")), state(join(p.dir, "app.db")), "same schema and rows as online, every child row kept");

    const down = p.run(["downgrade", "head:base", "--sql"]);
    assert.equal(down.code, 0, down.stderr);
    sh(down.stdout);
    assert.equal(p.run(["downgrade", "base"]).code, 0);
    const objects = (file: string) => {
      const db = openSqlite(file);
      try {
        return db.prepare("SELECT type, name, sql FROM sqlite_master ORDER BY name").all();
      } finally {
        db.close();
      }
    };
    assert.deepEqual(objects(join(p.dir, "offline.db")), objects(join(p.dir, "app.db")));
  });

  test("a revision that leaves a dangling foreign key fails with one line and is rolled back", () => {
    const p = project();
    p.write(
      "migrations/versions/r3_orphan.mjs",
      revisionFile({
        rev: "r3",
        down: "r2",
        upgrade: `  await op.alterColumn("child", "parent_id", { nullable: false });
  await op.execute("INSERT INTO child (id, parent_id) VALUES (4, 99)");`,
      }),
    );
    const r = p.run(["upgrade", "head"]);
    assert.equal(r.code, 1);
    const lines = r.stderr.trim().split("\n");
    const error = lines[lines.length - 1] ?? "";
    assert.match(error, /upgrade r2 -> r3 .*r3_orphan\.mjs.*1 row\(s\) whose foreign key points at no row \(child row 4 -> parent\)/);
    const s = state(join(p.dir, "app.db"));
    assert.deepEqual(s.children, CHILDREN);
    assert.deepEqual(s.version, [{ version_num: "r2" }]);
  });
});
