/**
 * Every operation applies, reads back (autogenerate compares the database
 * with the models edited the same way and finds nothing), and every
 * reversible operation's inverse restores the schema exactly; applied once
 * more, the operation gives the same schema again.
 *
 * Operations run in process: rendered by the dialect, executed on one
 * session; each step is its own test, in order, on one database.
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { DatabaseConnection, Dialect, DialectRenderer, SqlStatement } from "../../../src/dialects/dialect.js";
import { OPERATION_KINDS, type Operation, type OperationKind } from "../../../src/operations/operation.js";
import { reverseOperation } from "../../../src/operations/reverse.js";
import { validateOperation } from "../../../src/operations/validate.js";
import { sql } from "../../../src/schema/sql-expression.js";
import { t } from "../../../src/schema/types-builder.js";
import { IN_ORDER, type SuiteContext } from "../context.js";
import { ModelState } from "../model-state.js";
import type { ConformanceCapabilities, ConformanceDatabase } from "../target.js";

interface Step {
  readonly kind: OperationKind;
  readonly title: string;
  /** Built when the step runs: drops take their `original` from the models at that point. */
  readonly op: (models: ModelState) => Operation;
  readonly needs?: keyof ConformanceCapabilities;
  /** The operation has no inverse (data, raw SQL, enum labels). */
  readonly irreversible?: true;
}

