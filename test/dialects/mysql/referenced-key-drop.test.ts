/**
 * The drop of a key that a foreign key needs, without a server: the catalog rows as MySQL 8 returns them (column
 * names upper-cased, a functional key part without a column, numbers as strings), the offline session that knows
 * what the script and its history created, and autogenerate's placing of such drops (see
 * referenced-key-drop-cli.test.ts for the same on MariaDB through the CLI).
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { DatabaseSchema, DbTable } from "../../../src/autogenerate/schema-model.js";
import type { SqlStatement } from "../../../src/dialects/dialect.js";
import { needsOf } from "../../../src/dialects/mysql/foreign-key-needs.js";
import { arrangeKeyDrops } from "../../../src/dialects/mysql/key-drop-order.js";
import { readLiveTableKeys } from "../../../src/dialects/mysql/live-table-keys.js";
import { createMysqlRenderer } from "../../../src/dialects/mysql/renderer.js";
import { isAthanorError } from "../../../src/errors.js";
import type { Operation } from "../../../src/operations/operation.js";
import { t } from "../../../src/schema/types-builder.js";

/** Catalog rows of `accounts` as MySQL 8.0 sends them: upper-case keys, SEQ as text, a functional part with no column. */
const mysql8Rows = [
  { KIND: "index", NAME: "PRIMARY", SEQ: "1", COL: "id", REF_COL: null, OTHER_SCHEMA: null, OTHER_TABLE: null, DELETE_RULE: null, UPDATE_RULE: null, USABLE: "1" },
  { KIND: "index", NAME: "accounts_code_uq", SEQ: "1", COL: "code", REF_COL: null, OTHER_SCHEMA: null, OTHER_TABLE: null, DELETE_RULE: null, UPDATE_RULE: null, USABLE: "1" },
  { KIND: "index", NAME: "accounts_lower_idx", SEQ: "1", COL: null, REF_COL: null, OTHER_SCHEMA: null, OTHER_TABLE: null, DELETE_RULE: null, UPDATE_RULE: null, USABLE: "0" },
  { KIND: "index", NAME: "accounts_lower_idx", SEQ: "2", COL: "code", REF_COL: null, OTHER_SCHEMA: null, OTHER_TABLE: null, DELETE_RULE: null, UPDATE_RULE: null, USABLE: "1" },
  { KIND: "index", NAME: "accounts_code_pfx", SEQ: "1", COL: "code", REF_COL: null, OTHER_SCHEMA: null, OTHER_TABLE: null, DELETE_RULE: null, UPDATE_RULE: null, USABLE: "0" },
  { KIND: "ref", NAME: "orders_account_fk", SEQ: "1", COL: "account_code", REF_COL: "code", OTHER_SCHEMA: null, OTHER_TABLE: "orders", DELETE_RULE: null, UPDATE_RULE: null, USABLE: "1" },
  { KIND: "ref", NAME: "audit_account_fk", SEQ: "1", COL: "account_code", REF_COL: "code", OTHER_SCHEMA: "audit", OTHER_TABLE: "events", DELETE_RULE: null, UPDATE_RULE: null, USABLE: "1" },
];

const accounts: Operation = {
  kind: "createTable",
  table: "accounts",
  columns: [
    { name: "id", type: t.integer(), primaryKey: true },
    { name: "code", type: t.varchar(20), nullable: false },
    { name: "region", type: t.varchar(20), nullable: false },
  ],
  uniques: [{ name: "accounts_code_uq", columns: ["code"] }],
};
const orders: Operation = {
  kind: "createTable",
  table: "orders",
  columns: [
    { name: "id", type: t.integer(), primaryKey: true },
    { name: "account_code", type: t.varchar(20), nullable: false, references: { table: "accounts", column: "code", name: "orders_account_fk", onDelete: "cascade" } },
  ],
};
const dropUq: Operation = { kind: "dropConstraint", name: "accounts_code_uq", table: "accounts", constraintType: "unique" };
const widenUq: Operation = { kind: "createUniqueConstraint", name: "accounts_code_uq", table: "accounts", columns: ["code", "region"] };

/** An offline session (what `--sql` renders with), fed `ops` one by one; the statements, flushed at the end. */
async function offline(ops: readonly Operation[]): Promise<string[]> {
  const session = createMysqlRenderer().session!(null);
  const out: SqlStatement[] = [];
  for (const op of ops) out.push(...(await session.render(op)));
  out.push(...(session.flush?.() ?? []));
  return out.map((s) => s.sql);
}

const refusal = (pattern: RegExp) => (e: unknown) => {
  assert.ok(isAthanorError(e), String(e));
  assert.equal(e.code, "OPERATION.INVALID");
  assert.match(e.message, pattern);
  assert.doesNotMatch(e.message, /\n/);
  return true;
};

