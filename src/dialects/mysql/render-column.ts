/** Column definitions and column operations for MySQL/MariaDB. */
import type { AddColumnOp } from "../../operations/add-column.js";
import { type AlterColumnOp, columnRenameOf } from "../../operations/alter-column.js";
import type { DropColumnOp } from "../../operations/drop-column.js";
import type { Operation } from "../../operations/operation.js";
import type { SetColumnCommentOp } from "../../operations/set-column-comment.js";
import { type ColumnDefinition, identityOptions, isNullable } from "../../schema/column.js";
import type { ColumnType } from "../../schema/column-type.js";
import { isSqlExpression, sql, sqlTextOf } from "../../schema/sql-expression.js";
import type { ColumnDefault } from "../../schema/value.js";
import type { SqlStatement } from "../dialect.js";
import { commentString } from "./literal.js";
import type { MysqlColumnOptions } from "./options.js";
import { qualify, quoteIdentifier } from "./quote.js";
import { foreignKeyClause, onlineDdlClause, renderDefault } from "./render-clauses.js";
import { datetimePrecision, needsPrefixLength, renderColumnType } from "./render-type.js";
import { missing, refuse } from "./refuse.js";
import { hasAlterIfExists, hasRenameColumn, type MysqlServer } from "./server.js";
import { foreignKeyNameFor } from "./unnamed-constraint.js";

/** The parts of a column MySQL writes in its definition. */
export interface ColumnParts {
  readonly name: string;
  readonly type: ColumnType;
  readonly nullable: boolean;
  /** undefined or null: no default. */
  readonly default?: ColumnDefault | null | undefined;
  readonly comment?: string | null | undefined;
  readonly autoIncrement?: boolean | undefined;
  readonly generated?: ColumnDefinition["generated"];
  readonly mysql?: MysqlColumnOptions | undefined;
  readonly unique?: boolean | undefined;
  readonly primaryKey?: boolean | undefined;
}

/** `type [CHARACTER SET] [COLLATE] [GENERATED ...] NULL|NOT NULL [DEFAULT] [ON UPDATE] [AUTO_INCREMENT] [UNIQUE] [PRIMARY KEY] [COMMENT]`, without the name. */
export function renderColumnBody(op: Operation, c: ColumnParts): string {
  let out = renderColumnType(c.type);
  if (c.mysql?.charset) out += ` CHARACTER SET ${quoteIdentifier(c.mysql.charset)}`;
  if (c.mysql?.collation) out += ` COLLATE ${quoteIdentifier(c.mysql.collation)}`;
  if (c.generated !== undefined)
    out += ` GENERATED ALWAYS AS (${sqlTextOf(c.generated.expression).trim()}) ${c.generated.stored === false ? "VIRTUAL" : "STORED"}`;
  // A generated column's nullability follows its expression (MariaDB takes no NULL/NOT NULL on it).
  if (c.generated === undefined) out += c.nullable ? " NULL" : " NOT NULL";
  else if (!c.nullable) out += " NOT NULL";
  if (c.default !== undefined && c.default !== null) out += ` DEFAULT ${renderDefault(c.default, c.type)}`;
  if (c.mysql?.onUpdateCurrentTimestamp) {
    const n = datetimePrecision(c.type);
    out += ` ON UPDATE CURRENT_TIMESTAMP${n > 0 ? `(${n})` : ""}`;
  }
  if (c.autoIncrement) out += " AUTO_INCREMENT";
  if ((c.unique || c.primaryKey) && needsPrefixLength(c.type))
    throw refuse(
      op,
      `a ${c.primaryKey ? "primary" : "unique"} key on the ${renderColumnType(c.type)} column ${c.name} (MySQL keys such a column only by a prefix of it)`,
      `use t.varchar(n), or a unique index with mysql: { prefixLengths: { ${JSON.stringify(c.name)}: n } }`,
    );
  if (c.unique) out += " UNIQUE";
  if (c.primaryKey) out += " PRIMARY KEY";
  if (c.comment !== undefined && c.comment !== null) out += ` COMMENT ${commentString(c.comment)}`;
  return out;
}

/** AUTO_INCREMENT for identity; its start (a table option) or null. Refuses what MySQL's AUTO_INCREMENT can't do. */
export function autoIncrementOf(op: Operation, column: ColumnDefinition): { auto: boolean; start: number | bigint | null } {
  if (column.identity === undefined) return { auto: false, start: null };
  const id = identityOptions(column.identity);
  if (id.increment !== undefined && Number(id.increment) !== 1)
    throw refuse(
      op,
      `identity increment ${id.increment} on column ${column.name}`,
      "MySQL's AUTO_INCREMENT step is the server-wide auto_increment_increment setting; leave increment out",
    );
  return { auto: true, start: id.start ?? null };
}