function scenario(q: (name: string) => string): Step[] {
  return [
    {
      kind: "createTable",
      title: "a table with a named primary key, a unique constraint and defaults",
      op: () => ({
        kind: "createTable",
        table: "parent",
        columns: [
          { name: "id", type: t.integer(), nullable: false },
          { name: "code", type: t.varchar(20), nullable: false },
          { name: "name", type: t.text() },
          { name: "active", type: t.boolean(), nullable: false, default: true },
        ],
        primaryKey: { name: "parent_pk", columns: ["id"] },
        uniques: [{ name: "parent_code_uq", columns: ["code"] }],
      }),
    },
    {
      kind: "createTable",
      title: "every portable column type, a foreign key, a check and an index",
      op: () => ({
        kind: "createTable",
        table: "child",
        columns: [
          { name: "id", type: t.integer(), nullable: false },
          { name: "parent_id", type: t.integer(), nullable: false },
          { name: "qty", type: t.integer(), nullable: false, default: 0 },
          { name: "price", type: t.numeric(10, 2) },
          { name: "label", type: t.varchar(50), default: "it's" },
          { name: "data", type: t.json() },
          { name: "created_at", type: t.timestamp(), default: sql("CURRENT_TIMESTAMP") },
        ],
        primaryKey: { name: "child_pk", columns: ["id"] },
        foreignKeys: [{ name: "child_parent_fk", columns: ["parent_id"], refTable: "parent", refColumns: ["id"], onDelete: "cascade" }],
        checks: [{ name: "child_qty_ck", expression: `${q("qty")} >= 0` }],
        indexes: [{ name: "child_parent_ix", columns: ["parent_id"] }],
      }),
    },
    { kind: "addColumn", title: "a nullable column", op: () => ({ kind: "addColumn", table: "child", column: { name: "note", type: t.text() } }) },
    {
      kind: "addColumn",
      title: "a NOT NULL column with a default",
      op: () => ({ kind: "addColumn", table: "child", column: { name: "flag", type: t.boolean(), nullable: false, default: false } }),
    },
    {
      kind: "alterColumn",
      title: "a column's type",
      op: () => ({
        kind: "alterColumn",
        table: "child",
        column: "note",
        type: t.varchar(200),
        // MySQL's MODIFY rewrites the whole definition, so the parts kept are given (valid on every dialect).
        existingType: t.text(),
        existingNullable: true,
        existingDefault: null,
        existingComment: null,
      }),
    },
    {
      kind: "alterColumn",
      title: "a column's nullability and default",
      op: () => ({
        kind: "alterColumn",
        table: "child",
        column: "note",
        nullable: false,
        default: "n/a",
        existingNullable: true,
        existingDefault: null,
        existingType: t.varchar(200),
        existingComment: null,
      }),
    },
    { kind: "alterColumn", title: "a column's name", op: () => ({ kind: "alterColumn", table: "child", column: "note", newName: "memo" }) },
    { kind: "createIndex", title: "a two-column index", op: () => ({ kind: "createIndex", name: "child_memo_ix", table: "child", columns: ["memo", "qty"] }) },
    { kind: "createIndex", title: "a unique index", op: () => ({ kind: "createIndex", name: "child_label_uix", table: "child", columns: ["label"], unique: true }) },
    {
      kind: "createUniqueConstraint",
      title: "a two-column unique constraint",
      op: () => ({ kind: "createUniqueConstraint", name: "child_parent_label_uq", table: "child", columns: ["parent_id", "label"] }),
    },
    {
      kind: "createCheckConstraint",
      title: "a check constraint",
      op: () => ({ kind: "createCheckConstraint", name: "child_price_ck", table: "child", expression: `${q("price")} >= 0` }),
    },
    {
      kind: "createTable",
      title: "a table without a primary key",
      op: () => ({
        kind: "createTable",
        table: "tag",
        columns: [
          { name: "id", type: t.integer(), nullable: false },
          { name: "name", type: t.text() },
        ],
      }),
    },
    { kind: "createPrimaryKey", title: "a primary key on an existing table", op: () => ({ kind: "createPrimaryKey", name: "tag_pk", table: "tag", columns: ["id"] }) },
    { kind: "addColumn", title: "a column for a foreign key", op: () => ({ kind: "addColumn", table: "child", column: { name: "tag_id", type: t.integer() } }) },
    {
      kind: "createForeignKey",
      title: "a foreign key with ON DELETE SET NULL",
      op: () => ({
        kind: "createForeignKey",
        name: "child_tag_fk",
        table: "child",
        columns: ["tag_id"],
        refTable: "tag",
        refColumns: ["id"],
        onDelete: "set null",
      }),
    },
    {
      kind: "dropConstraint",
      title: "a check constraint, restorable",
      op: () => ({
        kind: "dropConstraint",
        name: "child_price_ck",
        table: "child",
        constraintType: "check",
        original: { kind: "createCheckConstraint", name: "child_price_ck", table: "child", expression: `${q("price")} >= 0` },
      }),
    },
    {
      kind: "dropIndex",
      title: "an index, restorable",
      op: () => ({
        kind: "dropIndex",
        name: "child_memo_ix",
        table: "child",
        original: { kind: "createIndex", name: "child_memo_ix", table: "child", columns: ["memo", "qty"] },
      }),
    },
    {
      kind: "dropConstraint",
      title: "a foreign key, restorable",
      op: () => ({
        kind: "dropConstraint",
        name: "child_tag_fk",
        table: "child",
        constraintType: "foreignKey",
        original: {
          kind: "createForeignKey",
          name: "child_tag_fk",
          table: "child",
          columns: ["tag_id"],
          refTable: "tag",
          refColumns: ["id"],
          onDelete: "set null",
        },
      }),
    },
    { kind: "renameTable", title: "a table's name", op: () => ({ kind: "renameTable", table: "child", newName: "item" }) },
    {
      kind: "dropColumn",
      title: "a column, restorable",
      op: (m) => ({ kind: "dropColumn", table: "item", column: "flag", original: m.column("item", "flag") }),
    },
    {
      kind: "execute",
      title: "raw SQL",
      irreversible: true,
      op: () => ({ kind: "execute", sql: `UPDATE ${q("parent")} SET ${q("name")} = ${q("name")}` }),
    },
    {
      kind: "bulkInsert",
      title: "rows",
      irreversible: true,
      op: () => ({ kind: "bulkInsert", table: "parent", rows: [{ id: 1, code: "a", name: "first" }, { id: 2, code: "b" }] }),
    },
    {
      kind: "setTableComment",
      title: "a table comment",
      needs: "comments",
      op: () => ({ kind: "setTableComment", table: "item", comment: "items on order", existingComment: null }),
    },
    {
      kind: "alterColumn",
      title: "a column's comment, with the column's definition",
      needs: "comments",
      op: () => ({
        kind: "alterColumn",
        table: "item",
        column: "memo",
        comment: "memo text",
        existingType: t.varchar(200),
        existingNullable: false,
        existingDefault: "n/a",
        existingComment: null,
      }),
    },
    {
      kind: "setColumnComment",
      title: "a column comment",
      needs: "standaloneColumnComment",
      op: () => ({ kind: "setColumnComment", table: "item", column: "memo", comment: "free text", existingComment: "memo text" }),
    },
    { kind: "createEnum", title: "a named enum", needs: "namedEnums", op: () => ({ kind: "createEnum", name: "mood", values: ["sad", "ok"] }) },
    {
      kind: "addColumn",
      title: "a column of the enum",
      needs: "namedEnums",
      op: () => ({ kind: "addColumn", table: "item", column: { name: "mood", type: t.enum("mood"), default: "ok" } }),
    },
    { kind: "addEnumValue", title: "an enum label", needs: "namedEnums", op: () => ({ kind: "addEnumValue", name: "mood", value: "happy" }) },
    {
      kind: "dropEnumValue",
      title: "an enum label, removed by rebuilding the type",
      needs: "namedEnums",
      op: () => ({ kind: "dropEnumValue", name: "mood", value: "happy", after: "ok" }),
    },
    { kind: "addEnumValue", title: "the enum label again", needs: "namedEnums", op: () => ({ kind: "addEnumValue", name: "mood", value: "happy" }) },
    { kind: "renameEnumValue", title: "an enum label's name", needs: "namedEnums", op: () => ({ kind: "renameEnumValue", name: "mood", from: "sad", to: "blue" }) },
    {
      kind: "dropColumn",
      title: "the enum column, restorable",
      needs: "namedEnums",
      op: (m) => ({ kind: "dropColumn", table: "item", column: "mood", original: m.column("item", "mood") }),
    },
    {
      kind: "dropEnum",
      title: "the enum, restorable",
      needs: "namedEnums",
      op: (m) => ({ kind: "dropEnum", name: "mood", values: m.enumValues("mood") }),
    },
    {
      kind: "createIndex",
      title: "an index built concurrently",
      needs: "concurrentIndex",
      op: () => ({ kind: "createIndex", name: "item_created_ix", table: "item", columns: ["created_at"], concurrently: true }),
    },
    { kind: "createSchema", title: "a schema", needs: "schemas", op: () => ({ kind: "createSchema", name: "aux" }) },
    {
      kind: "createTable",
      title: "a table in the schema",
      needs: "schemas",
      op: () => ({ kind: "createTable", table: "thing", schema: "aux", columns: [{ name: "id", type: t.integer(), nullable: false }] }),
    },
    {
      kind: "dropTable",
      title: "the table in the schema, restorable",
      needs: "schemas",
      op: (m) => ({ kind: "dropTable", table: "thing", schema: "aux", original: m.table("thing", "aux") }),
    },
    { kind: "dropSchema", title: "the schema", needs: "schemas", op: () => ({ kind: "dropSchema", name: "aux" }) },
    { kind: "dropTable", title: "a table with foreign keys, restorable", op: (m) => ({ kind: "dropTable", table: "item", original: m.table("item") }) },
    { kind: "dropTable", title: "the remaining tables, restorable", op: (m) => ({ kind: "dropTable", table: "tag", original: m.table("tag") }) },
  ];
}

