/**
 * Dropping a key that a foreign key needs (see foreign-key-needs.ts): an
 * index, the primary key or a unique key that is the only one serving a
 * foreign key, which the server refuses to drop on its own ("needed in a
 * foreign key constraint").
 *
 * - A key of the table itself (its columns lead the dropped index): the key
 *   is dropped in the same statement and added again after it, and the
 *   server gives it an index of its own (named after it) when no other
 *   index serves it; creating the index again later (the downgrade) makes
 *   the server drop that index by itself.
 * - A key of another table that references the table's columns: the drop
 *   waits for the next operation. When that one adds a key on the same
 *   table which serves the foreign key too (a unique key changing its
 *   columns, an index replaced), both become one ALTER TABLE, which the
 *   server accepts, as it checks the table's keys once the statement is
 *   done. Otherwise the drop is refused before the server sees it, naming
 *   the index, the table and the foreign key (dropping the referencing key
 *   behind the user's back would leave the schema unprotected).
 */
import { describeOperation } from "../../operations/classify.js";
import type { Operation } from "../../operations/operation.js";
import { AthanorError } from "../../errors.js";
import type { SqlStatement } from "../dialect.js";
import { describeForeignKey, type KeyForeignKey, type KeyIndex, type KeyNeeds, keyIndexOf, serves } from "./foreign-key-needs.js";
import { qualify, quoteIdentifier, quoteList } from "./quote.js";
import { onlineDdlClause, primaryKeyConstraintName } from "./render-clauses.js";
import { uniqueClause } from "./render-constraint.js";
import { renderInlineIndex } from "./render-index.js";
import type { MysqlServer } from "./server.js";

/** What an op drops: the index (`PRIMARY` for the primary key), the clause that drops it, and its columns when the op says them. */
export interface DroppedKey {
  readonly op: Operation;
  readonly table: string;
  readonly schema: string | undefined;
  readonly index: string;
  readonly clause: string;
  /** From the op's `original` (an offline script may know the key only from there). */
  readonly known: KeyIndex | null;
}

/** The key a drop removes, or null for other ops (and for drops with IF EXISTS, which say they may find nothing). */
export function droppedKey(op: Operation): DroppedKey | null {
  if (op.kind === "dropIndex" && op.table !== undefined && !op.ifExists)
    return {
      op,
      table: op.table,
      schema: op.schema,
      index: op.name,
      clause: `DROP INDEX ${quoteIdentifier(op.name)}`,
      known: op.original === undefined ? null : keyIndexOf({ ...op.original, name: op.name }),
    };
  if (op.kind === "dropConstraint" && !op.ifExists && op.name !== undefined) {
    const type = op.constraintType ?? op.original?.kind;
    const columns = op.original !== undefined && "columns" in op.original ? op.original.columns : null;
    if (type === "primaryKey" || type === "createPrimaryKey")
      return { op, table: op.table, schema: op.schema, index: "PRIMARY", clause: "DROP PRIMARY KEY", known: columns && { name: "PRIMARY", columns } };
    if (type === "unique" || type === "createUniqueConstraint")
      return { op, table: op.table, schema: op.schema, index: op.name, clause: `DROP INDEX ${quoteIdentifier(op.name)}`, known: columns && { name: op.name, columns } };
  }
  return null;
}

/** A key an op adds to a table: the table and the key's columns as foreign keys can use them. */
export interface AddedKeyIndex {
  readonly table: string;
  readonly schema: string | undefined;
  readonly index: KeyIndex;
}

/** The key `op` adds, or null for other ops (and for `createIndex` with IF NOT EXISTS, which may add nothing). */
export function addedKeyIndex(op: Operation): AddedKeyIndex | null {
  switch (op.kind) {
    case "createIndex":
      return op.ifNotExists ? null : { table: op.table, schema: op.schema, index: keyIndexOf(op) };
    case "createUniqueConstraint":
      return { table: op.table, schema: op.schema, index: { name: op.name ?? op.columns[0] ?? "", columns: op.columns } };
    case "createPrimaryKey":
      return { table: op.table, schema: op.schema, index: { name: "PRIMARY", columns: op.columns } };
    default:
      return null;
  }
}

/** A key an op adds, with the clause of ALTER TABLE that adds it (and the op's ALGORITHM/LOCK apart: they close the statement). */
export interface AddedKey extends AddedKeyIndex {
  readonly clause: string;
  readonly online: string;
}

