import type { MysqlAlterColumnOptions } from "../dialects/mysql/options.js";
import type { SqliteAlterColumnOptions } from "../dialects/sqlite/options.js";
import type { ColumnType } from "../schema/column-type.js";
import {
  tsBool,
  tsColumnType,
  tsNullableString,
  tsOptions,
  tsOptString,
  tsSqlText,
  tsString,
  tsValue,
} from "../schema/render-ts.js";
import { isSqlExpression, type SqlText } from "../schema/sql-expression.js";
import { assertName, assertSqlText, validateColumnType } from "../schema/validate.js";
import type { ColumnDefault } from "../schema/value.js";
import { describeInvalidValue } from "../schema/value-check.js";
import { compact, irreversible, label, operationError, type ReverseResult, reversed, tsCall } from "./common.js";

/**
 * What to change on a column. `undefined` leaves a property alone; for
 * `default` and `comment`, `null` removes it. `existing*` describe the
 * column before the change and make the op reversible.
 */
export interface AlterColumnChanges {
  readonly type?: ColumnType;
  /** SQL converting old values to the new type (`USING`), e.g. `"CAST(amount AS numeric(10,2))"`. */
  readonly using?: SqlText;
  readonly nullable?: boolean;
  /** New default: a value, `sql("now()")`, or null to drop it. */
  readonly default?: ColumnDefault | null;
  readonly newName?: string;
  /** New comment, or null to remove it. */
  readonly comment?: string | null;
  readonly existingType?: ColumnType;
  readonly existingNullable?: boolean;
  /** The default before the change (null: there was none). */
  readonly existingDefault?: ColumnDefault | null;
  readonly existingComment?: string | null;
  /**
   * MySQL/MariaDB only: the rest of the column's definition that MODIFY COLUMN
   * rewrites (AUTO_INCREMENT, ON UPDATE, character set, collation) and
   * ALGORITHM/LOCK. Other dialects ignore it.
   */
  readonly mysql?: MysqlAlterColumnOptions;
  /** MySQL/MariaDB only: the column's options before the change (what the inverse restores); absent: the same as `mysql`. */
  readonly existingMysql?: MysqlAlterColumnOptions;
  /** SQLite only: the column's new collation (a table rebuild). Other dialects ignore it. */
  readonly sqlite?: SqliteAlterColumnOptions;
  /** SQLite only: the column's collation before the change (`BINARY` when it had none of its own), which the inverse restores. */
  readonly existingSqlite?: SqliteAlterColumnOptions;
}

export interface AlterColumnOp extends AlterColumnChanges {
  readonly kind: "alterColumn";
  readonly table: string;
  readonly schema?: string;
  readonly column: string;
}

export interface AlterColumnOptions extends AlterColumnChanges {
  readonly schema?: string;
}

export function alterColumnOp(table: string, column: string, changes: AlterColumnOptions): AlterColumnOp {
  const { schema, ...rest } = changes;
  return compact({ kind: "alterColumn" as const, table, schema, column, ...rest });
}

/** The column's new name when the op renames it (a change of the letters' case only is a rename too), else undefined. */
export function columnRenameOf(op: AlterColumnOp): string | undefined {
  return op.newName !== undefined && op.newName !== op.column ? op.newName : undefined;
}

export function alterColumnHasChanges(op: AlterColumnChanges): boolean {
  return (
    op.type !== undefined ||
    op.nullable !== undefined ||
    op.default !== undefined ||
    op.newName !== undefined ||
    op.comment !== undefined ||
    op.sqlite?.collation !== undefined
  );
}