/**
 * Runs one operation's statements, each on its own, as a person would see them fail. A renderer that reads the
 * live schema (a session) or guards its transactions (SQLite's foreign keys around a rebuild) gets what the
 * runtime gives it: the guard's statements around a transaction, the operation rendered and run inside it.
 */
async function apply(renderer: DialectRenderer, conn: DatabaseConnection, op: Operation, dialect: Dialect): Promise<void> {
  validateOperation(op);
  const guard = renderer.transactionGuard;
  const reader = { query: async <R>(sql: string, params?: readonly unknown[]) => (await conn.query<R>(sql, params)).rows };
  const run = async (stmt: SqlStatement) => {
    try {
      await conn.query(stmt.sql, stmt.params);
    } catch (e) {
      throw new Error(`${op.kind} failed: ${(e as Error).message}\nSQL: ${stmt.sql}`);
    }
  };
  if (!guard && !renderer.session) {
    for (const stmt of renderer.renderOperation(op)) await run(stmt);
    return;
  }
  for (const stmt of guard?.beforeBegin ?? []) await run(stmt);
  await conn.query(dialect.beginTransaction);
  try {
    // a session may hold a table rebuild back until flushed (before any query, COMMIT or the step's end)
    const session = renderer.session?.(reader);
    const statements = session ? [...(await session.render(op)), ...(session.flush?.() ?? [])] : renderer.renderOperation(op);
    for (const stmt of statements) await run(stmt);
    const why = guard ? await guard.check(reader) : null;
    if (why !== null) throw new Error(`${op.kind} failed: ${why}`);
    await conn.query(dialect.commitTransaction);
  } catch (e) {
    await conn.query(dialect.rollbackTransaction).catch(() => {});
    throw e;
  } finally {
    for (const stmt of guard?.afterEnd ?? []) await run(stmt);
  }
}

