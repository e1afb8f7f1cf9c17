/**
 * One change at a time: the database is built from `before`, compared with
 * `after`; the operations must be exactly the expected ones, the rendered
 * revision file must run (upgrade) and leave compare empty, and its
 * downgrade must bring the database back to `before`.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import {
  type CompareOptions,
  type CompareResult,
  compare,
  downgradeOf,
  enumType,
  renderBodies,
  table,
} from "../../src/autogenerate/index.js";
import type { DatabaseConnection } from "../../src/dialects/dialect.js";
import type { Operation } from "../../src/operations/operation.js";
import { type ColumnDefinition, sql, t } from "../../src/schema/index.js";
import type { TableDefinition } from "../../src/schema/table.js";
import { requirePostgres } from "../support/databases.js";
import { apply, assertClean, describe as describeOps, replacer, withDb } from "./helpers.js";
import { runRendered } from "./run-rendered.js";

/** Sakila's shape: store <-> staff, a foreign-key cycle, both referencing address. */
function storeStaffAddress(): unknown[] {
  return [
    table("address", { columns: { id: { type: t.integer(), primaryKey: true } } }),
    table("store", {
      columns: {
        id: { type: t.integer(), primaryKey: true },
        manager: { type: t.integer(), references: { table: "staff" } },
        address_id: { type: t.integer(), references: { table: "address" } },
      },
    }),
    table("staff", {
      columns: {
        id: { type: t.integer(), primaryKey: true },
        store_id: { type: t.integer(), references: { table: "store" } },
        address_id: { type: t.integer(), references: { table: "address" } },
      },
    }),
  ];
}

interface Case {
  readonly name: string;
  readonly before: unknown;
  readonly after: unknown;
  readonly expect: readonly string[];
  readonly options?: CompareOptions;
  /** The downgrade cannot restore `before` exactly (an added enum value stays). */
  readonly noDowngrade?: boolean;
  readonly check?: (r: CompareResult, rendered: ReturnType<typeof renderBodies>) => void;
  /** Extra SQL after building `before` (rows, objects the models don't know). */
  readonly setup?: string;
}

async function build(conn: DatabaseConnection, models: unknown, options?: CompareOptions): Promise<void> {
  const r = await compare(models, conn, options);
  await apply(conn, r.operations);
}

async function runCase(c: Case): Promise<void> {
  await withDb(async ({ conn, sql: run }) => {
    await build(conn, c.before, c.options);
    await assertClean(conn, c.before, c.options);
    if (c.setup) await run(c.setup);
    const r = await compare(c.after, conn, c.options);
    assert.deepEqual(
      r.operations.map((o) => o.kind),
      c.expect,
      `operations:\n${describeOps(r.operations)}\n${JSON.stringify(r.operations, replacer, 1)}\nwarnings: ${r.warnings.join("\n")}`,
    );
    const down = downgradeOf(r.operations);
    const rendered = renderBodies({
      upgradeOps: r.operations,
      downgradeOps: down.operations,
      irreversible: down.irreversible,
      possibleRenames: r.possibleRenames,
    });
    c.check?.(r, rendered);
    await runRendered(conn, rendered, "upgrade");
    await assertClean(conn, c.after, c.options);
    if (c.noDowngrade) return;
    assert.deepEqual(down.irreversible, []);
    await runRendered(conn, rendered, "downgrade");
    await assertClean(conn, c.before, c.options);
  });
}

const col = (name: string, type: ColumnDefinition["type"], extra: Partial<ColumnDefinition> = {}): ColumnDefinition => ({ name, type, ...extra });
const users = (...extra: ColumnDefinition[]): TableDefinition =>
  table("users", { columns: [col("id", t.integer(), { primaryKey: true }), ...extra] });
const ops = (r: CompareResult, kind: Operation["kind"]) => r.operations.filter((o) => o.kind === kind);

