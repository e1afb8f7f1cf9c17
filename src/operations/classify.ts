/**
 * Facts about ops for lint, logging and the runner: does an op destroy data,
 * must it run outside a transaction, and a one-line description.
 */
import type { Dialect, TransactionContext as DialectTransactionContext } from "../dialects/dialect.js";
import { defaultDialect } from "../dialects/registry.js";
import { alterColumnHasChanges } from "./alter-column.js";
import { label } from "./common.js";
import { describeDropEnumValue } from "./drop-enum-value.js";
import { assertNever, type Operation } from "./operation.js";

/** Why `op` may destroy data, or null. Raw SQL is read by `dialect`'s lexer (default: the first built-in dialect). */
export function destructiveReason(op: Operation, dialect: Dialect = defaultDialect()): string | null {
  switch (op.kind) {
    case "dropTable":
      return `drops table ${label(op.table, op.schema)} and its data`;
    case "dropColumn":
      return `drops column ${label(op.table, op.schema)}.${op.column} and its data`;
    case "dropSchema":
      return op.cascade ? `drops schema ${op.name} and everything in it` : `drops schema ${op.name}`;
    case "dropEnum":
      return op.cascade ? `drops enum ${label(op.name, op.schema)} and the columns using it` : `drops enum ${label(op.name, op.schema)}`;
    case "dropEnumValue":
      return `removes value ${JSON.stringify(op.value)} from enum ${label(op.name, op.schema)} (rebuilds the type and converts the columns using it; refuses if a row holds the value)`;
    case "alterColumn":
      return op.type !== undefined
        ? `changes the type of ${label(op.table, op.schema)}.${op.column}, which may reject, truncate or rewrite data`
        : null;
    case "execute": {
      for (const stmt of dialect.sqlLexer.splitStatements(op.sql)) {
        const [a, b] = stmt.leadingKeywords;
        if (a === "DROP" || a === "TRUNCATE" || a === "DELETE") return `runs ${a}${b && a === "DROP" ? ` ${b}` : ""} in raw SQL`;
        if (a === "ALTER" && stmt.keywords.includes("DROP")) return "runs ALTER ... DROP in raw SQL";
      }
      return null;
    }
    default:
      return null;
  }
}

/** True when `op` may destroy data (drops, type changes, DROP/TRUNCATE/DELETE in raw SQL). */
export function isDestructive(op: Operation, dialect?: Dialect): boolean {
  return destructiveReason(op, dialect) !== null;
}

export interface TransactionContext extends DialectTransactionContext {
  /** The dialect whose rules apply (default: the first built-in dialect, PostgreSQL). */
  readonly dialect?: Dialect;
}

/** Why `op` cannot run inside a transaction block, or null: the dialect's rules (SqlLexer.noTransactionReason). */
export function noTransactionReason(op: Operation, context?: TransactionContext): string | null {
  return (context?.dialect ?? defaultDialect()).sqlLexer.noTransactionReason(op, context);
}

/** True when `op` can't run in a transaction (PostgreSQL: CONCURRENTLY index ops, VACUUM-like raw SQL, ADD VALUE before 12). */
export function requiresNoTransaction(op: Operation, context?: TransactionContext): boolean {
  return noTransactionReason(op, context) !== null;
}

function named(name: string | undefined): string {
  return name === undefined ? "" : ` ${name}`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

/** One line for logs: `add column public.users.email`. */
export function describeOperation(op: Operation): string {
  switch (op.kind) {
    case "createTable":
      return `create table ${label(op.table, op.schema)}`;
    case "dropTable":
      return `drop table ${label(op.table, op.schema)}`;
    case "renameTable":
      return `rename table ${label(op.table, op.schema)} to ${op.newName}`;
    case "addColumn":
      return `add column ${label(op.table, op.schema)}.${op.column.name}`;
    case "dropColumn":
      return `drop column ${label(op.table, op.schema)}.${op.column}`;
    case "alterColumn": {
      const parts: string[] = [];
      if (op.type !== undefined) parts.push("type");
      if (op.nullable !== undefined) parts.push(op.nullable ? "nullable" : "not null");
      if (op.default !== undefined) parts.push(op.default === null ? "drop default" : "default");
      if (op.comment !== undefined) parts.push("comment");
      if (op.sqlite?.collation !== undefined) parts.push("collation");
      if (op.newName !== undefined) parts.push(`rename to ${op.newName}`);
      return `alter column ${label(op.table, op.schema)}.${op.column}${alterColumnHasChanges(op) ? ` (${parts.join(", ")})` : ""}`;
    }
    case "createIndex":
      return `create ${op.unique ? "unique " : ""}index ${op.name} on ${label(op.table, op.schema)}`;
    case "dropIndex":
      return `drop index ${label(op.name, op.schema)}`;
    case "createPrimaryKey":
      return `create primary key${named(op.name)} on ${label(op.table, op.schema)}`;
    case "createUniqueConstraint":
      return `create unique constraint${named(op.name)} on ${label(op.table, op.schema)}`;
    case "createForeignKey":
      return `create foreign key${named(op.name)} on ${label(op.table, op.schema)}`;
    case "createCheckConstraint":
      return `create check constraint${named(op.name)} on ${label(op.table, op.schema)}`;
    case "dropConstraint":
      return `drop constraint ${op.name ?? `(unnamed ${op.constraintType ?? "constraint"})`} on ${label(op.table, op.schema)}`;
    case "createEnum":
      return `create enum ${label(op.name, op.schema)}`;
    case "dropEnum":
      return `drop enum ${label(op.name, op.schema)}`;
    case "addEnumValue":
      return `add value ${JSON.stringify(op.value)} to enum ${label(op.name, op.schema)}`;
    case "dropEnumValue":
      return describeDropEnumValue(op);
    case "renameEnumValue":
      return `rename value ${JSON.stringify(op.from)} of enum ${label(op.name, op.schema)} to ${JSON.stringify(op.to)}`;
    case "createSchema":
      return `create schema ${op.name}`;
    case "dropSchema":
      return `drop schema ${op.name}`;
    case "setTableComment":
      return `${op.comment === null ? "remove" : "set"} comment on table ${label(op.table, op.schema)}`;
    case "setColumnComment":
      return `${op.comment === null ? "remove" : "set"} comment on column ${label(op.table, op.schema)}.${op.column}`;
    case "execute": {
      const first = op.sql.trim().split("\n")[0] ?? "";
      return `execute ${first.length > 50 ? `${first.slice(0, 47)}...` : first}`;
    }
    case "bulkInsert":
      return `insert ${plural(op.rows.length, "row")} into ${label(op.table, op.schema)}`;
    default:
      return assertNever(op);
  }
}
