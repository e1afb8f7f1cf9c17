import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { isAthanorError } from "../../src/errors.js";
import { reverseOperation, reverseOperations, reverseOrThrow } from "../../src/operations/reverse.js";
import { sql } from "../../src/schema/sql-expression.js";
import { t } from "../../src/schema/types-builder.js";
const rev = (op) => reverseOrThrow(op);
function reason(op) {
    const r = reverseOperation(op);
    assert.equal(r.ok, false, `expected ${op.kind} to be irreversible`);
    return r.ok ? "" : r.reason;
}
describe("reverse()", () => {
    test("createTable <-> dropTable with the original definition", () => {
        const create = {
            kind: "createTable",
            table: "users",
            schema: "app",
            columns: [{ name: "id", type: t.bigint(), primaryKey: true }],
            indexes: [{ name: "ix", columns: ["id"] }],
            comment: "c",
            ifNotExists: true,
        };
        const drop = rev(create);
        assert.deepEqual(drop, {
            kind: "dropTable",
            table: "users",
            schema: "app",
            original: {
                name: "users",
                schema: "app",
                columns: [{ name: "id", type: t.bigint(), primaryKey: true }],
                indexes: [{ name: "ix", columns: ["id"] }],
                comment: "c",
            },
        });
        const { ifNotExists: _i, ...plain } = create;
        assert.deepEqual(rev(drop), plain);
    });
    test("dropTable without original, or with CASCADE, is irreversible", () => {
        assert.match(reason({ kind: "dropTable", table: "t" }), /no original table definition/);
        assert.match(reason({ kind: "dropTable", table: "t", cascade: true, original: { name: "t", columns: [] } }), /CASCADE/);
    });
    test("renameTable swaps names", () => {
        assert.deepEqual(rev({ kind: "renameTable", table: "a", newName: "b", schema: "s" }), {
            kind: "renameTable",
            table: "b",
            newName: "a",
            schema: "s",
        });
    });
    test("addColumn <-> dropColumn", () => {
        const column = { name: "email", type: t.varchar(255), nullable: false };
        const drop = rev({ kind: "addColumn", table: "users", schema: "s", column, ifNotExists: true });
        assert.deepEqual(drop, { kind: "dropColumn", table: "users", schema: "s", column: "email", original: column });
        assert.deepEqual(rev(drop), { kind: "addColumn", table: "users", schema: "s", column });
        assert.match(reason({ kind: "dropColumn", table: "t", column: "c" }), /no original column definition/);
    });
    test("alterColumn swaps new and existing values, and the names", () => {
        const op = {
            kind: "alterColumn",
            table: "t",
            column: "old",
            type: t.text(),
            using: "old::text",
            nullable: false,
            default: sql("now()"),
            newName: "new",
            comment: null,
            existingType: t.varchar(10),
            existingNullable: true,
            existingDefault: null,
            existingComment: "was",
        };
        const back = rev(op);
        assert.deepEqual(back, {
            kind: "alterColumn",
            table: "t",
            column: "new",
            type: t.varchar(10),
            nullable: true,
            default: null,
            newName: "old",
            comment: "was",
            existingType: t.text(),
            existingNullable: false,
            existingDefault: sql("now()"),
            existingComment: null,
        });
        const { using: _u, ...withoutUsing } = op;
        assert.deepEqual(rev(back), withoutUsing);
    });
    test("alterColumn infers the old nullability and keeps unchanged hints", () => {
        assert.deepEqual(rev({ kind: "alterColumn", table: "t", column: "c", nullable: false, existingType: t.integer() }), {
            kind: "alterColumn",
            table: "t",
            column: "c",
            nullable: true,
            existingType: t.integer(),
            existingNullable: false,
        });
    });
    test("alterColumn without the existing value it changes is irreversible", () => {
        assert.match(reason({ kind: "alterColumn", table: "t", column: "c", type: t.text() }), /without existingType/);
        assert.match(reason({ kind: "alterColumn", table: "t", column: "c", default: 1 }), /without existingDefault/);
        assert.match(reason({ kind: "alterColumn", table: "t", column: "c", comment: "x" }), /without existingComment/);
    });
    test("createIndex <-> dropIndex", () => {
        const create = { kind: "createIndex", name: "ix", table: "t", schema: "s", columns: ["a"], concurrently: true };
        const drop = rev(create);
        assert.deepEqual(drop, { kind: "dropIndex", name: "ix", table: "t", schema: "s", concurrently: true, original: create });
        assert.deepEqual(rev(drop), create);
        assert.match(reason({ kind: "dropIndex", name: "ix" }), /no original index definition/);
    });
    test("named constraints <-> dropConstraint", () => {
        const creates = [
            { kind: "createPrimaryKey", name: "pk", table: "t", columns: ["id"] },
            { kind: "createUniqueConstraint", name: "uq", table: "t", columns: ["a"], deferrable: true },
            { kind: "createForeignKey", name: "fk", table: "t", columns: ["a"], refTable: "r", refColumns: ["id"], onDelete: "cascade" },
            { kind: "createCheckConstraint", name: "ck", table: "t", expression: "a > 0", schema: "s" },
        ];
        const types = ["primaryKey", "unique", "foreignKey", "check"];
        creates.forEach((create, i) => {
            const drop = rev(create);
            assert.equal(drop.kind, "dropConstraint");
            assert.equal(drop.kind === "dropConstraint" && drop.constraintType, types[i]);
            assert.deepEqual(rev(drop), create);
        });
    });
    test("unnamed constraints are irreversible", () => {
        assert.match(reason({ kind: "createPrimaryKey", table: "t", columns: ["id"] }), /no constraint name/);
        assert.match(reason({ kind: "createCheckConstraint", table: "t", expression: "a > 0" }), /no constraint name/);
        assert.match(reason({ kind: "dropConstraint", name: "x", table: "t" }), /no original constraint/);
    });
    test("enums", () => {
        const create = { kind: "createEnum", name: "mood", schema: "s", values: ["a", "b"] };
        const drop = rev(create);
        assert.deepEqual(drop, { kind: "dropEnum", name: "mood", schema: "s", values: ["a", "b"] });
        assert.deepEqual(rev(drop), create);
        assert.match(reason({ kind: "dropEnum", name: "mood" }), /does not list the type's values/);
        // PostgreSQL cannot remove an enum value in place: the reverse rebuilds the type.
        const add = { kind: "addEnumValue", name: "mood", schema: "s", value: "c", after: "b" };
        assert.deepEqual(rev(add), { kind: "dropEnumValue", name: "mood", schema: "s", value: "c", after: "b" });
        assert.deepEqual(rev(rev(add)), add);
        assert.deepEqual(rev({ kind: "renameEnumValue", name: "mood", from: "a", to: "z" }), {
            kind: "renameEnumValue",
            name: "mood",
            from: "z",
            to: "a",
        });
    });
    test("schemas", () => {
        assert.deepEqual(rev({ kind: "createSchema", name: "s", ifNotExists: true }), { kind: "dropSchema", name: "s", ifExists: true });
        assert.deepEqual(rev({ kind: "dropSchema", name: "s" }), { kind: "createSchema", name: "s" });
        assert.match(reason({ kind: "dropSchema", name: "s", cascade: true }), /CASCADE/);
    });
    test("comments need the existing comment", () => {
        assert.deepEqual(rev({ kind: "setTableComment", table: "t", comment: "new", existingComment: null }), {
            kind: "setTableComment",
            table: "t",
            comment: null,
            existingComment: "new",
        });
        assert.deepEqual(rev({ kind: "setColumnComment", table: "t", column: "c", comment: null, existingComment: "old" }), {
            kind: "setColumnComment",
            table: "t",
            column: "c",
            comment: "old",
            existingComment: null,
        });
        assert.match(reason({ kind: "setTableComment", table: "t", comment: "x" }), /existingComment/);
        assert.match(reason({ kind: "setColumnComment", table: "t", column: "c", comment: "x" }), /existingComment/);
    });
    test("execute and bulkInsert are irreversible", () => {
        assert.match(reason({ kind: "execute", sql: "SELECT 1" }), /write the downgrade by hand/);
        assert.match(reason({ kind: "bulkInsert", table: "t", rows: [] }), /cannot be identified/);
    });
    test("reverseOperations reverses the order and lists every irreversible op", () => {
        const ups = [
            { kind: "createSchema", name: "s" },
            { kind: "createEnum", name: "e", values: ["a"] },
        ];
        assert.deepEqual(reverseOperations(ups).map((o) => o.kind), ["dropEnum", "dropSchema"]);
        assert.throws(() => reverseOperations([{ kind: "execute", sql: "x" }, ...ups, { kind: "dropEnum", name: "e" }]), (e) => isAthanorError(e) && e.code === "OPERATION.IRREVERSIBLE" && /dropEnum/.test(e.message) && /by hand/.test(e.message));
    });
});