export interface ColumnRenderOptions {
  /** The column belongs to a table-level primary key (so it is NOT NULL). */
  readonly inPrimaryKey: boolean;
  /** Render `PRIMARY KEY` on this column. */
  readonly inlinePrimaryKey: boolean;
}

/** `` `email` VARCHAR(255) NOT NULL ... `` */
export function renderColumnDefinition(op: Operation, column: ColumnDefinition, options: ColumnRenderOptions): string {
  const { auto } = autoIncrementOf(op, column);
  return `${quoteIdentifier(column.name)} ${renderColumnBody(op, {
    name: column.name,
    type: column.type,
    nullable: isNullable(column, options.inPrimaryKey),
    default: column.default,
    comment: column.comment,
    autoIncrement: auto,
    generated: column.generated,
    mysql: column.mysql,
    unique: column.unique,
    primaryKey: options.inlinePrimaryKey,
  })}`;
}

/** A column's `references` as a table-level FOREIGN KEY clause (MySQL ignores REFERENCES written on a column). */
export function columnForeignKey(op: Operation, table: string, column: ColumnDefinition, schema: string | undefined): string | null {
  const ref = column.references;
  if (ref === undefined) return null;
  if (ref.deferrable || ref.initiallyDeferred)
    throw refuse(op, `deferrable reference on column ${column.name}`, "MySQL checks foreign keys at once; leave deferrable out");
  if (ref.column === undefined)
    throw missing(op, `column ${column.name} references ${ref.table} without a column; MySQL needs it named (references: { table, column })`);
  const fk = { columns: [column.name], refTable: ref.table, refSchema: ref.schema, refColumns: [ref.column], onDelete: ref.onDelete, onUpdate: ref.onUpdate };
  return foreignKeyClause({ ...fk, name: foreignKeyNameFor(table, { ...fk, name: ref.name }) }, schema);
}

export function renderAddColumn(op: AddColumnOp, server: MysqlServer): SqlStatement[] {
  if (op.ifNotExists && !hasAlterIfExists(server))
    throw refuse(op, "ifNotExists", "MySQL has no ADD COLUMN IF NOT EXISTS (MariaDB has); leave ifNotExists out");
  const ine = op.ifNotExists ? "IF NOT EXISTS " : "";
  const column = op.column;
  const { start } = autoIncrementOf(op, column);
  const actions = [`ADD COLUMN ${ine}${renderColumnDefinition(op, column, { inPrimaryKey: false, inlinePrimaryKey: column.primaryKey === true })}`];
  const fk = columnForeignKey(op, op.table, column, op.schema);
  if (fk) actions.push(`ADD ${fk}`);
  const table = qualify(op.table, op.schema);
  const out: SqlStatement[] = [{ sql: `ALTER TABLE ${table} ${actions.join(", ")}${onlineDdlClause(op.mysql, ", ")}` }];
  if (start !== null) out.push({ sql: `ALTER TABLE ${table} AUTO_INCREMENT = ${start}` });
  return out;
}

export function renderDropColumn(op: DropColumnOp, server: MysqlServer): SqlStatement[] {
  if (op.cascade)
    throw refuse(op, "cascade", "MySQL drops a column's indexes with it but not the foreign keys and views that use it; drop those first, then the column without cascade");
  if (op.ifExists && !hasAlterIfExists(server))
    throw refuse(op, "ifExists", "MySQL has no DROP COLUMN IF EXISTS (MariaDB has); leave ifExists out");
  const ie = op.ifExists ? "IF EXISTS " : "";
  return [{ sql: `ALTER TABLE ${qualify(op.table, op.schema)} DROP COLUMN ${ie}${quoteIdentifier(op.column)}${onlineDdlClause(op.mysql, ", ")}` }];
}

/**
 * The column's full definition after the change, which MODIFY and CHANGE
 * COLUMN rewrite: every part the op doesn't change must be given as its
 * `existing*` value (as Alembic's MySQL support requires existing_type).
 */