/** The key `op` adds as an ALTER TABLE clause, or null. The op has been rendered on its own first (so what it can't be is refused). */
export function addedKey(op: Operation, server: MysqlServer): AddedKey | null {
  const added = addedKeyIndex(op);
  if (added === null) return null;
  switch (op.kind) {
    case "createIndex":
      return { ...added, clause: `ADD ${renderInlineIndex(op, op, server, new Map())}`, online: onlineDdlClause(op.mysql, ", ") };
    case "createUniqueConstraint":
      return { ...added, clause: `ADD ${uniqueClause(op, op)}`, online: "" };
    case "createPrimaryKey":
      return { ...added, clause: `ADD ${primaryKeyConstraintName(op.name)}PRIMARY KEY (${quoteList(op.columns)})`, online: "" };
    default:
      return null;
  }
}

const rule = (what: string, r: string): string => (r.toUpperCase() === "RESTRICT" ? "" : ` ON ${what} ${r.toUpperCase()}`);

/**
 * `clauses` on the table in one ALTER TABLE with the drop of the table's own keys `fks` in front, then each key
 * added again (the server gives it an index of its own when no other index serves it, and drops that index by
 * itself once another one, or a new primary key, can).
 */
export function alterUnderOwnForeignKeys(
  table: string,
  schema: string | undefined,
  clauses: readonly string[],
  fks: readonly KeyForeignKey[],
  online = "",
): SqlStatement[] {
  const qualified = qualify(table, schema);
  const drops = fks.filter((fk) => fk.name !== null).map((fk) => `DROP FOREIGN KEY ${quoteIdentifier(fk.name!)}`);
  return [
    { sql: `ALTER TABLE ${qualified} ${[...drops, ...clauses].join(", ")}${online}` },
    ...fks
      .filter((fk) => fk.name !== null)
      .map((fk) => ({
        sql:
          `ALTER TABLE ${qualified} ADD CONSTRAINT ${quoteIdentifier(fk.name!)} FOREIGN KEY (${quoteList(fk.columns)}) ` +
          `REFERENCES ${fk.refSchema === null ? quoteIdentifier(fk.refTable) : qualify(fk.refTable, fk.refSchema)} (${quoteList(fk.refColumns)})` +
          `${rule("DELETE", fk.deleteRule)}${rule("UPDATE", fk.updateRule)}`,
      })),
  ];
}

/**
 * A drop that keys of other tables need, waiting for the next operation. `certain`: the table's keys are all known
 * (online; offline, a table the script or its history created), so nothing else can serve those keys.
 */
export interface PendingKeyDrop {
  readonly key: DroppedKey;
  readonly needs: KeyNeeds;
  readonly certain: boolean;
  /** The drop as it would be alone (offline, when not certain: the server decides). */
  readonly alone: readonly SqlStatement[];
}

const sameName = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/** The drop and the key `added` adds in one ALTER TABLE, or null when `added` doesn't serve every key that needs the dropped one. */
export function dropWithAdded(pending: PendingKeyDrop, added: AddedKey): SqlStatement[] | null {
  const { key, needs } = pending;
  if (!sameName(added.table, key.table) || (added.schema ?? "").toLowerCase() !== (key.schema ?? "").toLowerCase()) return null;
  if (!needs.referencing.every((fk) => serves(added.index.columns, fk.refColumns))) return null;
  // the table's own keys the new key doesn't serve are dropped and added again around it, as for a drop alone
  const own = needs.own.filter((fk) => !serves(added.index.columns, fk.columns));
  return alterUnderOwnForeignKeys(key.table, key.schema, [key.clause, added.clause], own, added.online);
}

/** The one-line refusal of a drop that keys of other tables need. */
export function keyDropRefusal(pending: PendingKeyDrop): AthanorError {
  const { key, needs } = pending;
  const table = `${key.schema ? `${key.schema}.` : ""}${key.table}`;
  const drop = key.op.kind === "dropIndex" ? `drop index ${key.index} on ${table}` : describeOperation(key.op);
  const keys = needs.referencing.map((fk) => `${describeForeignKey(fk)} references ${table} (${fk.refColumns.join(", ")})`);
  const one = keys.length === 1;
  return new AthanorError(
    "OPERATION.INVALID",
    `${drop}: ${keys.join("; ")}, and no other index of ${table} starts with ${one ? "those columns" : "them"}, which MySQL needs to check ${one ? "that key" : "those keys"}; ` +
      `drop the foreign ${one ? "key" : "keys"} first, or keep an index of ${table} that starts with ${one ? "them" : "each key's columns"}: ` +
      "create it before this drop, or right after it in the same revision (both are then one ALTER TABLE)",
  );
}
