/**
 * The SQLite renderer: the portable types as SQLite declares them, each
 * reversible operation's inverse restoring the schema, refusals of what
 * SQLite has no meaning for, and offline scripts that the sqlite3 shell runs
 * to the same schema and rows as the online run.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { describe, test } from "node:test";
import { sqliteRenderer } from "../../src/dialects/sqlite/renderer.js";
import { isAthanorError } from "../../src/errors.js";
import type { Operation } from "../../src/operations/operation.js";
import { reverseOrThrow } from "../../src/operations/reverse.js";
import { sql } from "../../src/schema/sql-expression.js";
import { t } from "../../src/schema/types-builder.js";
import { applyOps, dumpSchema, offlineScriptFor, runSqliteShell, tempDatabase } from "./support/sqlite-file.js";

const everyType: Operation = {
  kind: "createTable",
  table: "every type",
  columns: [
    { name: "id", type: t.bigint(), primaryKey: true, identity: "byDefault" },
    { name: "small", type: t.smallint(), default: -1 },
    { name: "int", type: t.integer(), nullable: false, default: 0 },
    { name: "flag", type: t.boolean(), nullable: false, default: true },
    { name: "note", type: t.text(), default: "it's \"quoted\" ? $1" },
    { name: "email", type: t.varchar(255), unique: true },
    { name: "code", type: t.char(3) },
    { name: "price", type: t.numeric(10, 2), default: 9.5 },
    { name: "ratio", type: t.real() },
    { name: "score", type: t.double() },
    { name: "day", type: t.date() },
    { name: "at", type: t.time() },
    { name: "created", type: t.timestamp(), default: sql("CURRENT_TIMESTAMP") },
    { name: "seen", type: t.timestamptz() },
    { name: "uid", type: t.uuid() },
    { name: "doc", type: t.json(), default: { a: [1, "x"] } },
    { name: "bytes", type: t.bytea() },
    { name: "mood", type: t.enum("mood", ["happy", "it's ok"]), default: "happy" },
    { name: "select", type: t.text(), generated: { expression: "upper(note)", stored: false } },
  ],
  checks: [{ name: "small_positive", expression: "small > -10" }],
  indexes: [{ name: "every_type_day", columns: ["day", { column: "note", order: "desc", collation: "NOCASE" }], where: sql("day IS NOT NULL") }],
};

describe("SQLite renderer: types and createTable", () => {
  test("a literal holding an unpaired UTF-16 surrogate is refused (it would be stored as U+FFFD)", () => {
    assert.throws(() => sqliteRenderer.renderLiteral("lone \uDC00"), /a string value holds an unpaired UTF-16 surrogate/);
    assert.equal(sqliteRenderer.renderLiteral("paired \uD83D\uDE80"), "'paired \uD83D\uDE80'");
  });

  test("every portable type, applied and read back", async () => {
    const d = tempDatabase();
    try {
      await applyOps(d.conn, [everyType]);
      const db = d.reopen();
      const cols = db.prepare(`PRAGMA table_xinfo("every type")`).all() as { name: string; type: string; notnull: number; dflt_value: string | null; pk: number; hidden: number }[];
      assert.deepEqual(
        cols.map((c) => [c.name, c.type, c.notnull, c.dflt_value, c.pk]),
        [
          ["id", "INTEGER", 1, null, 1],
          ["small", "SMALLINT", 0, "-1", 0],
          ["int", "INTEGER", 1, "0", 0],
          ["flag", "BOOLEAN", 1, "1", 0],
          ["note", "TEXT", 0, `'it''s "quoted" ? $1'`, 0],
          ["email", "VARCHAR(255)", 0, null, 0],
          ["code", "CHAR(3)", 0, null, 0],
          ["price", "NUMERIC(10, 2)", 0, "9.5", 0],
          ["ratio", "REAL", 0, null, 0],
          ["score", "DOUBLE PRECISION", 0, null, 0],
          ["day", "DATE", 0, null, 0],
          ["at", "TIME", 0, null, 0],
          ["created", "TIMESTAMP", 0, "CURRENT_TIMESTAMP", 0],
          ["seen", "TIMESTAMPTZ", 0, null, 0],
          ["uid", "UUID", 0, null, 0],
          ["doc", "TEXT", 0, `'{"a":[1,"x"]}'`, 0],
          ["bytes", "BLOB", 0, null, 0],
          ["mood", "TEXT", 0, "'happy'", 0],
          ["select", "TEXT", 0, null, 0],
        ],
      );
      db.exec(`INSERT INTO "every type" (note) VALUES ('a')`);
      assert.deepEqual(db.prepare(`SELECT id, flag, mood, "select", doc FROM "every type"`).get(), { id: 1, flag: 1, mood: "happy", select: "A", doc: '{"a":[1,"x"]}' });
      assert.throws(() => db.exec(`INSERT INTO "every type" (mood) VALUES ('sad')`), /CHECK constraint failed: every type_mood_enum/);
      assert.throws(() => db.exec(`INSERT INTO "every type" (doc) VALUES ('{oops')`), /CHECK constraint failed: every type_doc_json/);
    } finally {
      d.close();
    }
  });

  test("identity on a column that is not the one-column key is refused", () => {
    assert.throws(
      () => sqliteRenderer.renderOperation({ kind: "createTable", table: "t", columns: [{ name: "id", type: t.integer(), identity: "always" }, { name: "x", type: t.text(), primaryKey: true }] }),
      /identity on column id is not supported on sqlite; SQLite numbers only the table's one-column INTEGER PRIMARY KEY/,
    );
  });
});

describe("SQLite renderer: refusals name the operation, the dialect and the alternative", () => {
  const refused: [Operation, RegExp][] = [
    [{ kind: "createSchema", name: "app" }, /^create schema app is not supported on sqlite; SQLite has no schemas/],
    [{ kind: "createEnum", name: "mood", values: ["a"] }, /^create enum mood is not supported on sqlite; SQLite has no enum types: use t\.enum\(name, values\)/],
    [{ kind: "addEnumValue", name: "mood", value: "b" }, /is not supported on sqlite; SQLite has no enum types/],
    [{ kind: "setTableComment", table: "t", comment: "x" }, /is not supported on sqlite; SQLite stores no comments/],
    [{ kind: "createIndex", table: "t", name: "i", columns: ["a"], concurrently: true }, /^create index i on t concurrently is not supported on sqlite/],
    [{ kind: "createTable", table: "t", columns: [{ name: "ip", type: t.inet() }] }, /type pg\.inet\(\) is not supported on sqlite; use t\.varchar\(45\)/],
    [{ kind: "createTable", table: "t", columns: [{ name: "tags", type: t.array(t.text()) }] }, /is not supported on sqlite; use t\.json\(\)/],
    [{ kind: "createTable", table: "t", schema: "app", columns: [{ name: "a", type: t.text() }] }, /\(schema app\) is not supported on sqlite/],
  ];
  for (const [op, message] of refused) {
    test(op.kind, () => {
      assert.throws(
        () => sqliteRenderer.renderOperation(op),
        (e: unknown) => isAthanorError(e) && e.code === "DIALECT.UNSUPPORTED" && message.test(e.message) && !e.message.includes("\n"),
      );
    });
  }

  test("offline, a rebuild of a table the script did not create is refused with the way out", async () => {
    await assert.rejects(
      offlineScriptFor([[{ kind: "alterColumn", table: "users", column: "email", nullable: false }]]),
      (e: unknown) => isAthanorError(e) && e.code === "OFFLINE.NEEDS_CONNECTION" && /rebuilds the table on sqlite.*upgrade --sql base:<revision>/.test(e.message),
    );
  });
});

const base = `
  CREATE TABLE users (id INTEGER PRIMARY KEY, email VARCHAR(100), name TEXT DEFAULT 'x', age INTEGER);
  CREATE TABLE posts (id INTEGER PRIMARY KEY, user_id INTEGER, title TEXT NOT NULL);
  INSERT INTO users VALUES (1, 'a@x', 'a', 30), (2, 'b@x', 'b', 40);
  INSERT INTO posts VALUES (1, 1, 'p1'), (2, 2, 'p2');
`;

const reversible: [string, Operation][] = [
  ["createTable", { kind: "createTable", table: "tags", columns: [{ name: "id", type: t.integer(), primaryKey: true }, { name: "label", type: t.text(), nullable: false }] }],
  ["addColumn (native)", { kind: "addColumn", table: "users", column: { name: "bio", type: t.text() } }],
  ["addColumn (rebuild)", { kind: "addColumn", table: "users", column: { name: "handle", type: t.varchar(20), unique: true } }],
  ["dropColumn", { kind: "dropColumn", table: "users", column: "age", original: { name: "age", type: t.integer() } }],
  ["alterColumn type", { kind: "alterColumn", table: "users", column: "email", type: t.text(), existingType: t.varchar(100) }],
  ["alterColumn nullability", { kind: "alterColumn", table: "posts", column: "title", nullable: true, existingNullable: false }],
  ["alterColumn default", { kind: "alterColumn", table: "users", column: "name", default: "y", existingDefault: "x" }],
  ["alterColumn rename", { kind: "alterColumn", table: "users", column: "name", newName: "full name" }],
  ["renameTable", { kind: "renameTable", table: "posts", newName: "articles" }],
  ["createIndex", { kind: "createIndex", table: "users", name: "users_email", columns: ["email"], unique: true }],
  ["createUniqueConstraint", { kind: "createUniqueConstraint", table: "users", name: "users_email_key", columns: ["email"] }],
  ["createForeignKey", { kind: "createForeignKey", table: "posts", name: "posts_user_fkey", columns: ["user_id"], refTable: "users", refColumns: ["id"], onDelete: "cascade" }],
  ["createCheckConstraint", { kind: "createCheckConstraint", table: "users", name: "age_positive", expression: "age > 0" }],
];

describe("SQLite renderer: each reversible operation's inverse restores the schema", () => {
  for (const [name, op] of reversible) {
    test(name, async () => {
      const d = tempDatabase();
      try {
        d.db.exec(base);
        const before = dumpSchema(d.db);
        const rows = d.db.prepare("SELECT id, email FROM users ORDER BY id").all();
        await applyOps(d.conn, [op]);
        const applied = dumpSchema(d.reopen());
        assert.notDeepEqual(applied, before);
        await applyOps(d.conn, [reverseOrThrow(op)]);
        assert.deepEqual(dumpSchema(d.reopen()), before);
        assert.deepEqual(d.reopen().prepare("SELECT id, email FROM users ORDER BY id").all(), rows);
      } finally {
        d.close();
      }
    });
  }
});

const history: Operation[][] = [
  [
    everyType,
    {
      kind: "createTable",
      table: "users",
      columns: [
        { name: "id", type: t.integer(), primaryKey: true, identity: "always" },
        { name: "email", type: t.varchar(255) },
        { name: "name", type: t.text(), default: "anon" },
        { name: "age", type: t.integer() },
      ],
    },
    {
      kind: "createTable",
      table: "posts",
      columns: [
        { name: "id", type: t.integer(), primaryKey: true },
        { name: "user_id", type: t.integer(), references: { table: "users", column: "id", onDelete: "cascade" } },
        { name: "title", type: t.text(), nullable: false },
      ],
      indexes: [{ name: "posts_user", columns: ["user_id"] }],
    },
    { kind: "execute", sql: "CREATE TRIGGER users_touch AFTER UPDATE ON users BEGIN UPDATE posts SET title = title WHERE user_id = new.id; END" },
  ],
  [
    { kind: "bulkInsert", table: "users", rows: [{ email: "a'b@x", name: "Ann \"A\"", age: 3 }, { email: "c@x", age: 5 }, { email: "d@x", name: "D" }] },
    { kind: "bulkInsert", table: "posts", rows: [{ id: 1, user_id: 1, title: "one ? $1 :x" }, { id: 2, user_id: 2, title: "two\nlines é" }] },
    { kind: "bulkInsert", table: "every type", rows: [{ note: "n", flag: false, bytes: new Uint8Array([0, 255]), doc: { k: "v" }, day: "2024-02-29", seen: new Date(Date.UTC(2024, 0, 2, 3, 4, 5)) }] },
  ],
  [
    { kind: "alterColumn", table: "users", column: "email", nullable: false, type: t.varchar(320) },
    { kind: "addColumn", table: "users", column: { name: "bio", type: t.text() } },
    { kind: "createCheckConstraint", table: "users", name: "age_ok", expression: "age IS NULL OR age >= 0" },
    { kind: "alterColumn", table: "users", column: "name", newName: "display name" },
    { kind: "createUniqueConstraint", table: "users", name: "users_email_key", columns: ["email"] },
  ],
  [
    { kind: "dropColumn", table: "users", column: "bio" },
    { kind: "dropConstraint", table: "users", name: "age_ok" },
    { kind: "alterColumn", table: "posts", column: "title", default: "untitled" },
    { kind: "dropIndex", name: "posts_user", table: "posts" },
    { kind: "renameTable", table: "posts", newName: "articles" },
    { kind: "alterColumn", table: "articles", column: "title", nullable: true },
  ],
];

function rowsOf(db: ReturnType<typeof tempDatabase>["db"]): unknown {
  return {
    users: db.prepare("SELECT * FROM users ORDER BY id").all(),
    articles: db.prepare("SELECT * FROM articles ORDER BY id").all(),
    every: db.prepare(`SELECT id, note, flag, hex(bytes) AS bytes, doc, day, seen FROM "every type"`).all(),
  };
}

const shell = spawnSync("sqlite3", ["-version"], { encoding: "utf8" });

describe("SQLite offline scripts", () => {
  test("the sqlite3 shell runs the --sql script to the same schema and rows as the online run", { skip: shell.status === 0 ? false : "no sqlite3 shell" }, async () => {
    const online = tempDatabase();
    const offline = tempDatabase();
    try {
      for (const step of history) await applyOps(online.conn, step);
      const script = await offlineScriptFor(history);
      assert.match(script, /^PRAGMA foreign_keys = OFF;\nBEGIN;/);
      assert.match(script, /DROP TABLE "users";\nALTER TABLE "_athanor_rebuild_users" RENAME TO "users";/);
      offline.db.close();
      const r = runSqliteShell(offline.path, script);
      assert.equal(r.status, 0, r.stderr);
      const a = online.reopen();
      const b = offline.reopen();
      assert.deepEqual(dumpSchema(b), dumpSchema(a));
      assert.deepEqual(rowsOf(b), rowsOf(a));
      assert.equal((rowsOf(a) as { articles: unknown[] }).articles.length, 2);
    } finally {
      online.close();
      offline.close();
    }
  });

  test("a foreign-key violation stops the script before its COMMIT", { skip: shell.status === 0 ? false : "no sqlite3 shell" }, async () => {
    const d = tempDatabase();
    try {
      d.db.close();
      const script = await offlineScriptFor([
        [
          { kind: "createTable", table: "a", columns: [{ name: "id", type: t.integer(), primaryKey: true }] },
          { kind: "createTable", table: "b", columns: [{ name: "id", type: t.integer(), primaryKey: true }, { name: "a_id", type: t.integer() }] },
        ],
        [
          { kind: "execute", sql: "INSERT INTO b VALUES (1, 7)" },
          { kind: "createForeignKey", table: "b", name: "b_a_fkey", columns: ["a_id"], refTable: "a", refColumns: ["id"] },
        ],
      ]);
      const r = runSqliteShell(d.path, script);
      assert.notEqual(r.status, 0);
      assert.match(r.stderr, /foreign keys violated/);
      const db = d.reopen();
      assert.deepEqual(db.prepare("SELECT * FROM b").all(), []);
      assert.deepEqual(db.prepare("PRAGMA foreign_key_list(b)").all(), []);
    } finally {
      d.close();
    }
  });
});

describe("SQLite AUTOINCREMENT (sqlite: { autoincrement: true })", () => {
  const table = (columns: unknown[]): Operation => ({ kind: "createTable", table: "seq", columns }) as unknown as Operation;

  test("is written on the one-column integer primary key, and ids are never reused", async () => {
    const [create] = sqliteRenderer.renderOperation(table([{ name: "id", type: t.integer(), primaryKey: true, sqlite: { autoincrement: true } }, { name: "v", type: t.text() }]));
    assert.match(create?.sql ?? "", /"id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL/);
    const d = tempDatabase();
    try {
      await applyOps(d.conn, [table([{ name: "id", type: t.integer(), primaryKey: true, sqlite: { autoincrement: true } }, { name: "v", type: t.text() }])]);
      const db = d.reopen();
      db.exec("INSERT INTO seq (v) VALUES ('a'), ('b'); DELETE FROM seq WHERE id = 2; INSERT INTO seq (v) VALUES ('c');");
      assert.deepEqual(db.prepare("SELECT id FROM seq WHERE v = 'c'").get(), { id: 3 }, "id 2 is not handed out again");
    } finally {
      d.close();
    }
  });

  test("is refused anywhere else, naming the column", () => {
    assert.throws(
      () => sqliteRenderer.renderOperation(table([{ name: "id", type: t.integer(), primaryKey: true }, { name: "n", type: t.integer(), sqlite: { autoincrement: true } }])),
      (e: unknown) => isAthanorError(e) && /sqlite\.autoincrement on column n.*one-column INTEGER PRIMARY KEY/.test(e.message),
    );
  });
});
