/**
 * `PRAGMA foreign_keys = …` does nothing inside a transaction and SQLite says
 * nothing: a transactional revision that relies on it is refused, naming the
 * revision and the statement, and nothing of it stays. In a revision with
 * `export const transactional = false` it runs and takes effect.
 */
import assert from "node:assert/strict";
import { join } from "node:path";
import { after, describe, test } from "node:test";
import Database from "better-sqlite3";
import { MigrationProject } from "../support/project.js";

const UP = `  await op.createTable("parent", { columns: [{ name: "id", type: t.integer(), primaryKey: true }] });
  await op.execute("PRAGMA foreign_keys = OFF");`;

describe("SQLite: a setting PRAGMA inside a revision's transaction", () => {
  const projects: MigrationProject[] = [];
  after(() => {
    for (const p of projects) p.cleanup();
  });
  const project = (transactional: boolean) => {
    const p = new MigrationProject("sqlite:./app.db");
    projects.push(p);
    p.rev("a1000001", null, { up: UP, transactional });
    return p;
  };
  const tables = (p: MigrationProject) => {
    const db = new Database(join(p.dir, "app.db"), { readonly: true });
    try {
      return (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'parent'").all() as { name: string }[]).length;
    } finally {
      db.close();
    }
  };

  test("in a transactional revision: refused with one line, nothing committed", () => {
    const p = project(true);
    const r = p.athanor("upgrade", "head");
    assert.equal(r.code, 1);
    const errors = r.stderr.split("\n").filter((l) => l.startsWith("error:"));
    assert.equal(errors.length, 1, r.stderr);
    assert.match(errors[0] ?? "", /a1000001.*PRAGMA foreign_keys has no effect inside a transaction.*transactional = false.*statement: PRAGMA foreign_keys = OFF/);
    assert.equal(tables(p), 0);
  });

  test("also after a comment or another statement (Prisma's '-- RedefineTables'), and in --sql", () => {
    for (const sql of ["-- RedefineTables\nPRAGMA foreign_keys=OFF;", "CREATE TABLE a (x INTEGER); PRAGMA journal_mode=WAL;"]) {
      const p = new MigrationProject("sqlite:./app.db");
      projects.push(p);
      p.rev("a1000001", null, { up: `  await op.execute(${JSON.stringify(sql)});` });
      const online = p.athanor("upgrade", "head");
      assert.equal(online.code, 1, online.stderr);
      assert.match(online.stderr, /PRAGMA (foreign_keys|journal_mode) has no effect inside a transaction/);
      // the script would run it inside BEGIN ... COMMIT, where the sqlite3 shell ignores it too
      const offline = p.athanor("upgrade", "head", "--sql");
      assert.equal(offline.code, 1, offline.stderr);
      assert.match(offline.stderr, /a1000001.*PRAGMA (foreign_keys|journal_mode) has no effect \(or fails\) inside a transaction: run it in a revision with `export const transactional = false`/);
    }
    // with transactional = false the script writes it outside any transaction
    const p = project(false);
    const script = p.athanor("upgrade", "head", "--sql");
    assert.equal(script.code, 0, script.stderr);
    assert.match(script.stdout, /PRAGMA foreign_keys = OFF;/);
  });

  test("with transactional = false it runs", () => {
    const p = project(false);
    const r = p.athanor("upgrade", "head");
    assert.equal(r.code, 0, r.stderr);
    assert.equal(tables(p), 1);
  });
});
