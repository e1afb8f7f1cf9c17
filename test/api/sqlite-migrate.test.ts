/**
 * migrate() and status() on SQLite: with a `sqlite:` URL relative to the
 * project, and with the application's own better-sqlite3 Database (an
 * in-memory one: the only way to migrate a database private to a
 * connection), which stays open and usable afterwards. A run on the
 * application's file Database that fails (another connection holds the
 * file's write lock) leaves that Database enforcing foreign keys, with its
 * own busy timeout: it used to keep foreign keys off (turned off before the
 * step's BEGIN, which failed) and lockTimeout's busy timeout.
 */
import assert from "node:assert/strict";
import { after, describe, test } from "node:test";
import Database from "better-sqlite3";
import { migrate, status } from "../../src/index.js";
import { MigrationProject } from "../support/project.js";

const projects: MigrationProject[] = [];
after(() => {
  for (const p of projects) p.cleanup();
});

function setup(url: string): MigrationProject {
  const p = new MigrationProject(url, { url });
  projects.push(p);
  p.rev("a0000001", null, {
    up: '  await op.execute("CREATE TABLE parent (id INTEGER PRIMARY KEY)");\n  await op.execute("CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INTEGER REFERENCES parent (id))");',
    down: '  await op.execute("DROP TABLE child");\n  await op.execute("DROP TABLE parent");',
  });
  p.rev("b0000002", "a0000001", { up: "  await op.execute(\"INSERT INTO parent (id) VALUES (1)\");", down: '  await op.execute("DELETE FROM parent");' });
  return p;
}

const quiet = { logger: false as const };

describe("SQLite through the API", () => {
  test("a sqlite: URL relative to the project; status before and after", async () => {
    const p = setup("sqlite:./data/app.db");
    const before = await status({ cwd: p.dir });
    assert.deepEqual(before.pending, ["a0000001", "b0000002"]);
    const r = await migrate({ cwd: p.dir, ...quiet });
    assert.deepEqual(r.headsAfter, ["b0000002"]);
    const db = new Database(`${p.dir}/data/app.db`, { readonly: true });
    try {
      assert.deepEqual(db.prepare("SELECT version_num FROM athanor_version").all(), [{ version_num: "b0000002" }]);
    } finally {
      db.close();
    }
    assert.equal((await status({ cwd: p.dir })).upToDate, true);
  });

  test("the application's own in-memory Database: migrated, left open, foreign keys enforced", async () => {
    const p = setup("sqlite::memory:");
    const db = new Database(":memory:");
    try {
      const r = await migrate({ cwd: p.dir, connection: db, ...quiet });
      assert.deepEqual(r.headsAfter, ["b0000002"]);
      assert.equal(r.url, "sqlite::memory:");
      assert.equal(db.open, true);
      assert.deepEqual(db.prepare("SELECT id FROM parent").all(), [{ id: 1 }]);
      assert.throws(() => db.prepare("INSERT INTO child (parent_id) VALUES (42)").run(), { code: "SQLITE_CONSTRAINT_FOREIGNKEY" });
      const down = await migrate({ cwd: p.dir, connection: db, to: "base", direction: "down", ...quiet });
      assert.deepEqual(down.headsAfter, []);
      assert.deepEqual(db.prepare("SELECT name FROM sqlite_master WHERE name IN ('parent', 'child')").all(), []);
    } finally {
      db.close();
    }
  });

  test("the application's file Database after a run that failed on a held write lock: foreign keys on, its own busy timeout", async () => {
    const p = setup("sqlite:./data/app.db");
    p.write("athanor.config.ts", `import { defineConfig } from "athanor";\nexport default defineConfig(${JSON.stringify({ scriptLocation: "migrations", url: "sqlite:./data/app.db", lockTimeout: 100 })});\n`);
    await migrate({ cwd: p.dir, to: "a0000001", ...quiet });
    const file = `${p.dir}/data/app.db`;
    const db = new Database(file, { timeout: 30_000 });
    const other = new Database(file);
    try {
      other.exec("BEGIN IMMEDIATE");
      await assert.rejects(migrate({ cwd: p.dir, connection: db, ...quiet }), (e: Error & { code?: string }) => {
        assert.equal(e.code, "MIGRATION.FAILED");
        assert.match(e.message, /upgrade a0000001 -> b0000002 .* failed: database is locked: another connection kept .*app\.db locked for longer than this session waits \(lockTimeout: 100 ms/);
        return true;
      });
      other.exec("ROLLBACK");
      assert.equal(db.pragma("foreign_keys", { simple: true }), 1);
      assert.equal(db.pragma("busy_timeout", { simple: true }), 30_000);
      assert.equal(db.inTransaction, false);
      assert.throws(() => db.prepare("INSERT INTO child (parent_id) VALUES (42)").run(), { code: "SQLITE_CONSTRAINT_FOREIGNKEY" });
      const r = await migrate({ cwd: p.dir, connection: db, ...quiet });
      assert.deepEqual(r.headsAfter, ["b0000002"]);
      assert.equal(db.pragma("busy_timeout", { simple: true }), 30_000);
      assert.equal(r.url, `sqlite:${file}`);
    } finally {
      other.close();
      db.close();
    }
  });
});

describe("an adopted Database of another file than the config's", () => {
  test("status() and migrate() name the file the Database has open, not the config's", async () => {
    const p = setup("sqlite:./data/app.db");
    const own = `${p.dir}/own.db`;
    const db = new Database(own);
    try {
      const r = await migrate({ cwd: p.dir, connection: db, ...quiet });
      assert.equal(r.url, `sqlite:${own}`);
      const s = await status({ cwd: p.dir, connection: db });
      assert.equal(s.url, `sqlite:${own}`);
      assert.deepEqual(s.current, ["b0000002"]);
    } finally {
      db.close();
    }
  });
});
