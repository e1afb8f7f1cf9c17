import type { CreateCheckConstraintOp } from "../../operations/create-check-constraint.js";
import type { CreateForeignKeyOp } from "../../operations/create-foreign-key.js";
import type { CreatePrimaryKeyOp } from "../../operations/create-primary-key.js";
import type { CreateUniqueConstraintOp } from "../../operations/create-unique-constraint.js";
import type { DropConstraintOp } from "../../operations/drop-constraint.js";
import { AthanorError } from "../../errors.js";
import type { SqlStatement } from "../dialect.js";
import { qualify, quoteIdentifier, quoteList } from "./quote.js";
import { checkClause, constraintName, foreignKeyClause, uniqueClause } from "./render-clauses.js";

function addConstraint(table: string, schema: string | undefined, clause: string): SqlStatement[] {
  return [{ sql: `ALTER TABLE ${qualify(table, schema)} ADD ${clause}` }];
}

export function renderCreatePrimaryKey(op: CreatePrimaryKeyOp): SqlStatement[] {
  return addConstraint(op.table, op.schema, `${constraintName(op.name)}PRIMARY KEY (${quoteList(op.columns)})`);
}

export function renderCreateUniqueConstraint(op: CreateUniqueConstraintOp): SqlStatement[] {
  return addConstraint(op.table, op.schema, uniqueClause(op));
}

export function renderCreateForeignKey(op: CreateForeignKeyOp): SqlStatement[] {
  return addConstraint(op.table, op.schema, `${foreignKeyClause(op)}${op.notValid ? " NOT VALID" : ""}`);
}

export function renderCreateCheckConstraint(op: CreateCheckConstraintOp): SqlStatement[] {
  return addConstraint(op.table, op.schema, `${checkClause(op.name, op.expression)}${op.notValid ? " NOT VALID" : ""}`);
}

export function renderDropConstraint(op: DropConstraintOp): SqlStatement[] {
  if (op.name === undefined)
    throw new AthanorError(
      "DIALECT.UNSUPPORTED",
      `dropConstraint on ${op.schema ? `${op.schema}.` : ""}${op.table} without a name: PostgreSQL names every constraint; give its name (\\d ${op.table} in psql shows it)`,
    );
  const ie = op.ifExists ? "IF EXISTS " : "";
  return [{ sql: `ALTER TABLE ${qualify(op.table, op.schema)} DROP CONSTRAINT ${ie}${quoteIdentifier(op.name)}${op.cascade ? " CASCADE" : ""}` }];
}