describe("MySQL: the keys a drop may take from a foreign key", () => {
  test("MySQL 8 catalog rows: a functional or prefix part serves no key; keys of other schemas are named with theirs", async () => {
    const keys = await readLiveTableKeys({ query: async <R>() => mysql8Rows as R[] }, "accounts", undefined);
    assert.deepEqual(
      keys.indexes.map((ix) => `${ix.name}:${ix.columns.join(",")}`),
      ["PRIMARY:id", "accounts_code_uq:code", "accounts_lower_idx:,code", "accounts_code_pfx:"],
    );
    const needs = needsOf(keys, keys.indexes[1]!);
    assert.deepEqual(
      needs.referencing.map((fk) => `${fk.schema ?? ""}.${fk.table}.${fk.name}`),
      [".orders.orders_account_fk", "audit.events.audit_account_fk"],
    );
    assert.deepEqual(needs.own, []);
  });

  test("offline, a drop followed by a key that serves the foreign key: one ALTER TABLE", async () => {
    assert.deepEqual((await offline([accounts, orders, dropUq, widenUq])).slice(2), [
      "ALTER TABLE `accounts` DROP INDEX `accounts_code_uq`, ADD CONSTRAINT `accounts_code_uq` UNIQUE (`code`, `region`)",
    ]);
    // an index with ALGORITHM/LOCK: they close the statement
    const index: Operation = { kind: "createIndex", name: "accounts_code_idx", table: "accounts", columns: ["code"], mysql: { algorithm: "inplace", lock: "none" } };
    assert.deepEqual((await offline([accounts, orders, dropUq, index])).slice(2), [
      "ALTER TABLE `accounts` DROP INDEX `accounts_code_uq`, ADD INDEX `accounts_code_idx` (`code`), ALGORITHM=INPLACE, LOCK=NONE",
    ]);
  });

  test("offline, a drop nothing follows up, or followed by a key that doesn't serve: refused, naming the index, the table and the key", async () => {
    const pattern = /^drop constraint accounts_code_uq on accounts: foreign key orders_account_fk of table orders references accounts \(code\), and no other index of accounts/;
    await assert.rejects(offline([accounts, orders, dropUq]), refusal(pattern));
    const other: Operation = { kind: "createIndex", name: "accounts_region_idx", table: "accounts", columns: ["region", "code"] };
    await assert.rejects(offline([accounts, orders, dropUq, other]), refusal(pattern));
    const drop: Operation = { kind: "dropIndex", name: "accounts_code_uq", table: "accounts" };
    await assert.rejects(offline([accounts, orders, drop]), refusal(/^drop index accounts_code_uq on accounts: foreign key orders_account_fk/));
  });

  test("offline: once the key is dropped, or another index serves it, the drop is plain", async () => {
    const dropFk: Operation = { kind: "dropConstraint", name: "orders_account_fk", table: "orders", constraintType: "foreignKey" };
    assert.deepEqual((await offline([accounts, orders, dropFk, dropUq])).at(-1), "ALTER TABLE `accounts` DROP INDEX `accounts_code_uq`");
    const index: Operation = { kind: "createIndex", name: "accounts_code_idx", table: "accounts", columns: ["code", "region"] };
    assert.deepEqual((await offline([accounts, orders, index, dropUq])).at(-1), "ALTER TABLE `accounts` DROP INDEX `accounts_code_uq`");
  });

  test("offline, what the revisions before the script created (prime) counts too; raw SQL makes a table's indexes unknown", async () => {
    const session = createMysqlRenderer().session!(null);
    session.prime!(accounts);
    session.prime!(orders);
    assert.deepEqual(await session.render(dropUq), []);
    assert.throws(() => session.flush!(), refusal(/orders_account_fk/));

    const unknown = createMysqlRenderer().session!(null);
    for (const op of [accounts, orders, { kind: "execute", sql: "CREATE INDEX accounts_code_idx ON accounts (code)" } as Operation]) unknown.prime!(op);
    assert.deepEqual(await unknown.render(dropUq), []);
    // (an index the script doesn't know may serve the key: the drop as it is, and the server decides)
    assert.deepEqual(unknown.flush!().map((s) => s.sql), ["ALTER TABLE `accounts` DROP INDEX `accounts_code_uq`"]);
  });

  test("offline, the table's own key needing the index: dropped and added again around the drop, with its rules", async () => {
    const members: Operation = {
      kind: "createTable",
      table: "members",
      columns: [
        { name: "id", type: t.integer(), primaryKey: true },
        { name: "team_id", type: t.integer(), references: { table: "teams", column: "id", name: "members_team_fk", onDelete: "cascade" } },
      ],
      indexes: [{ name: "members_team_idx", columns: ["team_id"] }],
    };
    assert.deepEqual((await offline([members, { kind: "dropIndex", name: "members_team_idx", table: "members" }])).slice(1), [
      "ALTER TABLE `members` DROP FOREIGN KEY `members_team_fk`, DROP INDEX `members_team_idx`",
      "ALTER TABLE `members` ADD CONSTRAINT `members_team_fk` FOREIGN KEY (`team_id`) REFERENCES `teams` (`id`) ON DELETE CASCADE",
    ]);
  });

  test("offline, an index added after the key that serves it: the server dropped the index it had made for the key, so the key is dropped and added again, as online", async () => {
    const members: Operation = {
      kind: "createTable",
      table: "members",
      columns: [
        { name: "id", type: t.integer(), primaryKey: true },
        { name: "team_id", type: t.integer() },
        { name: "role", type: t.integer() },
      ],
      foreignKeys: [{ name: "members_team_fk", columns: ["team_id"], refTable: "teams", refColumns: ["id"] }],
    };
    const index: Operation = { kind: "createIndex", name: "members_team_role_idx", table: "members", columns: ["team_id", "role"] };
    const drop: Operation = { kind: "dropIndex", name: "members_team_role_idx", table: "members" };
    assert.deepEqual((await offline([members, index, drop])).slice(2), [
      "ALTER TABLE `members` DROP FOREIGN KEY `members_team_fk`, DROP INDEX `members_team_role_idx`",
      "ALTER TABLE `members` ADD CONSTRAINT `members_team_fk` FOREIGN KEY (`team_id`) REFERENCES `teams` (`id`)",
    ]);
    // an index that doesn't serve the key leaves the server's own in place: the drop is plain
    const other: Operation = { kind: "createIndex", name: "members_team_role_idx", table: "members", columns: ["role", "team_id"] };
    assert.deepEqual((await offline([members, other, drop])).slice(2), ["DROP INDEX `members_team_role_idx` ON `members`"]);
    // a second key whose own index serves the first: the first key's index is gone too
    const wide: Operation = { kind: "createForeignKey", name: "members_pair_fk", table: "members", columns: ["team_id", "role"], refTable: "pairs", refColumns: ["a", "b"] };
    const dropWide: Operation = { kind: "dropConstraint", name: "members_pair_fk", table: "members", constraintType: "foreignKey" };
    const dropWideIndex: Operation = { kind: "dropIndex", name: "members_pair_fk", table: "members" };
    assert.deepEqual((await offline([members, wide, dropWide, dropWideIndex])).slice(3), [
      "ALTER TABLE `members` DROP FOREIGN KEY `members_team_fk`, DROP INDEX `members_pair_fk`",
      "ALTER TABLE `members` ADD CONSTRAINT `members_team_fk` FOREIGN KEY (`team_id`) REFERENCES `teams` (`id`)",
    ]);
  });
});