export function validateAlterColumn(op: AlterColumnOp): void {
  assertName(op.table, "alterColumn: table name");
  assertName(op.column, "alterColumn: column name");
  const where = `alterColumn ${label(op.table, op.schema)}.${op.column}`;
  if (!alterColumnHasChanges(op)) throw operationError(`${where}: nothing to change (give type, nullable, default, newName or comment)`);
  if (op.type !== undefined) validateColumnType(op.type, where);
  if (op.existingType !== undefined) validateColumnType(op.existingType, `${where} (existingType)`);
  if (op.using !== undefined) {
    if (op.type === undefined) throw operationError(`${where}: using needs a new type`);
    assertSqlText(op.using, `${where}: using`);
  }
  if (op.newName !== undefined) assertName(op.newName, `${where}: newName`);
  for (const [key, value] of [
    ["sqlite.collation", op.sqlite?.collation],
    ["existingSqlite.collation", op.existingSqlite?.collation],
  ] as const)
    if (value !== undefined && (typeof value !== "string" || value.trim() === "")) throw operationError(`${where}: ${key} must be a collation's name, such as "NOCASE"`);
  for (const [key, value] of [
    ["default", op.default],
    ["existingDefault", op.existingDefault],
  ] as const) {
    if (value === undefined || value === null) continue;
    if (isSqlExpression(value)) continue;
    const bad = describeInvalidValue(value);
    if (bad) throw operationError(`${where}: ${key} ${bad}`);
  }
}

export function reverseAlterColumn(op: AlterColumnOp): ReverseResult {
  const where = `alterColumn ${label(op.table, op.schema)}.${op.column}`;
  if (op.type !== undefined && op.existingType === undefined) return irreversible(`${where} changes the type without existingType`);
  if (op.default !== undefined && op.existingDefault === undefined)
    return irreversible(`${where} changes the default without existingDefault (use null when there was none)`);
  if (op.comment !== undefined && op.existingComment === undefined)
    return irreversible(`${where} changes the comment without existingComment (use null when there was none)`);
  if (op.sqlite?.collation !== undefined && op.existingSqlite?.collation === undefined)
    return irreversible(`${where} changes the collation without existingSqlite: { collation } (use "BINARY" when it had none)`);
  const name = op.newName ?? op.column;
  return reversed(
    compact({
      kind: "alterColumn",
      table: op.table,
      schema: op.schema,
      column: name,
      type: op.type === undefined ? undefined : op.existingType,
      // Setting NOT NULL is undone by dropping it, and the reverse.
      nullable: op.nullable === undefined ? undefined : (op.existingNullable ?? !op.nullable),
      default: op.default === undefined ? undefined : op.existingDefault,
      newName: op.newName === undefined ? undefined : op.column,
      comment: op.comment === undefined ? undefined : op.existingComment,
      existingType: op.type ?? op.existingType,
      existingNullable: op.nullable ?? op.existingNullable,
      existingDefault: op.default === undefined ? op.existingDefault : op.default,
      existingComment: op.comment === undefined ? op.existingComment : op.comment,
      mysql: op.existingMysql ?? op.mysql,
      existingMysql: op.existingMysql === undefined ? undefined : op.mysql,
      sqlite: op.sqlite === undefined ? undefined : op.existingSqlite,
      existingSqlite: op.sqlite === undefined ? op.existingSqlite : op.sqlite,
    }),
  );
}

function tsDefault(value: ColumnDefault | null | undefined): string | undefined {
  return value === undefined ? undefined : tsValue(value);
}

export function renderAlterColumnTs(op: AlterColumnOp): string {
  return tsCall("alterColumn", [tsString(op.table), tsString(op.column)], [
    ["schema", tsOptString(op.schema)],
    ["type", op.type === undefined ? undefined : tsColumnType(op.type)],
    ["using", op.using === undefined ? undefined : tsSqlText(op.using)],
    ["nullable", tsBool(op.nullable)],
    ["default", tsDefault(op.default)],
    ["newName", tsOptString(op.newName)],
    ["comment", tsNullableString(op.comment)],
    ["existingType", op.existingType === undefined ? undefined : tsColumnType(op.existingType)],
    ["existingNullable", tsBool(op.existingNullable)],
    ["existingDefault", tsDefault(op.existingDefault)],
    ["existingComment", tsNullableString(op.existingComment)],
    ["mysql", tsOptions(op.mysql)],
    ["existingMysql", tsOptions(op.existingMysql)],
    ["sqlite", tsOptions(op.sqlite)],
    ["existingSqlite", tsOptions(op.existingSqlite)],
  ]);
}
