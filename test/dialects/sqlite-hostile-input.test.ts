/**
 * Hostile input on SQLite through the built CLI, online and as an offline
 * script run by the `sqlite3` shell, each case a finding:
 * - `op.execute` with values over several statements (a trigger body among
 *   them) ran in the offline script but failed online ("more than one
 *   statement"): each statement now takes its own `$n` values, and `?`
 *   values over several statements are refused alike online and offline;
 * - an enum label holding a CR (written `('a' || char(13) || '')`) read
 *   back as no enum at all, so `check` never came clean;
 * - a table renamed only in the case of its letters (`users` to `Users`)
 *   failed online and offline ("there is already another table or index
 *   with this name"): it is two renames through a temporary name.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { after, describe, test } from "node:test";
import { MigrationProject } from "../support/project.js";
import { openSqlite } from "./support/sqlite-file.js";

const projects: MigrationProject[] = [];
after(() => {
  for (const p of projects) p.cleanup();
});

function project(config: Record<string, unknown> = {}): MigrationProject {
  const p = new MigrationProject("sqlite:./online.db", config);
  projects.push(p);
  return p;
}

function ok(r: { code: number; stdout: string; stderr: string }): string {
  assert.equal(r.code, 0, `${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

/** Runs the project's offline script with the sqlite3 shell into `offline.db`. */
function offline(p: MigrationProject): void {
  const script = ok(p.athanor("upgrade", "head", "--sql"));
  const run = spawnSync("sqlite3", ["-bail", `${p.dir}/offline.db`], { input: script, encoding: "utf8" });
  assert.equal(run.status, 0, `${run.stderr}\n--- script ---\n${script}`);
}

function rows(path: string, sql: string): unknown[] {
  const db = openSqlite(path);
  try {
    return db.prepare(sql).all();
  } finally {
    db.close();
  }
}

