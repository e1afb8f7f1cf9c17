/**
 * `op.execute(sql, params)` and `op.query(sql, params)` number their values
 * `$1`, `$2`, … on every dialect. SQLite reads `$1` as a parameter named
 * "$1", which better-sqlite3 won't bind from a list ("Too many parameter
 * values were provided"), and an offline script printed it unbound (the
 * sqlite3 shell binds NULL). They become `?` with the values in the order
 * used; SQLite's own `?` still works. Checked online over a second
 * connection, and offline through the sqlite3 shell.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, describe, test } from "node:test";
import Database from "better-sqlite3";
import { numberedToPositional } from "../../src/dialects/sqlite/placeholders.js";
import { MigrationProject } from "../support/project.js";

const UP = `  await op.createTable("note", {
    columns: [
      { name: "id", type: t.integer(), primaryKey: true },
      { name: "body", type: t.text(), nullable: false },
      { name: "tag", type: t.text() },
      { name: "flag", type: t.boolean() },
    ],
  });
  await op.execute("INSERT INTO note (id, body, tag, flag) VALUES ($2, $1, '$1 stays', $3)", ["it's $2 ?", 7, true]);
  await op.execute("INSERT INTO note (id, body, tag) VALUES ($1, $2, $2)", [8, "twice"]);
  await op.execute("INSERT INTO note (id, body) VALUES (?, ?)", [9, "sqlite style"]);
  if (!op.offline) {
    const rows = await op.query<{ body: string }>("SELECT body FROM note WHERE id = $1 AND \\"tag\\" = $2", [8, "twice"]);
    await op.execute("INSERT INTO note (id, body) VALUES (10, $1)", [\`read back: \${rows[0]?.body}\`]);
  } else {
    await op.execute("INSERT INTO note (id, body) VALUES (10, 'read back: twice')");
  }`;

describe("SQLite: $n placeholders in op.execute and op.query", () => {
  const dir = new MigrationProject("sqlite:./app.db");
  after(() => dir.cleanup());
  dir.rev("a1000001", null, { up: UP, down: `  await op.dropTable("note");` });
  const expected = [
    { id: 7, body: "it's $2 ?", tag: "$1 stays", flag: 1 },
    { id: 8, body: "twice", tag: "twice", flag: null },
    { id: 9, body: "sqlite style", tag: null, flag: null },
    { id: 10, body: "read back: twice", tag: null, flag: null },
  ];
  const rows = (file: string) => {
    const db = new Database(file, { readonly: true });
    try {
      return db.prepare("SELECT id, body, tag, flag FROM note ORDER BY id").all();
    } finally {
      db.close();
    }
  };

  test("online: every value bound where its number says", () => {
    const r = dir.athanor("upgrade", "head");
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(rows(join(dir.dir, "app.db")), expected);
  });

  test("offline: the script has the values inlined, and the sqlite3 shell gets the same rows", () => {
    const r = dir.athanor("upgrade", "head", "--sql");
    assert.equal(r.code, 0, r.stderr);
    assert.doesNotMatch(r.stdout, /VALUES \(\$|, \$\d\)/, "no unbound $n left");
    assert.match(r.stdout, /VALUES \(7, 'it''s \$2 \?', '\$1 stays', 1\)/);
    const script = join(dir.dir, "up.sql");
    const file = join(dir.dir, "offline.db");
    writeFileSync(script, r.stdout);
    rmSync(file, { force: true });
    const shell = spawnSync("sqlite3", ["-bail", file, `.read ${script}`], { encoding: "utf8" });
    assert.equal(shell.status, 0, shell.stderr);
    assert.deepEqual(rows(file), expected);
  });

  test("the rewrite: order of use, reuse, names and literals left alone, mixing refused", () => {
    assert.deepEqual(numberedToPositional("SELECT $2, $1, $2, a$1, '$1', \"$1\", [$1] -- $1\n", ["a", "b"]), {
      sql: "SELECT ?, ?, ?, a$1, '$1', \"$1\", [$1] -- $1\n",
      params: ["b", "a", "b"],
    });
    assert.deepEqual(numberedToPositional("SELECT ?, ?", [1, 2]), { sql: "SELECT ?, ?", params: [1, 2] });
    assert.throws(() => numberedToPositional("SELECT $1, ?", [1, 2]), /mixes \$n and \? placeholders/);
    assert.throws(() => numberedToPositional("SELECT $3", [1, 2]), /uses \$3 but has 2 parameter/);
  });
});