function fullDefinition(op: AlterColumnOp, name: string, why: string): string {
  const type = op.type ?? op.existingType;
  const nullable = op.nullable ?? op.existingNullable;
  const dflt = op.default !== undefined ? op.default : op.mysql?.generated !== undefined ? null : keptDefault(op, type, op.existingDefault);
  const comment = op.comment !== undefined ? op.comment : op.existingComment;
  const lacking: string[] = [];
  if (type === undefined) lacking.push("existingType");
  if (nullable === undefined) lacking.push("existingNullable");
  if (dflt === undefined) lacking.push("existingDefault (null when there is none)");
  if (comment === undefined) lacking.push("existingComment (null when there is none)");
  if (lacking.length > 0 || type === undefined || nullable === undefined)
    throw missing(
      op,
      `MySQL ${why} rewrites the column's whole definition, so it needs ${lacking.join(", ")}` +
        " (AUTO_INCREMENT, ON UPDATE, character set and collation are kept only when given in mysql: { ... });" +
        " an online upgrade reads what is left out from the live column, an offline script (--sql) can't",
    );
  const generated = op.mysql?.generated;
  return `${quoteIdentifier(name)} ${renderColumnBody(op, {
    name,
    type,
    nullable,
    // a generated column has no default (the server refuses one)
    default: generated === undefined ? dflt : null,
    comment,
    autoIncrement: op.mysql?.autoIncrement,
    generated,
    mysql: op.mysql,
  })}`;
}

/** A datetime or timestamp type (portable or raw): the kinds whose CURRENT_TIMESTAMP default has a precision. */
function isDatetimeType(type: ColumnType): boolean {
  if (type.kind === "timestamp" || type.kind === "timestamptz") return true;
  return type.kind === "raw" && /^\s*(datetime|timestamp)\b/i.test(type.sql);
}

/**
 * The default a MODIFY keeps when it changes a datetime's fractional-second precision: a CURRENT_TIMESTAMP (or
 * `now()`) default follows the new precision, as the same default written for the new type would (MariaDB turns
 * drizzle's `(now())` into `current_timestamp(p)` of the column's p). Kept as it was, `datetime(6) DEFAULT
 * current_timestamp(3)` is refused by MySQL and, on MariaDB, no longer the default the models say.
 */
function keptDefault(op: AlterColumnOp, type: ColumnType | undefined, kept: ColumnDefault | null | undefined): ColumnDefault | null | undefined {
  if (op.type === undefined || type === undefined || !isDatetimeType(type) || kept === undefined || kept === null || !isSqlExpression(kept)) return kept;
  if (!/^\s*\(?\s*(current_timestamp|now|localtimestamp|localtime)\s*(\(\s*\d?\s*\))?\s*\)?\s*$/i.test(kept.sql)) return kept;
  const p = datetimePrecision(type);
  return sql(p > 0 ? `CURRENT_TIMESTAMP(${p})` : "CURRENT_TIMESTAMP");
}

/**
 * Type, nullability and comment changes are `MODIFY COLUMN` with the full
 * definition (`CHANGE COLUMN` when the column is renamed too); a default
 * alone is `ALTER COLUMN ... SET/DROP DEFAULT`; a rename alone is `RENAME
 * COLUMN` where the server has it (MySQL 8.0, MariaDB 10.5.2), else `CHANGE`.
 */
export function renderAlterColumn(op: AlterColumnOp, server: MysqlServer): SqlStatement[] {
  if (op.using !== undefined)
    throw refuse(
      op,
      "using",
      "MySQL converts the values itself when MODIFY COLUMN changes the type; convert them first with op.execute(UPDATE ...) and leave using out",
    );
  const table = qualify(op.table, op.schema);
  const col = quoteIdentifier(op.column);
  const online = onlineDdlClause(op.mysql, ", ");
  const rename = columnRenameOf(op);
  const modify = op.type !== undefined || op.nullable !== undefined || op.comment !== undefined;
  if (modify || (rename !== undefined && !hasRenameColumn(server))) {
    const why = rename === undefined ? "MODIFY COLUMN" : "CHANGE COLUMN";
    const head = rename === undefined ? `MODIFY COLUMN ` : `CHANGE COLUMN ${col} `;
    return [{ sql: `ALTER TABLE ${table} ${head}${fullDefinition(op, rename ?? op.column, why)}${online}` }];
  }
  const out: SqlStatement[] = [];
  if (rename !== undefined) out.push({ sql: `ALTER TABLE ${table} RENAME COLUMN ${col} TO ${quoteIdentifier(rename)}${online}` });
  if (op.default !== undefined) {
    const target = quoteIdentifier(rename ?? op.column);
    const type = op.type ?? op.existingType;
    const action =
      op.default === null ? `ALTER COLUMN ${target} DROP DEFAULT` : `ALTER COLUMN ${target} SET DEFAULT ${renderDefault(op.default, type)}`;
    out.push({ sql: `ALTER TABLE ${table} ${action}${online}` });
  }
  return out;
}

export function renderSetColumnComment(op: SetColumnCommentOp): SqlStatement[] {
  throw refuse(
    op,
    null,
    "MySQL keeps a column's comment in its definition and changes it only by rewriting the column: " +
      `use op.alterColumn(${JSON.stringify(op.table)}, ${JSON.stringify(op.column)}, { comment, existingType, existingNullable, existingDefault, existingComment })`,
  );
}