describe("SQLite: hostile input, online and offline", () => {
  test("op.execute with $n values over several statements (and a trigger body) runs online as offline", () => {
    const p = project();
    p.rev("a1000001", null, {
      up: `  await op.execute("CREATE TABLE e1 (id INTEGER PRIMARY KEY, s TEXT); CREATE TABLE e2 (id INTEGER PRIMARY KEY, n INTEGER DEFAULT 0); INSERT INTO e2 (id) VALUES (1)");
  await op.execute(\`CREATE TRIGGER tr AFTER INSERT ON e1 BEGIN UPDATE e2 SET n = n + NEW.id WHERE id = 1; SELECT CASE WHEN NEW.s = 'x;y' THEN RAISE(ABORT, 'no; way') END; END; INSERT INTO e1 VALUES ($2, $1)\`, ["one; $2", 1]);
  await op.execute("INSERT INTO e1 VALUES (2, 'a;b'); -- $1; comment\\nINSERT INTO e1 VALUES ($1, $2); INSERT INTO e1 VALUES (4, $2 || $2)", [3, "?"]);`,
    });
    ok(p.athanor("upgrade", "head"));
    offline(p);
    const read = (file: string) => ({ e1: rows(`${p.dir}/${file}`, "SELECT id, s FROM e1 ORDER BY id"), e2: rows(`${p.dir}/${file}`, "SELECT id, n FROM e2") });
    const online = read("online.db");
    assert.deepEqual(online, {
      e1: [
        { id: 1, s: "one; $2" },
        { id: 2, s: "a;b" },
        { id: 3, s: "?" },
        { id: 4, s: "??" },
      ],
      e2: [{ id: 1, n: 10 }],
    });
    assert.deepEqual(read("offline.db"), online);
  });

  test("? values over several statements are refused, online and offline alike", () => {
    const p = project();
    p.rev("a1000001", null, { up: `  await op.execute("CREATE TABLE t (a TEXT); INSERT INTO t VALUES (?)", ["x"]);` });
    for (const r of [p.athanor("upgrade", "head"), p.athanor("upgrade", "head", "--sql")]) {
      assert.equal(r.code, 1, r.stderr);
      assert.match(r.stderr, /op\.execute\(\) with values and 2 statements: number the values \(\$1, \$2, …\)/);
    }
  });

  test("an enum label holding a CR reads back as the enum: check is clean online and offline", () => {
    const p = project({ models: ["./models.ts"] });
    p.write(
      "models.ts",
      `import { t, table } from "athanor";
export const notes = table("notes", {
  columns: {
    id: { type: t.integer(), primaryKey: true },
    kind: { type: t.enum("kind", ["plain", "cr\\rhere", "crlf\\r\\n", "it's"]), default: "cr\\rhere" },
  },
});
`,
    );
    ok(p.athanor("revision", "--autogenerate", "-m", "notes"));
    ok(p.athanor("upgrade", "head"));
    offline(p);
    for (const file of ["online.db", "offline.db"]) {
      const check = p.run(["check"], { env: { DATABASE_URL: `sqlite:./${file}` } });
      assert.equal(check.code, 0, `${file}: ${check.stdout}\n${check.stderr}`);
      assert.match(check.stdout, /No changes detected/);
      const db = openSqlite(`${p.dir}/${file}`);
      try {
        db.prepare("INSERT INTO notes (id) VALUES (1)").run();
        assert.deepEqual(db.prepare("SELECT kind FROM notes").all(), [{ kind: "cr\rhere" }]);
        assert.throws(() => db.prepare("INSERT INTO notes (id, kind) VALUES (2, 'cr')").run(), /CHECK constraint failed/);
      } finally {
        db.close();
      }
    }
  });

  test("a table renamed only in the case of its letters, with a held rebuild, a view, a trigger and a key naming it: online as offline, and back", () => {
    const p = project();
    p.rev("a1", null, {
      up: `  await op.createTable("users", { columns: [{ name: "id", type: t.integer(), primaryKey: true }, { name: "email", type: t.text() }] });
  await op.createIndex("ix_email", "users", ["email"]);
  await op.createTable("orders", { columns: [{ name: "id", type: t.integer(), primaryKey: true }, { name: "user_id", type: t.integer(), references: { table: "users", column: "id" } }] });
  await op.execute("CREATE VIEW v AS SELECT * FROM users");
  await op.execute("CREATE TRIGGER trg AFTER INSERT ON orders BEGIN UPDATE users SET email = email WHERE id = NEW.user_id; END");
  await op.bulkInsert("users", [{ id: 1, email: "a" }]);
  await op.bulkInsert("orders", [{ id: 1, user_id: 1 }]);`,
    });
    p.rev("a2", "a1", {
      up: `  await op.alterColumn("users", "email", { nullable: false, existingType: t.text() });
  await op.renameTable("users", "Users");
  await op.alterColumn("Users", "email", { default: "z", existingType: t.text() });
  await op.renameTable("orders", "ORDERS");`,
      down: `  await op.renameTable("ORDERS", "orders");\n  await op.renameTable("Users", "users");`,
    });
    ok(p.athanor("upgrade", "head"));
    offline(p);
    const schema = (file: string) => rows(`${p.dir}/${file}`, "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'athanor%' ORDER BY name");
    assert.deepEqual(schema("offline.db"), schema("online.db"));
    const names = (file: string) => rows(`${p.dir}/${file}`, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'athanor%' ORDER BY name");
    assert.deepEqual(names("online.db"), [{ name: "ORDERS" }, { name: "Users" }]);
    for (const file of ["online.db", "offline.db"]) {
      assert.deepEqual(rows(`${p.dir}/${file}`, "SELECT * FROM v"), [{ id: 1, email: "a" }]);
      assert.deepEqual(rows(`${p.dir}/${file}`, "PRAGMA foreign_key_check"), []);
      assert.match(String((rows(`${p.dir}/${file}`, "SELECT sql FROM sqlite_master WHERE name = 'ORDERS'")[0] as { sql: string }).sql), /REFERENCES "Users"/);
    }
    ok(p.athanor("downgrade", "a1"));
    assert.deepEqual(names("online.db"), [{ name: "orders" }, { name: "users" }]);
  });
});