const dbTable = (name: string, extra: Partial<DbTable>): DbTable => ({
  schema: "app",
  name,
  columns: [],
  primaryKey: { name: "PRIMARY", columns: ["id"] },
  foreignKeys: [],
  uniques: [],
  checks: [],
  indexes: [],
  exclusions: [],
  comment: null,
  partitioned: false,
  ...extra,
});

const database = (parentExtra: Partial<DbTable>): DatabaseSchema => ({
  defaultSchema: "app",
  schemas: ["app"],
  existingSchemas: ["app"],
  serverVersion: 80036,
  queries: 0,
  enums: [],
  tables: [
    dbTable("accounts", parentExtra),
    dbTable("orders", {
      foreignKeys: [
        {
          name: "orders_account_fk",
          columns: ["account_code"],
          refSchema: "app",
          refTable: "accounts",
          refColumns: ["code"],
          onDelete: "cascade",
          onUpdate: "no action",
          match: "simple",
          deferrable: false,
          initiallyDeferred: false,
          validated: true,
        },
      ],
    }),
  ],
});

const indexOn = (name: string, columns: string[]) => ({
  name,
  unique: false,
  method: "btree",
  elements: columns.map((c) => ({ column: c, expression: c, order: "asc" as const, nulls: "first" as const, opclass: null, collation: null })),
  include: [],
  where: null,
  nullsNotDistinct: false,
  valid: true,
  definition: "",
});

const kinds = (ops: readonly Operation[]): string[] =>
  ops.map((o) => `${o.kind}:${"name" in o ? o.name : o.kind === "addColumn" ? o.column.name : "table" in o ? o.table : ""}`);

