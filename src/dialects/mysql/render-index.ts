/** Indexes for MySQL/MariaDB: prefix lengths, FULLTEXT/SPATIAL, ALGORITHM/LOCK. */
import type { CreateIndexOp } from "../../operations/create-index.js";
import type { DropIndexOp } from "../../operations/drop-index.js";
import type { Operation } from "../../operations/operation.js";
import type { ColumnType } from "../../schema/column-type.js";
import { type IndexDefinition, type IndexElement, type IndexKeyOptions, isIndexExpression } from "../../schema/indexes.js";
import { isSqlExpression, sqlTextOf } from "../../schema/sql-expression.js";
import type { SqlStatement } from "../dialect.js";
import { qualify, quoteIdentifier } from "./quote.js";
import { oneOf, onlineDdlClause } from "./render-clauses.js";
import { needsPrefixLength, renderColumnType } from "./render-type.js";
import { missing, refuse } from "./refuse.js";
import { hasAlterIfExists, hasLongUniqueKeys, isMariadb, type MysqlServer } from "./server.js";

/** Column types by name, when the statement knows them (a table being created): keys on TEXT/BLOB without a prefix are refused. */
export type KnownColumns = ReadonlyMap<string, ColumnType>;

function keyName(element: IndexElement): string | null {
  if (typeof element === "string") return element;
  if (isSqlExpression(element) || isIndexExpression(element)) return null;
  return element.column;
}

/** The refusal of a key on a TEXT, BLOB or JSON column without a prefix length. */
export function unprefixedKey(op: Operation, index: string, column: string, typeText: string) {
  return refuse(
    op,
    `index ${index} keys column ${column}, a ${typeText}, without a prefix length`,
    `give mysql: { prefixLengths: { ${JSON.stringify(column)}: n } } (MySQL indexes TEXT and BLOB by prefix only), or use t.varchar(n)`,
  );
}

/** The server keys a whole TEXT/BLOB column without a prefix from the user (MariaDB; see renderKey). */
export function serverKeepsWholeKey(index: IndexDefinition, server: MysqlServer): boolean {
  return index.unique === true ? hasLongUniqueKeys(server) : isMariadb(server) === true;
}

/** The columns an index keys by name, not by expression. */
export function keyedColumns(index: IndexDefinition): string[] {
  return index.columns.map(keyName).filter((c): c is string => c !== null);
}

/** One key: `` `body`(100) DESC `` or `(lower(email))`. */
function renderKey(op: Operation, index: IndexDefinition, element: IndexElement, known: KnownColumns | null, server: MysqlServer): string {
  const options: IndexKeyOptions = typeof element === "object" && !isSqlExpression(element) ? element : {};
  if (options.opclass) throw refuse(op, `operator class ${options.opclass}`, "MySQL indexes have no operator classes; leave opclass out");
  if (options.nulls) throw refuse(op, `NULLS ${options.nulls.toUpperCase()}`, "MySQL sorts NULLs first ascending and last descending; leave nulls out");
  if (options.collation) throw refuse(op, `key collation ${options.collation}`, "set the column's collation with mysql: { collation } instead");
  const order = options.order ? ` ${options.order.toUpperCase()}` : "";
  const column = keyName(element);
  if (column === null) {
    const text = isSqlExpression(element) ? element.sql : sqlTextOf((element as { expression: string }).expression);
    return `(${text.trim()})${order}`;
  }
  const length = index.mysql?.prefixLengths?.[column];
  const type = known?.get(column);
  // MariaDB keeps a unique one (10.4+) as a hash of the whole value, and indexes another by the longest prefix
  // InnoDB allows (768 characters in utf8mb4), which compares as the model's key without a prefix: no prefix needed.
  if (length === undefined && type !== undefined && needsPrefixLength(type) && index.mysql?.indexType === undefined && !serverKeepsWholeKey(index, server))
    throw unprefixedKey(op, index.name, column, renderColumnType(type));
  return `${quoteIdentifier(column)}${length === undefined ? "" : `(${length})`}${order}`;
}

export interface IndexStatementInput extends IndexDefinition {
  readonly table: string;
  readonly schema?: string;
  readonly concurrently?: boolean;
  readonly ifNotExists?: boolean;
}

