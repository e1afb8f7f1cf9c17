/** Constraints for MySQL/MariaDB (added and dropped with ALTER TABLE). */
import type { CreateCheckConstraintOp } from "../../operations/create-check-constraint.js";
import type { CreateForeignKeyOp } from "../../operations/create-foreign-key.js";
import type { CreatePrimaryKeyOp } from "../../operations/create-primary-key.js";
import type { CreateUniqueConstraintOp } from "../../operations/create-unique-constraint.js";
import type { DropConstraintOp } from "../../operations/drop-constraint.js";
import type { Operation } from "../../operations/operation.js";
import type { UniqueDefinition } from "../../schema/constraints.js";
import type { SqlStatement } from "../dialect.js";
import { qualify, quoteIdentifier, quoteList } from "./quote.js";
import { checkClause, constraintName, foreignKeyClause, primaryKeyConstraintName } from "./render-clauses.js";
import { refuse } from "./refuse.js";
import { hasAlterIfExists, type MysqlServer } from "./server.js";
import { checkNameFor, foreignKeyNameFor } from "./unnamed-constraint.js";
import { sqlTextOf } from "../../schema/sql-expression.js";

export function refuseDeferrable(op: Operation, def: { deferrable?: boolean; initiallyDeferred?: boolean }, what: string): void {
  if (def.deferrable || def.initiallyDeferred)
    throw refuse(op, `deferrable ${what}`, "MySQL checks constraints at once; leave deferrable and initiallyDeferred out");
}

export function uniqueClause(op: Operation, u: UniqueDefinition): string {
  refuseDeferrable(op, u, "unique constraint");
  if (u.nullsNotDistinct) throw refuse(op, "nullsNotDistinct", "MySQL unique keys always allow several NULLs; make the columns NOT NULL");
  return `${constraintName(u.name)}UNIQUE (${quoteList(u.columns)})`;
}

export function checkForeignKey(op: Operation, fk: { match?: string; deferrable?: boolean; initiallyDeferred?: boolean }): void {
  refuseDeferrable(op, fk, "foreign key");
  if (fk.match !== undefined && fk.match !== "simple")
    throw refuse(op, `MATCH ${fk.match.toUpperCase()}`, "InnoDB parses MATCH but ignores it; leave match out");
}

function add(table: string, schema: string | undefined, clause: string): SqlStatement[] {
  return [{ sql: `ALTER TABLE ${qualify(table, schema)} ADD ${clause}` }];
}

function refuseNotValid(op: Operation & { notValid?: boolean }): void {
  if (op.notValid)
    throw refuse(op, "notValid", "MySQL checks existing rows when it adds the constraint (there is no NOT VALID); leave notValid out");
}

export function renderCreatePrimaryKey(op: CreatePrimaryKeyOp): SqlStatement[] {
  // MySQL names every primary key PRIMARY: the name is accepted and not kept.
  return add(op.table, op.schema, `${primaryKeyConstraintName(op.name)}PRIMARY KEY (${quoteList(op.columns)})`);
}

export function renderCreateUniqueConstraint(op: CreateUniqueConstraintOp): SqlStatement[] {
  return add(op.table, op.schema, uniqueClause(op, op));
}

export function renderCreateForeignKey(op: CreateForeignKeyOp): SqlStatement[] {
  refuseNotValid(op);
  checkForeignKey(op, op);
  return add(op.table, op.schema, foreignKeyClause({ ...op, name: foreignKeyNameFor(op.table, op) }, op.schema));
}

export function renderCreateCheckConstraint(op: CreateCheckConstraintOp): SqlStatement[] {
  refuseNotValid(op);
  return add(op.table, op.schema, checkClause(checkNameFor(op.table, op.name, sqlTextOf(op.expression)), op.expression));
}

/**
 * By the constraint's type: `DROP PRIMARY KEY`, `DROP INDEX` (unique),
 * `DROP FOREIGN KEY`, `DROP CONSTRAINT` (check, or a type not given: MySQL
 * 8.0.19+, MariaDB). The server made an index named after a foreign key
 * when no index could serve it and keeps it when the key is dropped: on
 * MariaDB the same statement drops it too (`DROP INDEX IF EXISTS`, a no-op
 * when the key used an index of its own), so that dropping the key undoes
 * creating it. MySQL has no `DROP INDEX IF EXISTS`: there the index stays
 * (offline, the session drops it when it knows the server made it for the
 * key: dropForeignKeyAndIndex).
 */
export function renderDropConstraint(op: DropConstraintOp, server: MysqlServer): SqlStatement[] {
  if (op.cascade) throw refuse(op, "cascade", "drop the dependent foreign keys first, then the constraint without cascade");
  const type = op.constraintType ?? op.original?.kind;
  if (op.ifExists && !hasAlterIfExists(server))
    throw refuse(op, "ifExists", "MySQL has no DROP ... IF EXISTS for constraints (MariaDB has); leave ifExists out");
  const ie = op.ifExists ? "IF EXISTS " : "";
  if (op.name === undefined)
    throw refuse(op, null, "MySQL names every constraint: give its name (SHOW CREATE TABLE shows it)");
  const name = quoteIdentifier(op.name);
  let action: string;
  switch (type) {
    case "primaryKey":
    case "createPrimaryKey":
      action = "DROP PRIMARY KEY";
      break;
    case "unique":
    case "createUniqueConstraint":
      action = `DROP INDEX ${ie}${name}`;
      break;
    case "foreignKey":
    case "createForeignKey":
      action = `DROP FOREIGN KEY ${ie}${name}`;
      if (hasAlterIfExists(server)) action += `, DROP INDEX IF EXISTS ${name}`;
      break;
    default:
      action = `DROP CONSTRAINT ${ie}${name}`;
  }
  return [{ sql: `ALTER TABLE ${qualify(op.table, op.schema)} ${action}` }];
}


/**
 * Offline (`--sql`, the server unknown): the drop of a foreign key whose index the script knows the server made for
 * it, that index with it (a plain `DROP INDEX`, which both servers run), as MariaDB online drops it.
 */
export function dropForeignKeyAndIndex(op: DropConstraintOp & { name: string }): SqlStatement[] {
  const name = quoteIdentifier(op.name);
  return [{ sql: `ALTER TABLE ${qualify(op.table, op.schema)} DROP FOREIGN KEY ${name}, DROP INDEX ${name}` }];
}