describe("MySQL autogenerate: drops a foreign key needs, placed where they run", () => {
  const uq = { uniques: [{ name: "accounts_code_uq", columns: ["code"], nullsNotDistinct: false, deferrable: false, initiallyDeferred: false }] };

  test("a new key with the dropped one's name: the drop waits right before it (one ALTER TABLE when rendered)", () => {
    const addZone: Operation = { kind: "addColumn", table: "accounts", column: { name: "zone", type: t.varchar(9) } };
    const create: Operation = { ...widenUq, columns: ["code", "zone"] } as Operation;
    const r = arrangeKeyDrops([dropUq, addZone, create], database(uq));
    assert.deepEqual(kinds(r.operations), ["addColumn:zone", "dropConstraint:accounts_code_uq", "createUniqueConstraint:accounts_code_uq"]);
    assert.deepEqual(r.warnings, []);
  });

  test("a new key with another name: the drop moves after it; renamed columns count", () => {
    const create: Operation = { kind: "createIndex", name: "accounts_code_region_idx", table: "accounts", columns: ["code", "region"] };
    const other: Operation = { kind: "setTableComment", table: "orders", comment: "x" };
    assert.deepEqual(kinds(arrangeKeyDrops([dropUq, other, create], database(uq)).operations), [
      "setTableComment:orders",
      "createIndex:accounts_code_region_idx",
      "dropConstraint:accounts_code_uq",
    ]);
    // the key references accounts (code); the revision renames code to account_code and keys the new name
    const rename: Operation = { kind: "alterColumn", table: "accounts", column: "code", newName: "account_code" };
    const renamed: Operation = { kind: "createIndex", name: "accounts_ac_idx", table: "accounts", columns: ["account_code"] };
    assert.deepEqual(kinds(arrangeKeyDrops([dropUq, rename, renamed], database(uq)).operations), [
      "alterColumn:accounts",
      "createIndex:accounts_ac_idx",
      "dropConstraint:accounts_code_uq",
    ]);
  });

  test("the primary key the foreign key references changes its columns: the drop waits right before the new one", () => {
    const byId = database({});
    const db: DatabaseSchema = {
      ...byId,
      tables: byId.tables.map((tb) =>
        tb.name === "orders" ? { ...tb, foreignKeys: tb.foreignKeys.map((fk) => ({ ...fk, columns: ["account_id"], refColumns: ["id"] })) } : tb,
      ),
    };
    const dropPk: Operation = { kind: "dropConstraint", name: "PRIMARY", table: "accounts", constraintType: "primaryKey" };
    const between: Operation = { kind: "addColumn", table: "accounts", column: { name: "version", type: t.integer(), nullable: false, default: 1 } };
    const createPk: Operation = { kind: "createPrimaryKey", name: "accounts_pk", table: "accounts", columns: ["id", "version"] };
    assert.deepEqual(kinds(arrangeKeyDrops([dropPk, between, createPk], db).operations), ["addColumn:version", "dropConstraint:PRIMARY", "createPrimaryKey:accounts_pk"]);
  });

  test("nothing the revision creates serves the key: the index is kept (and a new key taking its name left out), with a warning", () => {
    const create: Operation = { kind: "createUniqueConstraint", name: "accounts_code_uq", table: "accounts", columns: ["region", "code"] };
    const r = arrangeKeyDrops([dropUq, create], database(uq));
    assert.deepEqual(r.operations, []);
    assert.equal(r.warnings.length, 1);
    assert.match(
      r.warnings[0]!,
      /^accounts: index accounts_code_uq is kept although the models drop it: foreign key orders_account_fk of table orders references accounts \(code\)/,
    );
    // another index still serving the key: nothing to do
    const served = arrangeKeyDrops([dropUq], database({ ...uq, indexes: [indexOn("accounts_code_idx", ["code", "id"])] }));
    assert.deepEqual(kinds(served.operations), ["dropConstraint:accounts_code_uq"]);
    assert.deepEqual(served.warnings, []);
  });

  test("the key goes in the same revision: the drop comes after it (the child table dropped at the end)", () => {
    const dropOrders: Operation = { kind: "dropTable", table: "orders" };
    assert.deepEqual(kinds(arrangeKeyDrops([dropUq, dropOrders], database(uq)).operations), ["dropTable:orders", "dropConstraint:accounts_code_uq"]);
    const dropFk: Operation = { kind: "dropConstraint", name: "orders_account_fk", table: "orders", constraintType: "foreignKey" };
    assert.deepEqual(kinds(arrangeKeyDrops([dropFk, dropUq], database(uq)).operations), ["dropConstraint:orders_account_fk", "dropConstraint:accounts_code_uq"]);
  });
});
