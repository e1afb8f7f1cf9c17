/**
 * Dialect-independent checks on schema definitions. Each failure is an
 * AthanorError `SCHEMA.INVALID` naming the table and column at fault.
 */
import { AthanorError } from "../errors.js";
import { type ColumnDefinition, identityOptions } from "./column.js";
import { type ColumnType, isIntegerType, isSerialType } from "./column-type.js";
import type { ForeignKeyDefinition } from "./constraints.js";
import { type IndexDefinition, type IndexElement, type IndexKeyOptions, isIndexExpression } from "./indexes.js";
import { isSqlExpression, type SqlText } from "./sql-expression.js";
import type { TableDefinition } from "./table.js";
import { describeInvalidValue } from "./value-check.js";
import { hasLoneSurrogate, LONE_SURROGATE } from "../util/lone-surrogate.js";

export function schemaError(message: string): AthanorError {
  return new AthanorError("SCHEMA.INVALID", message);
}

export function assertName(name: unknown, what: string): asserts name is string {
  if (typeof name !== "string" || name.length === 0) throw schemaError(`${what} must be a non-empty string`);
  if (name.includes("\u0000")) throw schemaError(`${what} ${JSON.stringify(name)} contains a NUL character`);
  if (hasLoneSurrogate(name))
    throw schemaError(`${what} ${JSON.stringify(name)} ${LONE_SURROGATE}`);
}

export function assertSqlText(value: unknown, what: string): asserts value is SqlText {
  const text = typeof value === "string" ? value : isSqlExpression(value) ? value.sql : undefined;
  if (text === undefined) throw schemaError(`${what} must be a string of SQL or sql("...")`);
  if (text.trim() === "") throw schemaError(`${what} must not be empty`);
}

function isInt(n: unknown, min: number, max: number): boolean {
  return typeof n === "number" && Number.isInteger(n) && n >= min && n <= max;
}

export function validateColumnType(type: ColumnType, where: string): void {
  if (typeof type !== "object" || type === null || typeof (type as { kind?: unknown }).kind !== "string") {
    throw schemaError(`${where}: type must be a column type such as t.text() or t.varchar(255)`);
  }
  switch (type.kind) {
    case "varchar":
    case "char":
      if (type.length !== undefined && !isInt(type.length, 1, 10_485_760))
        throw schemaError(`${where}: ${type.kind} length must be an integer from 1 to 10485760, got ${String(type.length)}`);
      return;
    case "numeric":
      if (type.precision === undefined) {
        if (type.scale !== undefined) throw schemaError(`${where}: numeric scale needs a precision`);
        return;
      }
      if (!isInt(type.precision, 1, 1000))
        throw schemaError(`${where}: numeric precision must be an integer from 1 to 1000, got ${String(type.precision)}`);
      if (type.scale !== undefined && !isInt(type.scale, -1000, 1000))
        throw schemaError(`${where}: numeric scale must be an integer from -1000 to 1000, got ${String(type.scale)}`);
      return;
    case "time":
    case "timestamp":
    case "timestamptz":
      if (type.precision !== undefined && !isInt(type.precision, 0, 6))
        throw schemaError(`${where}: ${type.kind} precision must be an integer from 0 to 6, got ${String(type.precision)}`);
      return;
    case "array":
      validateColumnType(type.of, where);
      if (isSerialType(type.of)) throw schemaError(`${where}: arrays of ${type.of.kind} are not allowed`);
      return;
    case "enum":
      assertName(type.name, `${where}: enum type name`);
      if (type.schema !== undefined) assertName(type.schema, `${where}: enum schema`);
      return;
    case "raw":
      if (typeof type.sql !== "string" || type.sql.trim() === "") throw schemaError(`${where}: t.sql() type text must not be empty`);
      return;
    case "integer":
    case "bigint":
    case "smallint":
    case "serial":
    case "bigserial":
    case "smallserial":
    case "boolean":
    case "text":
    case "real":
    case "double":
    case "date":
    case "interval":
    case "uuid":
    case "json":
    case "jsonb":
    case "bytea":
    case "inet":
      return;
    default: {
      const kind: string = (type as { kind: string }).kind;
      throw schemaError(`${where}: unknown column type kind "${kind}"`);
    }
  }
}

function isIntegral(n: unknown): boolean {
  return typeof n === "bigint" || (typeof n === "number" && Number.isSafeInteger(n));
}

