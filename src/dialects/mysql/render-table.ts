/** Tables for MySQL/MariaDB: CREATE TABLE with its keys, options and comments in the definition. */
import type { CreateTableOp } from "../../operations/create-table.js";
import type { DropTableOp } from "../../operations/drop-table.js";
import type { RenameTableOp } from "../../operations/rename-table.js";
import type { SetTableCommentOp } from "../../operations/set-table-comment.js";
import type { ColumnType } from "../../schema/column-type.js";
import type { SqlStatement } from "../dialect.js";
import { commentString } from "./literal.js";
import type { MysqlTableOptions } from "./options.js";
import { qualify, quoteIdentifier, quoteList } from "./quote.js";
import { checkClause, foreignKeyClause, primaryKeyConstraintName } from "./render-clauses.js";
import { autoIncrementOf, columnForeignKey, renderColumnDefinition } from "./render-column.js";
import { checkForeignKey, uniqueClause } from "./render-constraint.js";
import { renderInlineIndex } from "./render-index.js";
import { needsPrefixLength, renderColumnType } from "./render-type.js";
import { refuse } from "./refuse.js";
import { hasLongUniqueKeys, isMariadb, type MysqlServer } from "./server.js";
import { checkNameFor, foreignKeyNameFor } from "./unnamed-constraint.js";
import { sqlTextOf } from "../../schema/sql-expression.js";

function tableOptions(options: MysqlTableOptions | undefined, comment: string | undefined, autoIncrement: number | bigint | null): string {
  const parts: string[] = [];
  if (options?.engine) parts.push(`ENGINE=${quoteIdentifier(options.engine)}`);
  if (options?.charset) parts.push(`DEFAULT CHARACTER SET=${quoteIdentifier(options.charset)}`);
  if (options?.collation) parts.push(`COLLATE=${quoteIdentifier(options.collation)}`);
  if (autoIncrement !== null) parts.push(`AUTO_INCREMENT=${autoIncrement}`);
  if (comment !== undefined) parts.push(`COMMENT=${commentString(comment)}`);
  if (options?.systemVersioned === true) parts.push("WITH SYSTEM VERSIONING");
  return parts.length === 0 ? "" : ` ${parts.join(" ")}`;
}

/** `CREATE TABLE` with columns, keys, foreign keys, checks and indexes inline, table options and comments: one statement. */
export function renderCreateTable(op: CreateTableOp, server: MysqlServer): SqlStatement[] {
  const table = qualify(op.table, op.schema);
  const types = new Map<string, ColumnType>(op.columns.map((c) => [c.name, c.type]));
  const flagged = op.columns.filter((c) => c.primaryKey).map((c) => c.name);
  const pkColumns = op.primaryKey?.columns ?? flagged;
  const inlinePk = op.primaryKey === undefined && flagged.length === 1;
  const pkSet = new Set(pkColumns);
  let start: number | bigint | null = null;
  const lines = op.columns.map((c) => {
    const auto = autoIncrementOf(op, c);
    if (auto.start !== null) start = auto.start;
    return renderColumnDefinition(op, c, { inlinePrimaryKey: inlinePk && c.primaryKey === true, inPrimaryKey: pkSet.has(c.name) });
  });
  if (!inlinePk && pkColumns.length > 0) {
    for (const column of pkColumns) {
      const type = types.get(column);
      if (type !== undefined && needsPrefixLength(type))
        throw refuse(op, `primary key column ${column} is ${renderColumnType(type)}`, "a MySQL key indexes TEXT and BLOB by prefix only: use t.varchar(n)");
    }
    lines.push(`${primaryKeyConstraintName(op.primaryKey?.name)}PRIMARY KEY (${quoteList(pkColumns)})`);
  }
  for (const u of op.uniques ?? []) {
    // MariaDB 10.4+ keeps a unique key on a whole TEXT/BLOB column as a hash (USING HASH); MySQL refuses it.
    for (const column of hasLongUniqueKeys(server) ? [] : u.columns) {
      const type = types.get(column);
      if (type !== undefined && needsPrefixLength(type))
        throw refuse(
          op,
          `unique constraint${u.name === undefined ? "" : ` ${u.name}`} keys column ${column}, a ${renderColumnType(type)}`,
          "a MySQL key indexes TEXT and BLOB by prefix only: use t.varchar(n), or a unique index with mysql: { prefixLengths }",
        );
    }
    lines.push(uniqueClause(op, u));
  }
  for (const c of op.columns) {
    const fk = columnForeignKey(op, op.table, c, op.schema);
    if (fk) lines.push(fk);
  }
  for (const fk of op.foreignKeys ?? []) {
    checkForeignKey(op, fk);
    lines.push(foreignKeyClause({ ...fk, name: foreignKeyNameFor(op.table, fk) }, op.schema));
  }
  for (const ck of op.checks ?? []) lines.push(checkClause(checkNameFor(op.table, ck.name, sqlTextOf(ck.expression)), ck.expression));
  for (const index of op.indexes ?? []) lines.push(renderInlineIndex(op, index, server, types));
  const ine = op.ifNotExists ? "IF NOT EXISTS " : "";
  if (op.mysql?.systemVersioned === true && isMariadb(server) === false)
    throw refuse(op, "mysql.systemVersioned", "MySQL has no system-versioned tables (MariaDB's WITH SYSTEM VERSIONING): leave the option out");
  return [{ sql: `CREATE TABLE ${ine}${table} (\n${lines.map((l) => `    ${l}`).join(",\n")}\n)${tableOptions(op.mysql, op.comment, start)}` }];
}

export function renderDropTable(op: DropTableOp): SqlStatement[] {
  if (op.cascade) throw refuse(op, "cascade", "MySQL parses CASCADE and ignores it; drop the foreign keys that reference the table first");
  return [{ sql: `DROP TABLE ${op.ifExists ? "IF EXISTS " : ""}${qualify(op.table, op.schema)}` }];
}

export function renderRenameTable(op: RenameTableOp): SqlStatement[] {
  return [{ sql: `RENAME TABLE ${qualify(op.table, op.schema)} TO ${qualify(op.newName, op.schema)}` }];
}

/** `ALTER TABLE ... COMMENT = '...'` (an empty comment removes it). */
export function renderSetTableComment(op: SetTableCommentOp): SqlStatement[] {
  return [{ sql: `ALTER TABLE ${qualify(op.table, op.schema)} COMMENT = ${commentString(op.comment ?? "")}` }];
}
