import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { describeOperation, destructiveReason, isDestructive, noTransactionReason, requiresNoTransaction } from "../../src/operations/classify.js";
import { OPERATION_KINDS } from "../../src/operations/operation.js";
import { t } from "../../src/schema/types-builder.js";
import { SAMPLE_OPS } from "./fixtures.js";
describe("isDestructive", () => {
    const yes = [
        { kind: "dropTable", table: "t" },
        { kind: "dropColumn", table: "t", column: "c" },
        { kind: "dropSchema", name: "s" },
        { kind: "dropEnum", name: "e" },
        { kind: "alterColumn", table: "t", column: "c", type: t.integer() },
        { kind: "execute", sql: "DELETE FROM t" },
        { kind: "execute", sql: "SELECT 1; TRUNCATE t" },
        { kind: "execute", sql: "drop table t" },
        { kind: "execute", sql: "ALTER TABLE t DROP COLUMN c" },
    ];
    const no = [
        { kind: "createTable", table: "t", columns: [] },
        { kind: "alterColumn", table: "t", column: "c", nullable: true },
        { kind: "dropIndex", name: "ix" },
        { kind: "dropConstraint", name: "c", table: "t" },
        { kind: "execute", sql: "UPDATE t SET a = 1" },
        { kind: "execute", sql: "SELECT 'DROP TABLE t'" },
        { kind: "renameTable", table: "a", newName: "b" },
    ];
    for (const op of yes)
        test(`destructive: ${describeOperation(op)}`, () => assert.equal(isDestructive(op), true, destructiveReason(op) ?? ""));
    for (const op of no)
        test(`not destructive: ${describeOperation(op)}`, () => assert.equal(isDestructive(op), false));
});
describe("requiresNoTransaction", () => {
    test("CONCURRENTLY index ops", () => {
        assert.equal(requiresNoTransaction({ kind: "createIndex", name: "ix", table: "t", columns: ["a"], concurrently: true }), true);
        assert.equal(requiresNoTransaction({ kind: "dropIndex", name: "ix", concurrently: true }), true);
        assert.equal(requiresNoTransaction({ kind: "createIndex", name: "ix", table: "t", columns: ["a"] }), false);
    });
    test("ADD VALUE only before PostgreSQL 12", () => {
        const op = { kind: "addEnumValue", name: "e", value: "v" };
        assert.equal(requiresNoTransaction(op), false);
        assert.equal(requiresNoTransaction(op, { serverVersion: 150004 }), false);
        assert.equal(requiresNoTransaction(op, { serverVersion: 110022 }), true);
        const raw = { kind: "execute", sql: "ALTER TYPE e ADD VALUE 'v'" };
        assert.equal(requiresNoTransaction(raw, { serverVersion: 110022 }), true);
        assert.equal(requiresNoTransaction(raw, { serverVersion: 120000 }), false);
    });
    test("raw SQL that cannot run in a transaction", () => {
        assert.match(noTransactionReason({ kind: "execute", sql: "VACUUM t" }) ?? "", /VACUUM/);
        assert.match(noTransactionReason({ kind: "execute", sql: "create index concurrently ix on t (a)" }) ?? "", /CONCURRENTLY/);
        assert.equal(noTransactionReason({ kind: "execute", sql: "UPDATE t SET a = 1" }), null);
    });
});
describe("describeOperation", () => {
    test("every sample op has a one-line description", () => {
        const kinds = new Set();
        for (const op of SAMPLE_OPS) {
            const d = describeOperation(op);
            assert.ok(d.length > 0 && !d.includes("\n") && !d.includes("  "), d);
            kinds.add(op.kind);
        }
        assert.deepEqual([...kinds].sort(), [...OPERATION_KINDS].sort());
    });
    test("examples", () => {
        assert.equal(describeOperation({ kind: "addColumn", table: "users", schema: "app", column: { name: "email", type: t.text() } }), "add column app.users.email");
        assert.equal(describeOperation({ kind: "alterColumn", table: "t", column: "c", nullable: false, default: null, newName: "d" }), "alter column t.c (not null, drop default, rename to d)");
        assert.equal(describeOperation({ kind: "bulkInsert", table: "t", rows: [{}] }), "insert 1 row into t");
        assert.equal(describeOperation({ kind: "createPrimaryKey", table: "t", columns: ["id"] }), "create primary key on t");
    });
});