export function validateColumn(column: ColumnDefinition, where: string, inPrimaryKey = false): void {
  if (typeof column !== "object" || column === null) throw schemaError(`${where}: a column must be an object`);
  assertName(column.name, `${where}: column name`);
  const at = `${where}, column "${column.name}"`;
  validateColumnType(column.type, at);
  for (const flag of ["nullable", "primaryKey", "unique"] as const) {
    const v: unknown = column[flag];
    if (v !== undefined && typeof v !== "boolean")
      throw schemaError(
        `${at}: ${flag} must be true or false${flag === "unique" ? " (a named unique constraint goes in the table's uniques: [{ name, columns }])" : ""}`,
      );
  }
  if ((column.primaryKey || inPrimaryKey) && column.nullable === true)
    throw schemaError(`${at}: a primary-key column cannot be nullable`);
  if (column.default !== undefined) {
    if (!isSqlExpression(column.default)) {
      const bad = describeInvalidValue(column.default);
      if (bad) throw schemaError(`${at}: default ${bad}`);
    } else if (column.default.sql.trim() === "") {
      throw schemaError(`${at}: sql() default must not be empty`);
    }
  }
  if (column.identity !== undefined) {
    const id = identityOptions(column.identity);
    if (id.generation !== "always" && id.generation !== "byDefault")
      throw schemaError(`${at}: identity must be "always" or "byDefault"`);
    if (!isIntegerType(column.type))
      throw schemaError(`${at}: identity columns must be integer, bigint or smallint, not ${column.type.kind}`);
    if (column.default !== undefined) throw schemaError(`${at}: an identity column cannot also have a default`);
    if (column.nullable === true) throw schemaError(`${at}: an identity column cannot be nullable`);
    if (id.start !== undefined && !isIntegral(id.start)) throw schemaError(`${at}: identity start must be an integer`);
    if (id.increment !== undefined && (!isIntegral(id.increment) || BigInt(id.increment) === 0n))
      throw schemaError(`${at}: identity increment must be a non-zero integer`);
  }
  if (column.generated !== undefined) validateGenerated(column, at);
  if (isSerialType(column.type) && column.default !== undefined)
    throw schemaError(`${at}: a ${column.type.kind} column cannot also have a default`);
  if (column.comment !== undefined && typeof column.comment !== "string")
    throw schemaError(`${at}: comment must be a string`);
  if (typeof column.comment === "string" && hasLoneSurrogate(column.comment)) throw schemaError(`${at}: comment ${LONE_SURROGATE}`);
  if (column.references !== undefined) {
    assertName(column.references.table, `${at}: references.table`);
    if (column.references.schema !== undefined) assertName(column.references.schema, `${at}: references.schema`);
    if (column.references.column !== undefined) assertName(column.references.column, `${at}: references.column`);
    if (column.references.name !== undefined) assertName(column.references.name, `${at}: references.name`);
    validateActions(column.references, `${at}: references`);
  }
}

function validateGenerated(column: ColumnDefinition, at: string): void {
  const g = column.generated;
  if (typeof g !== "object" || g === null) throw schemaError(`${at}: generated must be { expression: sql("..."), stored: true }`);
  assertSqlText(g.expression, `${at}: generated.expression`);
  if (g.stored !== undefined && typeof g.stored !== "boolean") throw schemaError(`${at}: generated.stored must be a boolean`);
  if (column.default !== undefined) throw schemaError(`${at}: a generated column cannot also have a default`);
  if (column.identity !== undefined) throw schemaError(`${at}: a generated column cannot also be an identity column`);
  if (isSerialType(column.type)) throw schemaError(`${at}: a ${column.type.kind} column cannot be generated (use an integer type)`);
}

export function validateColumnList(columns: readonly string[], what: string, known?: ReadonlySet<string>): void {
  if (!Array.isArray(columns) || columns.length === 0) throw schemaError(`${what} needs at least one column`);
  const seen = new Set<string>();
  for (const c of columns) {
    assertName(c, `${what}: column name`);
    if (seen.has(c)) throw schemaError(`${what} lists column "${c}" twice`);
    seen.add(c);
    if (known && !known.has(c)) throw schemaError(`${what} names column "${c}", which the table does not have`);
  }
}

const REFERENTIAL_ACTIONS: readonly string[] = ["cascade", "restrict", "set null", "set default", "no action"];

/** `onDelete`/`onUpdate` (written into the SQL as keywords): one of the referential actions. */
function validateActions(def: { readonly onDelete?: unknown; readonly onUpdate?: unknown }, what: string): void {
  for (const key of ["onDelete", "onUpdate"] as const) {
    const v = def[key];
    if (v !== undefined && (typeof v !== "string" || !REFERENTIAL_ACTIONS.includes(v)))
      throw schemaError(`${what}: ${key} must be one of ${REFERENTIAL_ACTIONS.map((a) => `"${a}"`).join(", ")}, not ${JSON.stringify(v)}`);
  }
}

export function validateForeignKey(fk: ForeignKeyDefinition, what: string, known?: ReadonlySet<string>): void {
  if (fk.name !== undefined) assertName(fk.name, `${what}: name`);
  validateActions(fk, what);
  if (fk.match !== undefined && fk.match !== "simple" && fk.match !== "full") throw schemaError(`${what}: match must be "simple" or "full", not ${JSON.stringify(fk.match)}`);
  validateColumnList(fk.columns, what, known);
  assertName(fk.refTable, `${what}: refTable`);
  if (fk.refSchema !== undefined) assertName(fk.refSchema, `${what}: refSchema`);
  validateColumnList(fk.refColumns, `${what} (refColumns)`);
  if (fk.refColumns.length !== fk.columns.length)
    throw schemaError(`${what} has ${fk.columns.length} column(s) but ${fk.refColumns.length} referenced column(s)`);
  if (fk.initiallyDeferred && fk.deferrable === false)
    throw schemaError(`${what}: initiallyDeferred needs deferrable`);
}

