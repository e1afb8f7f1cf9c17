import { type ColumnDefinition, identityOptions, isNullable } from "../../schema/column.js";
import { sqlTextOf } from "../../schema/sql-expression.js";
import type { AddColumnOp } from "../../operations/add-column.js";
import { type AlterColumnOp, columnRenameOf } from "../../operations/alter-column.js";
import type { DropColumnOp } from "../../operations/drop-column.js";
import type { SetColumnCommentOp } from "../../operations/set-column-comment.js";
import type { SqlStatement } from "../dialect.js";
import { renderLiteral } from "./literal.js";
import { qualify, quoteIdentifier } from "./quote.js";
import { columnReferenceClause, renderDefault } from "./render-clauses.js";
import { renderColumnType } from "./render-type.js";

export interface ColumnRenderOptions {
  /** Render `PRIMARY KEY` on this column. */
  readonly inlinePrimaryKey: boolean;
  /** The column belongs to a table-level primary key (so it is NOT NULL). */
  readonly inPrimaryKey: boolean;
}

function identityClause(column: ColumnDefinition): string {
  if (column.identity === undefined) return "";
  const id = identityOptions(column.identity);
  const opts: string[] = [];
  if (id.start !== undefined) opts.push(`START WITH ${id.start}`);
  if (id.increment !== undefined) opts.push(`INCREMENT BY ${id.increment}`);
  const gen = id.generation === "always" ? "ALWAYS" : "BY DEFAULT";
  return ` GENERATED ${gen} AS IDENTITY${opts.length > 0 ? ` (${opts.join(" ")})` : ""}`;
}

/** ` GENERATED ALWAYS AS (price * qty) STORED` */
function generatedClause(column: ColumnDefinition): string {
  if (column.generated === undefined) return "";
  const kind = column.generated.stored === false ? "VIRTUAL" : "STORED";
  return ` GENERATED ALWAYS AS (${sqlTextOf(column.generated.expression).trim()}) ${kind}`;
}

/** `"email" VARCHAR(255) DEFAULT 'x' NOT NULL UNIQUE REFERENCES ...` */
export function renderColumnDefinition(column: ColumnDefinition, options: ColumnRenderOptions): string {
  let out = `${quoteIdentifier(column.name)} ${renderColumnType(column.type)}${identityClause(column)}${generatedClause(column)}`;
  if (column.default !== undefined) out += ` DEFAULT ${renderDefault(column.default, column.type)}`;
  if (!isNullable(column, options.inPrimaryKey)) out += " NOT NULL";
  if (options.inlinePrimaryKey) out += " PRIMARY KEY";
  if (column.unique) out += " UNIQUE";
  if (column.references) out += ` ${columnReferenceClause(column.references)}`;
  return out;
}

export function commentLiteral(comment: string | null): string {
  return comment === null ? "NULL" : renderLiteral(comment);
}

export function columnCommentStatement(table: string, schema: string | undefined, column: string, comment: string | null): SqlStatement {
  return { sql: `COMMENT ON COLUMN ${qualify(table, schema)}.${quoteIdentifier(column)} IS ${commentLiteral(comment)}` };
}

export function renderAddColumn(op: AddColumnOp): SqlStatement[] {
  const ine = op.ifNotExists ? "IF NOT EXISTS " : "";
  const def = renderColumnDefinition(op.column, { inlinePrimaryKey: op.column.primaryKey === true, inPrimaryKey: false });
  const out: SqlStatement[] = [{ sql: `ALTER TABLE ${qualify(op.table, op.schema)} ADD COLUMN ${ine}${def}` }];
  if (op.column.comment !== undefined) out.push(columnCommentStatement(op.table, op.schema, op.column.name, op.column.comment));
  return out;
}

export function renderDropColumn(op: DropColumnOp): SqlStatement[] {
  const ie = op.ifExists ? "IF EXISTS " : "";
  const cascade = op.cascade ? " CASCADE" : "";
  return [{ sql: `ALTER TABLE ${qualify(op.table, op.schema)} DROP COLUMN ${ie}${quoteIdentifier(op.column)}${cascade}` }];
}

/**
 * Type, nullability and default changes go in one `ALTER TABLE` (applied
 * together), then the rename, then the comment (on the new name).
 */
export function renderAlterColumn(op: AlterColumnOp): SqlStatement[] {
  const table = qualify(op.table, op.schema);
  const col = quoteIdentifier(op.column);
  const actions: string[] = [];
  if (op.type !== undefined) {
    const using = op.using === undefined ? "" : ` USING ${sqlTextOf(op.using).trim()}`;
    actions.push(`ALTER COLUMN ${col} TYPE ${renderColumnType(op.type)}${using}`);
  }
  if (op.nullable !== undefined) actions.push(`ALTER COLUMN ${col} ${op.nullable ? "DROP" : "SET"} NOT NULL`);
  if (op.default !== undefined)
    actions.push(
      op.default === null
        ? `ALTER COLUMN ${col} DROP DEFAULT`
        : `ALTER COLUMN ${col} SET DEFAULT ${renderDefault(op.default, op.type ?? op.existingType)}`,
    );
  const out: SqlStatement[] = [];
  if (actions.length > 0) out.push({ sql: `ALTER TABLE ${table} ${actions.join(", ")}` });
  const renamed = columnRenameOf(op);
  if (renamed !== undefined) out.push({ sql: `ALTER TABLE ${table} RENAME COLUMN ${col} TO ${quoteIdentifier(renamed)}` });
  if (op.comment !== undefined) out.push(columnCommentStatement(op.table, op.schema, op.newName ?? op.column, op.comment));
  return out;
}

export function renderSetColumnComment(op: SetColumnCommentOp): SqlStatement[] {
  return [columnCommentStatement(op.table, op.schema, op.column, op.comment)];
}