/** Refuses what MySQL indexes can't be. */
function checkIndex(op: Operation, index: IndexStatementInput, server: MysqlServer): void {
  if (index.concurrently)
    throw refuse(op, "concurrently", "InnoDB builds indexes online by default; ask for it with mysql: { algorithm: \"inplace\", lock: \"none\" }");
  if (index.where !== undefined)
    throw refuse(op, "partial index (where)", "MySQL has no partial indexes; index a generated column that is NULL outside the condition");
  if (index.include !== undefined && index.include.length > 0)
    throw refuse(op, "include", "MySQL has no covering INCLUDE columns; add them as trailing keys");
  if (index.nullsNotDistinct) throw refuse(op, "nullsNotDistinct", "MySQL unique indexes always allow several NULLs; make the columns NOT NULL");
  oneOf("mysql.indexType", index.mysql?.indexType, ["fulltext", "spatial"]);
  for (const [column, length] of Object.entries(index.mysql?.prefixLengths ?? {}))
    if (!Number.isSafeInteger(length) || length < 1) throw missing(op, `mysql.prefixLengths of column ${column} must be a positive integer, not ${JSON.stringify(length)}`);
  const method = index.method?.toLowerCase();
  if (method !== undefined && method !== "btree" && method !== "hash")
    throw refuse(op, `index method ${index.method}`, "MySQL indexes are BTREE or HASH; for full-text search use mysql: { indexType: \"fulltext\" }");
  if (index.mysql?.indexType !== undefined && index.unique)
    throw refuse(op, `unique ${index.mysql.indexType} index`, `a ${index.mysql.indexType.toUpperCase()} index can't be unique; leave unique out`);
  if (index.ifNotExists && !hasAlterIfExists(server))
    throw refuse(op, "ifNotExists", "MySQL has no CREATE INDEX IF NOT EXISTS (MariaDB has); leave ifNotExists out");
}

function kindOf(index: IndexDefinition): string {
  return index.mysql?.indexType ? `${index.mysql.indexType.toUpperCase()} ` : index.unique ? "UNIQUE " : "";
}

function keysAndParser(op: Operation, index: IndexDefinition, known: KnownColumns | null, server: MysqlServer): string {
  let sql = ` (${index.columns.map((e) => renderKey(op, index, e, known, server)).join(", ")})`;
  if (index.mysql?.parser) sql += ` WITH PARSER ${quoteIdentifier(index.mysql.parser)}`;
  return sql;
}

export function renderIndexStatement(op: Operation, index: IndexStatementInput, server: MysqlServer, known: KnownColumns | null): SqlStatement {
  checkIndex(op, index, server);
  let sql = `CREATE ${kindOf(index)}INDEX ${index.ifNotExists ? "IF NOT EXISTS " : ""}${quoteIdentifier(index.name)}`;
  if (index.method) sql += ` USING ${index.method.toUpperCase()}`;
  sql += ` ON ${qualify(index.table, index.schema)}${keysAndParser(op, index, known, server)}`;
  sql += onlineDdlClause(index.mysql, " ");
  return { sql };
}

/**
 * An index written inside CREATE TABLE (`INDEX name (keys)`): the table and
 * its indexes are one statement, so a failure can't leave the table without
 * them. ALGORITHM/LOCK don't apply to a table being created.
 */
export function renderInlineIndex(op: Operation, index: IndexDefinition, server: MysqlServer, known: KnownColumns): string {
  checkIndex(op, { ...index, table: "", ifNotExists: false }, server);
  return `${kindOf(index)}INDEX ${quoteIdentifier(index.name)}${index.method ? ` USING ${index.method.toUpperCase()}` : ""}${keysAndParser(op, index, known, server)}`;
}

export function renderCreateIndex(op: CreateIndexOp, server: MysqlServer): SqlStatement[] {
  return [renderIndexStatement(op, op, server, null)];
}

export function renderDropIndex(op: DropIndexOp, server: MysqlServer): SqlStatement[] {
  if (op.concurrently) throw refuse(op, "concurrently", "leave concurrently out (mysql: { algorithm, lock } on the createIndex it undoes)");
  if (op.cascade) throw refuse(op, "cascade", "leave cascade out");
  if (op.table === undefined)
    throw refuse(op, "without its table", `MySQL drops an index from its table: op.dropIndex(${JSON.stringify(op.name)}, { table })`);
  if (op.ifExists && !hasAlterIfExists(server))
    throw refuse(op, "ifExists", "MySQL has no DROP INDEX IF EXISTS (MariaDB has); leave ifExists out");
  const ie = op.ifExists ? "IF EXISTS " : "";
  const online = onlineDdlClause(op.original?.mysql, ", ");
  // MariaDB's DROP INDEX takes no ALGORITHM/LOCK: with them, the ALTER TABLE form.
  if (online !== "") return [{ sql: `ALTER TABLE ${qualify(op.table, op.schema)} DROP INDEX ${ie}${quoteIdentifier(op.name)}${online}` }];
  return [{ sql: `DROP INDEX ${ie}${quoteIdentifier(op.name)} ON ${qualify(op.table, op.schema)}` }];
}
