/**
 * Setting PRAGMAs inside a revision's transaction. `PRAGMA journal_mode = …`
 * does nothing there (or fails) and SQLite says nothing: refused, naming the
 * revision and the statement, and nothing of the revision stays; with
 * `export const transactional = false` it runs.
 *
 * `PRAGMA foreign_keys = OFF` … `= ON`, which drizzle-kit and Prisma write
 * around their table rebuilds (Prisma's `-- RedefineTables`), runs as it is:
 * every step already runs with enforcement off and `foreign_key_check` before
 * its COMMIT, which is what those statements ask for. The rebuild stays one
 * transaction, the child rows survive (no cascade fires), and a revision that
 * counted on enforcement (a cascade after `= ON`) fails on the rows it left.
 */
import assert from "node:assert/strict";
import { join } from "node:path";
import { after, describe, test } from "node:test";
import Database from "better-sqlite3";
import { MigrationProject } from "../support/project.js";

// Prisma's migration.sql for a new NOT NULL column with a default on a table other tables reference (SQLite)
const PRISMA_INIT = `-- CreateTable
CREATE TABLE "User" ("id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "email" TEXT NOT NULL, "name" TEXT);
-- CreateTable
CREATE TABLE "Post" ("id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "authorId" INTEGER NOT NULL,
    CONSTRAINT "Post_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE);
-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");
INSERT INTO "User" ("email") VALUES ('a@example.org');
INSERT INTO "Post" ("authorId") VALUES (1);`;
const PRISMA_REDEFINE = `-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_User" ("id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "email" TEXT NOT NULL, "name" TEXT NOT NULL DEFAULT '');
INSERT INTO "new_User" ("email", "id", "name") SELECT "email", "id", coalesce("name", '') AS "name" FROM "User";
DROP TABLE "User";
ALTER TABLE "new_User" RENAME TO "User";
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;`;

describe("SQLite: a setting PRAGMA inside a revision's transaction", () => {
  const projects: MigrationProject[] = [];
  after(() => {
    for (const p of projects) p.cleanup();
  });
  const project = () => {
    const p = new MigrationProject("sqlite:./app.db");
    projects.push(p);
    return p;
  };
  const read = <T>(p: MigrationProject, sql: string): T[] => {
    const db = new Database(join(p.dir, "app.db"), { readonly: true });
    try {
      return db.prepare(sql).all() as T[];
    } finally {
      db.close();
    }
  };

  test("PRAGMA journal_mode in a transactional revision: refused with one line, nothing committed; online and --sql", () => {
    const p = project();
    p.rev("a1000001", null, { up: `  await op.execute(${JSON.stringify("CREATE TABLE a (x INTEGER); PRAGMA journal_mode=WAL;")});` });
    const online = p.athanor("upgrade", "head");
    assert.equal(online.code, 1);
    const errors = online.stderr.split("\n").filter((l) => l.startsWith("error:"));
    assert.equal(errors.length, 1, online.stderr);
    assert.match(errors[0] ?? "", /a1000001.*PRAGMA journal_mode has no effect inside a transaction.*transactional = false.*statement: PRAGMA journal_mode=WAL/);
    assert.deepEqual(read(p, "SELECT name FROM sqlite_master WHERE name = 'a'"), []);
    // the script would run it inside BEGIN ... COMMIT, where the sqlite3 shell ignores it too
    const offline = p.athanor("upgrade", "head", "--sql");
    assert.equal(offline.code, 1, offline.stderr);
    assert.match(offline.stderr, /a1000001.*PRAGMA journal_mode has no effect \(or fails\) inside a transaction: run it in a revision with `export const transactional = false`/);
  });

  test("with transactional = false, PRAGMA journal_mode runs and the script writes it outside any transaction", () => {
    const p = project();
    p.rev("a1000001", null, { up: '  await op.execute("PRAGMA journal_mode = WAL");', transactional: false });
    assert.match(p.athanor("upgrade", "head", "--sql").stdout, /PRAGMA journal_mode = WAL;/);
    const r = p.athanor("upgrade", "head");
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(read(p, "PRAGMA journal_mode"), [{ journal_mode: "wal" }]);
  });

  test("Prisma's RedefineTables runs as written, in one transaction: the referencing rows survive, foreign keys hold", () => {
    const p = project();
    p.rev("a1000001", null, { up: `  await op.execute(${JSON.stringify(PRISMA_INIT)});` });
    p.rev("b2000002", "a1000001", { up: `  await op.execute(${JSON.stringify(PRISMA_REDEFINE)});` });
    const r = p.athanor("upgrade", "head");
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(read(p, 'SELECT "authorId" FROM "Post"'), [{ authorId: 1 }]);
    assert.deepEqual(read(p, 'SELECT "email", "name" FROM "User"'), [{ email: "a@example.org", name: "" }]);
    assert.deepEqual(read(p, "PRAGMA foreign_key_check"), []);
    assert.deepEqual(read(p, "SELECT version_num FROM athanor_version"), [{ version_num: "b2000002" }]);
    // the same through the sqlite3 shell's script: the pragmas sit inside BEGIN ... COMMIT, where they change nothing
    const script = p.athanor("upgrade", "a1000001:head", "--sql");
    assert.equal(script.code, 0, script.stderr);
    assert.match(script.stdout, /BEGIN IMMEDIATE;[\s\S]*PRAGMA foreign_keys=OFF;[\s\S]*COMMIT;/);
  });

  test("a revision that counts on enforcement after PRAGMA foreign_keys=ON (a cascade) fails on the rows it left, and rolls back", () => {
    const p = project();
    p.rev("a1000001", null, { up: `  await op.execute(${JSON.stringify(PRISMA_INIT)});` });
    p.rev("b2000002", "a1000001", { up: `  await op.execute("PRAGMA foreign_keys=ON; DELETE FROM \\"User\\";");` });
    const r = p.athanor("upgrade", "head");
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stderr, /b2000002.*1 row\(s\) whose foreign key points at no row \(Post row 1 -> User\)/);
    assert.deepEqual(read(p, 'SELECT count(*) AS n FROM "User"'), [{ n: 1 }]);
    assert.deepEqual(read(p, "SELECT version_num FROM athanor_version"), [{ version_num: "a1000001" }]);
  });
});