export function indexElementColumn(element: IndexElement): string | null {
  if (typeof element === "string") return element;
  if (isSqlExpression(element) || isIndexExpression(element)) return null;
  return element.column;
}

function validateIndexKeyOptions(options: IndexKeyOptions, what: string): void {
  if (options.order !== undefined && options.order !== "asc" && options.order !== "desc")
    throw schemaError(`${what}: order must be "asc" or "desc"`);
  if (options.nulls !== undefined && options.nulls !== "first" && options.nulls !== "last")
    throw schemaError(`${what}: nulls must be "first" or "last"`);
  if (options.opclass !== undefined) assertName(options.opclass, `${what}: opclass`);
  if (options.collation !== undefined) assertName(options.collation, `${what}: collation`);
}

export function validateIndex(index: IndexDefinition, what: string, known?: ReadonlySet<string>): void {
  assertName(index.name, `${what}: index name`);
  if (!Array.isArray(index.columns) || index.columns.length === 0) throw schemaError(`${what} needs at least one column or expression`);
  for (const element of index.columns) {
    if (isSqlExpression(element)) {
      if (element.sql.trim() === "") throw schemaError(`${what}: empty sql() expression`);
      continue;
    }
    if (typeof element === "object" && element !== null) validateIndexKeyOptions(element, what);
    if (isIndexExpression(element)) {
      assertSqlText(element.expression, `${what}: expression`);
      continue;
    }
    const col = indexElementColumn(element);
    assertName(col, `${what}: column`);
    if (known && !known.has(col)) throw schemaError(`${what} names column "${col}", which the table does not have`);
  }
  if (index.where !== undefined) assertSqlText(index.where, `${what}: where`);
  if (index.method !== undefined) assertName(index.method, `${what}: method`);
  if (index.include !== undefined) validateColumnList(index.include, `${what} (include)`, known);
}

/** Checks a whole table: column names unique, constraint columns present, one primary key. */
export function validateTable(table: TableDefinition): void {
  assertName(table.name, "table name");
  if (table.schema !== undefined) assertName(table.schema, `table "${table.name}": schema`);
  const where = `table "${table.name}"`;
  if (!Array.isArray(table.columns)) throw schemaError(`${where}: columns must be an array`);
  const known = new Set<string>();
  const pkSet = new Set(table.primaryKey?.columns ?? []);
  for (const column of table.columns) {
    validateColumn(column, where, pkSet.has(column?.name));
    if (known.has(column.name)) throw schemaError(`${where} has two columns named "${column.name}"`);
    known.add(column.name);
  }
  const flagged = table.columns.filter((c) => c.primaryKey).map((c) => c.name);
  if (table.primaryKey) {
    if (table.primaryKey.name !== undefined) assertName(table.primaryKey.name, `${where}: primary key name`);
    validateColumnList(table.primaryKey.columns, `${where}: primary key`, known);
    if (flagged.length > 0 && (flagged.length !== pkSet.size || flagged.some((c) => !pkSet.has(c))))
      throw schemaError(`${where}: columns marked primaryKey (${flagged.join(", ")}) differ from the table's primaryKey`);
  }
  const names = new Set<string>();
  const addName = (name: string | undefined, what: string) => {
    if (name === undefined) return;
    assertName(name, what);
    if (names.has(name)) throw schemaError(`${where} defines two constraints or indexes named "${name}"`);
    names.add(name);
  };
  addName(table.primaryKey?.name, `${where}: primary key name`);
  for (const c of table.columns) addName(c.references?.name, `${where}: references name`);
  table.foreignKeys?.forEach((fk, i) => {
    validateForeignKey(fk, `${where}: foreign key ${fk.name ?? `#${i + 1}`}`, known);
    addName(fk.name, `${where}: foreign key name`);
  });
  table.uniques?.forEach((u, i) => {
    validateColumnList(u.columns, `${where}: unique ${u.name ?? `#${i + 1}`}`, known);
    addName(u.name, `${where}: unique name`);
  });
  table.checks?.forEach((c, i) => {
    assertSqlText(c.expression, `${where}: check ${c.name ?? `#${i + 1}`}`);
    addName(c.name, `${where}: check name`);
  });
  table.indexes?.forEach((idx) => {
    validateIndex(idx, `${where}: index "${idx.name}"`, known);
    addName(idx.name, `${where}: index name`);
  });
  if (table.comment !== undefined && typeof table.comment !== "string") throw schemaError(`${where}: comment must be a string`);
  if (typeof table.comment === "string" && hasLoneSurrogate(table.comment)) throw schemaError(`${where}: comment ${LONE_SURROGATE}`);
}