export function operationCases(ctx: SuiteContext): void {
  describe("operations: apply, compare empty, inverse restores", IN_ORDER, () => {
    let db: ConformanceDatabase;
    let conn: DatabaseConnection;
    let renderer: DialectRenderer;
    const models = new ModelState();
    const covered = new Set<OperationKind>();
    const skipped = new Map<OperationKind, string>();

    before(async () => {
      db = await ctx.database();
      conn = await db.connect();
      renderer = await ctx.target.dialect.renderer(conn);
    });
    after(async () => {
      await conn?.close();
    });

    scenario(ctx.q).forEach((step, i) => {
      const opts = step.needs ? ctx.needs(step.needs, step.title) : {};
      if (opts.skip) skipped.set(step.kind, opts.skip);
      test(`${i + 1}. ${step.kind}: ${step.title}`, opts, async () => {
        const op = step.op(models);
        assert.equal(op.kind, step.kind);
        covered.add(op.kind);
        const before = await ctx.target.dumpSchema(conn);
        await apply(renderer, conn, op, ctx.target.dialect);
        models.apply(op);
        const differences = await ctx.target.compareModels(models.models(), conn);
        assert.deepEqual(differences, [], `after ${op.kind}, autogenerate finds differences with the models`);
        const afterOp = await ctx.target.dumpSchema(conn);
        const inverse = reverseOperation(op);
        if (step.irreversible) {
          assert.equal(inverse.ok, false, `${op.kind} was expected to be irreversible`);
          return;
        }
        assert.ok(inverse.ok, `${op.kind} has no inverse: ${inverse.ok ? "" : inverse.reason}`);
        await apply(renderer, conn, inverse.op, ctx.target.dialect);
        assert.deepEqual(await ctx.target.dumpSchema(conn), before, `the inverse of ${op.kind} (${inverse.op.kind}) does not restore the schema`);
        await apply(renderer, conn, op, ctx.target.dialect);
        assert.deepEqual(await ctx.target.dumpSchema(conn), afterOp, `${op.kind} applied again after its inverse gives another schema`);
      });
    });

    test("the scenario covers every operation kind (or says which capability skips it)", () => {
      const missing = OPERATION_KINDS.filter((k) => !covered.has(k) && !skipped.has(k));
      assert.deepEqual(missing, [], "operation kinds the suite never applied");
    });
  });
}
