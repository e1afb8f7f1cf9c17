import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { isAthanorError } from "../../src/errors.js";
import { MigrationOps, type OperationExecutor, RecordingExecutor } from "../../src/operations/migration-ops.js";
import type { Operation } from "../../src/operations/operation.js";
import type { SqlValue } from "../../src/schema/value.js";
import { sql } from "../../src/schema/sql-expression.js";
import { t } from "../../src/schema/types-builder.js";

function recorder() {
  const rec = new RecordingExecutor();
  return { rec, op: new MigrationOps(rec) };
}

describe("MigrationOps", () => {
  test("every method builds its op, without undefined keys", async () => {
    const { rec, op } = recorder();
    await op.createTable("users", { columns: [{ name: "id", type: t.bigint(), primaryKey: true }], schema: undefined });
    await op.dropTable("users", { cascade: true });
    await op.renameTable("a", "b");
    await op.addColumn("users", { name: "email", type: t.varchar(255), nullable: false }, { ifNotExists: true });
    await op.dropColumn("users", "email");
    await op.alterColumn("users", "email", { type: t.text(), using: "email::text", schema: "s" });
    await op.createIndex("ix", "users", ["email"], { unique: true, where: "email IS NOT NULL" });
    await op.dropIndex("ix", { concurrently: true });
    await op.createPrimaryKey(null, "users", ["id"]);
    await op.createUniqueConstraint("uq", "users", ["email"]);
    await op.createForeignKey("fk", "orders", ["user_id"], "users", ["id"], { onDelete: "cascade" });
    await op.createCheckConstraint("ck", "users", sql("id > 0"));
    await op.dropConstraint("ck", "users", { constraintType: "check" });
    await op.createEnum("mood", ["a", "b"]);
    await op.dropEnum("mood", { ifExists: true });
    await op.addEnumValue("mood", "c", { after: "b" });
    await op.renameEnumValue("mood", "a", "z");
    await op.createSchema("s");
    await op.dropSchema("s", { cascade: true });
    await op.setTableComment("users", "hi");
    await op.setColumnComment("users", "email", null);
    await op.execute("UPDATE users SET a = $1", ["x"]);
    await op.execute("SELECT 1", []);
    await op.bulkInsert("users", [{ id: 1 }], { schema: "s" });
    const expected: Operation[] = [
      { kind: "createTable", table: "users", columns: [{ name: "id", type: { kind: "bigint" }, primaryKey: true }] },
      { kind: "dropTable", table: "users", cascade: true },
      { kind: "renameTable", table: "a", newName: "b" },
      { kind: "addColumn", table: "users", column: { name: "email", type: { kind: "varchar", length: 255 }, nullable: false }, ifNotExists: true },
      { kind: "dropColumn", table: "users", column: "email" },
      { kind: "alterColumn", table: "users", schema: "s", column: "email", type: { kind: "text" }, using: "email::text" },
      { kind: "createIndex", name: "ix", table: "users", columns: ["email"], unique: true, where: "email IS NOT NULL" },
      { kind: "dropIndex", name: "ix", concurrently: true },
      { kind: "createPrimaryKey", table: "users", columns: ["id"] },
      { kind: "createUniqueConstraint", name: "uq", table: "users", columns: ["email"] },
      { kind: "createForeignKey", name: "fk", table: "orders", columns: ["user_id"], refTable: "users", refColumns: ["id"], onDelete: "cascade" },
      { kind: "createCheckConstraint", name: "ck", table: "users", expression: sql("id > 0") },
      { kind: "dropConstraint", name: "ck", table: "users", constraintType: "check" },
      { kind: "createEnum", name: "mood", values: ["a", "b"] },
      { kind: "dropEnum", name: "mood", ifExists: true },
      { kind: "addEnumValue", name: "mood", value: "c", after: "b" },
      { kind: "renameEnumValue", name: "mood", from: "a", to: "z" },
      { kind: "createSchema", name: "s" },
      { kind: "dropSchema", name: "s", cascade: true },
      { kind: "setTableComment", table: "users", comment: "hi" },
      { kind: "setColumnComment", table: "users", column: "email", comment: null },
      { kind: "execute", sql: "UPDATE users SET a = $1", params: ["x"] },
      { kind: "execute", sql: "SELECT 1" },
      { kind: "bulkInsert", table: "users", schema: "s", rows: [{ id: 1 }] },
    ];
    assert.deepEqual(rec.ops, expected);
  });

  test("invalid ops are rejected before they reach the executor", async () => {
    const { rec, op } = recorder();
    await assert.rejects(op.addColumn("t", { name: "c", type: t.text(), identity: "always" }), (e: unknown) => isAthanorError(e) && e.code === "SCHEMA.INVALID");
    await assert.rejects(op.alterColumn("t", "c", {}), /nothing to change/);
    await assert.rejects(op.invoke({ kind: "nope" } as unknown as Operation), /not an operation/);
    await assert.rejects(op.execute("  "), /non-empty/);
    // keywords written into the SQL as they are (an op object from a tool, a JS revision): only the words there are
    const evil = "cascade; DROP TABLE users; --" as never;
    await assert.rejects(op.createForeignKey("fk", "t", ["a"], "p", ["id"], { onDelete: evil }), /onDelete must be one of "cascade", "restrict", "set null", "set default", "no action", not "cascade; DROP TABLE users; --"/);
    await assert.rejects(op.createForeignKey("fk", "t", ["a"], "p", ["id"], { match: evil }), /match must be "simple" or "full"/);
    await assert.rejects(op.addColumn("t", { name: "a", type: t.integer(), references: { table: "p", column: "id", onUpdate: evil } }), /references: onUpdate must be one of/);
    await assert.rejects(
      op.createTable("t", { columns: [{ name: "a", type: t.integer() }], foreignKeys: [{ columns: ["a"], refTable: "p", refColumns: ["id"], onDelete: evil }] }),
      /onDelete must be one of/,
    );
    // an unpaired surrogate would be stored as U+FFFD: another name or text than the one written, never found again
    const lone = /holds an unpaired UTF-16 surrogate, which UTF-8 can't encode \(the database would store U\+FFFD instead\)/;
    await assert.rejects(op.createTable("x\uD800y", { columns: [{ name: "id", type: t.integer() }] }), lone);
    await assert.rejects(op.addColumn("t", { name: "c", type: t.text(), default: "a\uDFFF" }), lone);
    await assert.rejects(op.addColumn("t", { name: "c", type: t.text(), comment: "\uD83D" }), lone);
    await assert.rejects(op.bulkInsert("t", [{ id: 1, s: "lone\uD800" }]), lone);
    await op.bulkInsert("t", [{ id: 1, s: "paired \uD83D\uDE80" }]);
    assert.equal(rec.ops.length, 1);
  });

  test("invoke runs an op object as is", async () => {
    const { rec, op } = recorder();
    const o: Operation = { kind: "createSchema", name: "x" };
    await op.invoke(o);
    assert.deepEqual(rec.ops, [o]);
  });

  test("query and autocommit go to the executor; offline is reported", async () => {
    const calls: string[] = [];
    const executor: OperationExecutor = {
      async run() {
        calls.push("run");
      },
      async query<R>(text: string, params?: readonly SqlValue[]) {
        calls.push(`query ${text} ${JSON.stringify(params)}`);
        return [{ n: 1 }] as R[];
      },
      async autocommit<T>(fn: () => Promise<T>) {
        calls.push("autocommit:start");
        const r = await fn();
        calls.push("autocommit:end");
        return r;
      },
    };
    const op = new MigrationOps(executor);
    assert.equal(op.offline, false);
    const rows = await op.query<{ n: number }>("SELECT $1::int AS n", [1]);
    assert.deepEqual(rows, [{ n: 1 }]);
    const result = await op.autocommit(async () => {
      await op.createIndex("ix", "t", ["a"], { concurrently: true });
      return 42;
    });
    assert.equal(result, 42);
    assert.deepEqual(calls, ["query SELECT $1::int AS n [1]", "autocommit:start", "run", "autocommit:end"]);
    assert.equal(new MigrationOps(new RecordingExecutor()).offline, true);
  });
});