const cases: Case[] = [
  { name: "add a table", before: [users()], after: [users(), table("teams", { columns: { id: { type: t.serial(), primaryKey: true } } })], expect: ["createTable"] },
  { name: "drop a table", before: [users(), table("teams", { columns: { id: t.integer() } })], after: [users()], expect: ["dropTable"] },
  { name: "add a nullable column", before: [users()], after: [users(col("email", t.text()))], expect: ["addColumn"] },
  {
    name: "add a NOT NULL column with a default",
    before: [users()],
    after: [users(col("active", t.boolean(), { nullable: false, default: true }))],
    expect: ["addColumn"],
  },
  {
    name: "add a NOT NULL column without default is flagged",
    before: [users()],
    after: [users(col("email", t.text(), { nullable: false }))],
    expect: ["addColumn"],
    check: (r, rendered) => {
      assert.ok(r.warnings.some((w) => w.includes("NOT NULL")));
      assert.match(rendered.upgrades, /DESTRUCTIVE OR RISKY[\s\S]*adds NOT NULL column users\.email/);
    },
  },
  {
    name: "drop a column",
    before: [users(col("email", t.varchar(100), { default: "x", comment: "mail" }))],
    after: [users()],
    expect: ["dropColumn"],
    check: (_r, rendered) => assert.match(rendered.upgrades, /drops column users\.email/),
  },
  { name: "widen varchar", before: [users(col("name", t.varchar(50)))], after: [users(col("name", t.varchar(255)))], expect: ["alterColumn"] },
  {
    name: "narrow varchar is flagged",
    before: [users(col("name", t.varchar(255)))],
    after: [users(col("name", t.varchar(50)))],
    expect: ["alterColumn"],
    check: (_r, rendered) => assert.match(rendered.upgrades, /changes the type of users\.name from varchar\(255\) to varchar\(50\)/),
  },
  {
    name: "text to integer uses a USING cast",
    before: [users(col("n", t.text()))],
    after: [users(col("n", t.integer()))],
    expect: ["alterColumn"],
    check: (r) => assert.ok((ops(r, "alterColumn")[0] as { using?: unknown }).using !== undefined),
  },
  {
    name: "text with a default to integer: default dropped, type changed, default set",
    before: [users(col("n", t.text(), { default: "1" }))],
    after: [users(col("n", t.integer(), { default: 2 }))],
    expect: ["alterColumn", "alterColumn", "alterColumn"],
  },
  {
    name: "text with a default to an enum",
    before: [users(col("s", t.text(), { default: "a" }))],
    after: [enumType("st", ["a", "b"]), users(col("s", t.enum("st"), { default: "a" }))],
    expect: ["createEnum", "alterColumn", "alterColumn", "alterColumn"],
  },
  {
    name: "new table referencing a unique added in the same revision",
    before: [users(col("email", t.text()))],
    after: [
      users(col("email", t.text(), { unique: true })),
      table("logins", { columns: { email: { type: t.text(), references: { table: "users", column: "email" } } } }),
    ],
    expect: ["createUniqueConstraint", "createTable"],
  },
  { name: "integer to bigint", before: [users(col("n", t.integer()))], after: [users(col("n", t.bigint()))], expect: ["alterColumn"] },
  { name: "timestamp to timestamptz", before: [users(col("at", t.timestamp()))], after: [users(col("at", t.timestamptz()))], expect: ["alterColumn"] },
  { name: "numeric precision", before: [users(col("p", t.numeric(10, 2)))], after: [users(col("p", t.numeric(12, 4)))], expect: ["alterColumn"] },
  { name: "array element type", before: [users(col("a", t.array(t.integer())))], after: [users(col("a", t.array(t.bigint())))], expect: ["alterColumn"] },
  { name: "set NOT NULL", before: [users(col("e", t.text(), { default: "" }))], after: [users(col("e", t.text(), { nullable: false, default: "" }))], expect: ["alterColumn"] },
  { name: "drop NOT NULL", before: [users(col("e", t.text(), { nullable: false }))], after: [users(col("e", t.text()))], expect: ["alterColumn"] },
  { name: "add a default", before: [users(col("s", t.text()))], after: [users(col("s", t.text(), { default: "draft" }))], expect: ["alterColumn"] },
  { name: "change a default", before: [users(col("s", t.text(), { default: "a" }))], after: [users(col("s", t.text(), { default: "b" }))], expect: ["alterColumn"] },
  { name: "remove a default", before: [users(col("s", t.integer(), { default: 1 }))], after: [users(col("s", t.integer()))], expect: ["alterColumn"] },
  {
    name: "default from value to sql()",
    before: [users(col("at", t.timestamptz(), { default: new Date("2020-01-01T00:00:00Z") }))],
    after: [users(col("at", t.timestamptz(), { default: sql("now()") }))],
    expect: ["alterColumn"],
  },
  {
    name: "expression default changed (settled on the server)",
    before: [users(col("at", t.timestamptz(), { default: sql("now() + interval '1 day'") }))],
    after: [users(col("at", t.timestamptz(), { default: sql("now() + interval '2 days'") }))],
    expect: ["alterColumn"],
  },
  { name: "json default", before: [users(col("j", t.jsonb(), { default: { a: 1 } }))], after: [users(col("j", t.jsonb(), { default: { a: 2 } }))], expect: ["alterColumn"] },
  {
    name: "type, nullability and default in one alterColumn",
    before: [users(col("c", t.varchar(10)))],
    after: [users(col("c", t.varchar(20), { nullable: false, default: "x" }))],
    expect: ["alterColumn"],
    setup: "",
  },
  { name: "add a column-level unique", before: [users(col("e", t.text()))], after: [users(col("e", t.text(), { unique: true }))], expect: ["createUniqueConstraint"] },
  { name: "drop a unique", before: [users(col("e", t.text(), { unique: true }))], after: [users(col("e", t.text()))], expect: ["dropConstraint"] },
  {
    name: "unique gains NULLS NOT DISTINCT",
    before: [table("u", { columns: { a: t.integer() }, uniques: [{ name: "uq_a", columns: ["a"] }] })],
    after: [table("u", { columns: { a: t.integer() }, uniques: [{ name: "uq_a", columns: ["a"], nullsNotDistinct: true }] })],
    expect: ["dropConstraint", "createUniqueConstraint"],
  },
  {
    name: "add a foreign key",
    before: [users(), table("posts", { columns: { id: t.integer(), user_id: t.integer() } })],
    after: [users(), table("posts", { columns: { id: t.integer(), user_id: { type: t.integer(), references: { table: "users" } } } })],
    expect: ["createForeignKey"],
    check: (r) => assert.equal((ops(r, "createForeignKey")[0] as { name?: string }).name, "posts_user_id_fkey"),
  },
  {
    name: "change a foreign key's ON DELETE",
    before: [users(), table("posts", { columns: { user_id: { type: t.integer(), references: { table: "users" } } } })],
    after: [users(), table("posts", { columns: { user_id: { type: t.integer(), references: { table: "users", onDelete: "cascade" } } } })],
    expect: ["dropConstraint", "createForeignKey"],
  },
  {
    name: "foreign key becomes deferrable",
    before: [users(), table("posts", { columns: { user_id: { type: t.integer(), references: { table: "users" } } } })],
    after: [users(), table("posts", { columns: { user_id: { type: t.integer(), references: { table: "users", deferrable: true, initiallyDeferred: true } } } })],
    expect: ["dropConstraint", "createForeignKey"],
  },
  {
    name: "drop a foreign key",
    before: [users(), table("posts", { columns: { user_id: { type: t.integer(), references: { table: "users" } } } })],
    after: [users(), table("posts", { columns: { user_id: t.integer() } })],
    expect: ["dropConstraint"],
  },
  {
    name: "self-referencing foreign key added",
    before: [table("nodes", { columns: { id: { type: t.integer(), primaryKey: true }, parent: t.integer() } })],
    after: [table("nodes", { columns: { id: { type: t.integer(), primaryKey: true }, parent: { type: t.integer(), references: { table: "nodes" } } } })],
    expect: ["createForeignKey"],
  },
  {
    name: "add a check",
    before: [users(col("qty", t.integer()))],
    after: [table("users", { columns: [col("id", t.integer(), { primaryKey: true }), col("qty", t.integer())], checks: [{ expression: "qty >= 0" }] })],
    expect: ["createCheckConstraint"],
    check: (r) => assert.equal((ops(r, "createCheckConstraint")[0] as { name?: string }).name, "users_qty_check"),
  },
  {
    name: "change a named check's condition",
    before: [table("users", { columns: [col("qty", t.integer())], checks: [{ name: "qty_ok", expression: "qty >= 0" }] })],
    after: [table("users", { columns: [col("qty", t.integer())], checks: [{ name: "qty_ok", expression: "qty BETWEEN 0 AND 10" }] })],
    expect: ["dropConstraint", "createCheckConstraint"],
  },
  {
    name: "drop a check",
    before: [table("users", { columns: [col("qty", t.integer())], checks: [{ name: "qty_ok", expression: "qty >= 0" }] })],
    after: [table("users", { columns: [col("qty", t.integer())] })],
    expect: ["dropConstraint"],
  },
  {
    name: "add an index",
    before: [users(col("e", t.text()))],
    after: [table("users", { columns: [col("id", t.integer(), { primaryKey: true }), col("e", t.text())], indexes: [{ name: "ix_e", columns: ["e"] }] })],
    expect: ["createIndex"],
  },
  {
    name: "drop an index",
    before: [table("users", { columns: [col("e", t.text())], indexes: [{ name: "ix_e", columns: [sql("lower(e)")], where: "e IS NOT NULL" }] })],
    after: [table("users", { columns: [col("e", t.text())] })],
    expect: ["dropIndex"],
  },
  {
    name: "index gains a predicate",
    before: [table("users", { columns: [col("e", t.text())], indexes: [{ name: "ix_e", columns: ["e"] }] })],
    after: [table("users", { columns: [col("e", t.text())], indexes: [{ name: "ix_e", columns: ["e"], where: "e <> ''" }] })],
    expect: ["dropIndex", "createIndex"],
  },
  {
    name: "index expression changes (settled on the server)",
    before: [table("users", { columns: [col("e", t.text())], indexes: [{ name: "ix_e", columns: [sql("lower(e)")] }] })],
    after: [table("users", { columns: [col("e", t.text())], indexes: [{ name: "ix_e", columns: [sql("upper(e)")] }] })],
    expect: ["dropIndex", "createIndex"],
  },
  {
    name: "index becomes unique and descending",
    before: [table("users", { columns: [col("e", t.text())], indexes: [{ name: "ix_e", columns: ["e"] }] })],
    after: [table("users", { columns: [col("e", t.text())], indexes: [{ name: "ix_e", columns: [{ column: "e", order: "desc" }], unique: true }] })],
    expect: ["dropIndex", "createIndex"],
  },
  { name: "table comment added", before: [users()], after: [table("users", { columns: [col("id", t.integer(), { primaryKey: true })], comment: "people" })], expect: ["setTableComment"] },
  {
    name: "table comment removed",
    before: [table("users", { columns: [col("id", t.integer())], comment: "people" })],
    after: [table("users", { columns: [col("id", t.integer())] })],
    expect: ["setTableComment"],
  },
  { name: "column comment changed", before: [users(col("e", t.text(), { comment: "a" }))], after: [users(col("e", t.text(), { comment: "b's" }))], expect: ["setColumnComment"] },
  {
    name: "primary key added",
    before: [table("t1", { columns: { a: t.integer() } })],
    after: [table("t1", { columns: { a: { type: t.integer(), primaryKey: true } } })],
    expect: ["alterColumn", "createPrimaryKey"],
  },
  {
    name: "primary key columns change",
    before: [table("t1", { columns: { a: t.integer(), b: t.integer() }, primaryKey: { columns: ["a"] } })],
    after: [table("t1", { columns: { a: t.integer(), b: t.integer() }, primaryKey: { columns: ["a", "b"] } })],
    expect: ["dropConstraint", "alterColumn", "createPrimaryKey"],
  },
  {
    name: "new enum and a column using it",
    before: [users()],
    after: [enumType("mood", ["sad", "happy"]), users(col("mood", t.enum("mood"), { default: "happy" }))],
    expect: ["createEnum", "addColumn"],
  },
  {
    name: "enum value appended (autocommit)",
    before: [enumType("mood", ["sad", "happy"]), users(col("mood", t.enum("mood")))],
    after: [enumType("mood", ["sad", "happy", "ecstatic"]), users(col("mood", t.enum("mood")))],
    expect: ["addEnumValue"],
    check: (r, rendered) => {
      assert.deepEqual(ops(r, "addEnumValue")[0], { kind: "addEnumValue", name: "mood", value: "ecstatic", after: "happy", ifNotExists: true });
      assert.match(
        rendered.upgrades,
        /await op\.autocommit\(async \(\) => \{\n {4}await op\.addEnumValue\("mood", "ecstatic", \{ after: "happy", ifNotExists: true \}\);\n {2}\}\);/,
      );
      // The downgrade rebuilds the type without the value (PostgreSQL cannot remove it in place).
      assert.match(rendered.downgrades, /await op\.dropEnumValue\("mood", "ecstatic"/);
    },
  },
  {
    name: "enum values inserted in the middle and at the front",
    before: [enumType("lvl", ["b", "d"]), users(col("l", t.enum("lvl")))],
    after: [enumType("lvl", ["a", "b", "c", "d"]), users(col("l", t.enum("lvl")))],
    expect: ["addEnumValue", "addEnumValue"],
    check: (r) => {
      const adds = ops(r, "addEnumValue") as Array<{ value: string; before?: string; after?: string }>;
      assert.deepEqual(
        adds.map((a) => [a.value, a.before ?? null, a.after ?? null]),
        [
          ["a", "b", null],
          ["c", null, "b"],
        ],
      );
    },
  },
  {
    name: "new enum value used as a default in the same revision",
    before: [enumType("st", ["a"]), users(col("s", t.enum("st"), { default: "a" }))],
    after: [enumType("st", ["a", "b"]), users(col("s", t.enum("st"), { default: "b" }))],
    expect: ["addEnumValue", "alterColumn"],
  },
  {
    name: "enum no longer used is dropped after its column",
    before: [enumType("mood", ["sad", "happy"]), users(col("mood", t.enum("mood")))],
    after: [users()],
    expect: ["dropColumn", "dropEnum"],
  },
  {
    name: "enum value removed: warning, no operation",
    before: [enumType("mood", ["sad", "ok", "happy"]), users(col("mood", t.enum("mood")))],
    after: [enumType("mood", ["sad", "happy"]), users(col("mood", t.enum("mood")))],
    expect: [],
    check: (r) => assert.ok(r.warnings.some((w) => /values cannot be removed in place/.test(w) && w.includes('"ok"'))),
  },
  {
    name: "enum values reordered: warning, no operation",
    before: [enumType("mood", ["sad", "happy"]), users(col("mood", t.enum("mood")))],
    after: [enumType("mood", ["happy", "sad"]), users(col("mood", t.enum("mood")))],
    expect: [],
    check: (r) => assert.ok(r.warnings.some((w) => /cannot be reordered/.test(w))),
  },
  {
    name: "column type moves to an enum",
    before: [users(col("s", t.text()))],
    after: [enumType("st", ["a", "b"]), users(col("s", t.enum("st")))],
    expect: ["createEnum", "alterColumn"],
  },
  {
    name: "possible column rename is reported",
    before: [users(col("name", t.text()))],
    after: [users(col("full_name", t.text()))],
    expect: ["addColumn", "dropColumn"],
    check: (r, rendered) => {
      assert.equal(r.possibleRenames.length, 1);
      assert.equal(r.possibleRenames[0]!.renameKey, "users.name");
      assert.match(rendered.upgrades, /POSSIBLE RENAME: column users\.name -> users\.full_name/);
      assert.match(rendered.upgrades, /\/\/ {3}await op\.alterColumn\("users", "name", \{ newName: "full_name" \}\);/);
      assert.match(rendered.upgrades, /--rename users\.name=full_name/);
    },
  },
  {
    name: "column rename with the renames option",
    before: [users(col("name", t.text(), { default: "x" }))],
    after: [users(col("full_name", t.text(), { default: "x" }))],
    options: { renames: { "users.name": "full_name" } },
    expect: ["alterColumn"],
    check: (r) => assert.equal((r.operations[0] as { newName?: string }).newName, "full_name"),
  },
  {
    // RENAME COLUMN keeps the column's index, unique constraint and foreign key: not dropped and made again
    name: "column rename keeps its index, unique and foreign key",
    before: [
      table("teams", { columns: { id: { type: t.integer(), primaryKey: true } } }),
      table("members", {
        columns: { id: { type: t.integer(), primaryKey: true }, team: { type: t.integer(), references: { table: "teams" } }, tag: t.text() },
        uniques: [{ name: "uq_members_tag", columns: ["tag"] }],
        indexes: [{ name: "ix_members_team", columns: ["team", "id"] }],
      }),
    ],
    after: [
      table("teams", { columns: { id: { type: t.integer(), primaryKey: true } } }),
      table("members", {
        columns: { id: { type: t.integer(), primaryKey: true }, team_id: { type: t.integer(), references: { table: "teams" } }, label: t.text() },
        uniques: [{ name: "uq_members_tag", columns: ["label"] }],
        indexes: [{ name: "ix_members_team", columns: ["team_id", "id"] }],
      }),
    ],
    options: { renames: { "members.team": "team_id", "members.tag": "label" } },
    expect: ["alterColumn", "alterColumn"],
  },
  {
    name: "column rename plus a type change",
    before: [users(col("name", t.varchar(10)))],
    after: [users(col("full_name", t.varchar(40)))],
    options: { renames: { "users.name": "full_name" } },
    expect: ["alterColumn", "alterColumn"],
  },
  {
    name: "possible table rename is reported",
    before: [table("people", { columns: { id: { type: t.integer(), primaryKey: true }, n: t.text() } })],
    after: [table("persons", { columns: { id: { type: t.integer(), primaryKey: true }, n: t.text() } })],
    expect: ["createTable", "dropTable"],
    check: (r, rendered) => {
      assert.equal(r.possibleRenames[0]?.kind, "table");
      assert.match(rendered.upgrades, /await op\.renameTable\("people", "persons"\)/);
    },
  },
  {
    name: "table rename with the renames option (and a new column)",
    before: [table("people", { columns: { id: { type: t.integer(), primaryKey: true }, n: t.text() } })],
    after: [table("persons", { columns: { id: { type: t.integer(), primaryKey: true }, n: t.text(), m: t.text() } })],
    options: { renames: { people: "persons" } },
    expect: ["renameTable", "addColumn"],
  },
  {
    name: "two new tables in a foreign-key cycle",
    before: [users()],
    after: [
      users(),
      table("a", { columns: { id: { type: t.integer(), primaryKey: true }, b_id: { type: t.integer(), references: { table: "b" } } } }),
      table("b", { columns: { id: { type: t.integer(), primaryKey: true }, a_id: { type: t.integer(), references: { table: "a" } } } }),
    ],
    expect: ["createTable", "createTable", "createForeignKey"],
  },
  {
    name: "two tables in a foreign-key cycle dropped",
    before: [
      users(),
      table("a", { columns: { id: { type: t.integer(), primaryKey: true }, b_id: { type: t.integer(), references: { table: "b" } } } }),
      table("b", { columns: { id: { type: t.integer(), primaryKey: true }, a_id: { type: t.integer(), references: { table: "a" } } } }),
    ],
    after: [users()],
    expect: ["dropConstraint", "dropTable", "dropTable"],
  },
  {
    // Sakila's store <-> staff, both referencing address: the loop that broke the cycle picked the first table
    // left (address, which references nothing) and never ended
    name: "a foreign-key cycle dropped with a table both reference: one key dropped, then the tables",
    before: [
      users(),
      ...storeStaffAddress(),
    ],
    after: [users()],
    expect: ["dropConstraint", "dropTable", "dropTable", "dropTable"],
    check: (r) => {
      const tables = r.operations.map((o) => (o as { table: string }).table);
      // the key of the first table of the cycle (in the database's order), then the other, that table, and address last
      assert.deepEqual(tables, tables[0] === "staff" ? ["staff", "store", "staff", "address"] : ["store", "staff", "store", "address"]);
    },
  },
  {
    name: "a foreign-key cycle created with a table both reference: only the cycle's key follows",
    before: [users()],
    after: [
      users(),
      ...storeStaffAddress(),
    ],
    expect: ["createTable", "createTable", "createTable", "createForeignKey"],
  },
  {
    name: "parent and child dropped: child first",
    before: [
      table("parent", { columns: { id: { type: t.integer(), primaryKey: true } } }),
      table("child", { columns: { p: { type: t.integer(), references: { table: "parent" } } } }),
      users(),
    ],
    after: [users()],
    expect: ["dropTable", "dropTable"],
    check: (r) => assert.deepEqual(r.operations.map((o) => (o as { table: string }).table), ["child", "parent"]),
  },
  {
    name: "new table referencing a new table: referenced first",
    before: [users()],
    after: [
      users(),
      table("child", { columns: { p: { type: t.integer(), references: { table: "parent" } } } }),
      table("parent", { columns: { id: { type: t.integer(), primaryKey: true } } }),
    ],
    expect: ["createTable", "createTable"],
    check: (r) => assert.deepEqual(r.operations.map((o) => (o as { table: string }).table), ["parent", "child"]),
  },
  {
    name: "column added in another schema",
    before: [table("events", { columns: { id: t.integer() } }, { schema: "audit" })],
    after: [table("events", { columns: { id: t.integer(), at: t.timestamptz() } }, { schema: "audit" })],
    expect: ["addColumn"],
    check: (r) => assert.equal((r.operations[0] as { schema?: string }).schema, "audit"),
  },
  {
    name: "new schema is created",
    before: [users()],
    after: [users(), table("events", { columns: { id: t.integer() } }, { schema: "audit2" })],
    expect: ["createSchema", "createTable"],
  },
  {
    name: "quoted names: column added and index changed",
    before: [table("User Table", { columns: { "Select": t.text() }, indexes: [{ name: "Ix \"One\"", columns: ["Select"] }] })],
    after: [
      table("User Table", {
        columns: { "Select": t.text(), 'we"ird col': { type: t.integer(), default: 1 } },
        indexes: [{ name: "Ix \"One\"", columns: ["Select", 'we"ird col'] }],
      }),
    ],
    expect: ["dropIndex", "addColumn", "createIndex"],
  },
  {
    name: "include filter hides a table from comparison",
    before: [users(), table("legacy", { columns: { id: t.integer() } })],
    after: [users()],
    options: { include: (o) => !(o.type === "table" && o.name === "legacy") },
    expect: [],
  },
  {
    name: "version table and its log are never reported",
    before: [users()],
    setup: "CREATE TABLE athanor_version (version_num varchar(32) primary key); CREATE TABLE athanor_version_log (id int)",
    after: [users()],
    options: { versionTable: { table: "athanor_version" } },
    expect: [],
  },
  {
    name: "compareType: false ignores type changes",
    before: [users(col("n", t.integer()))],
    after: [users(col("n", t.bigint()))],
    options: { compareType: false },
    expect: [],
  },
  {
    name: "compareServerDefault: false ignores defaults",
    before: [users(col("n", t.integer(), { default: 1 }))],
    after: [users(col("n", t.integer(), { default: 2 }))],
    options: { compareServerDefault: false },
    expect: [],
  },
  {
    name: "identity difference is a warning, not an operation",
    before: [table("ids", { columns: { id: { type: t.integer(), identity: "byDefault" } } })],
    after: [table("ids", { columns: { id: { type: t.integer(), identity: "always" } } })],
    expect: [],
    check: (r) => assert.ok(r.warnings.some((w) => w.includes("identity"))),
  },
];

describe("autogenerate: one change at a time", { concurrency: 4 }, async () => {
  const opts = await requirePostgres();
  for (const c of cases) test(c.name, opts, () => runCase(c));
});
