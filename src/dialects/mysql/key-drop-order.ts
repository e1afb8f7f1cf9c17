/**
 * Autogenerate on MySQL: a revision must not drop a key that a foreign key
 * still needs (see foreign-key-needs.ts), which the server refuses. For each
 * drop of an index, primary key or unique key in the operations:
 *
 * - a key of another table (or of the same one) that the revision drops
 *   later (its table dropped at the end): the drop moves after it;
 * - a key the models keep, and a key the revision creates on the same table
 *   serves it: the drop moves right after that creation, or, when the new
 *   key takes the dropped one's name (a unique key or the primary key
 *   changing its columns), right before it, so that the renderer makes both
 *   one ALTER TABLE (key-drop.ts); the downgrade, the same operations
 *   reversed, then runs too;
 * - a key of another table the models keep and nothing the revision creates
 *   serves: the index is kept (the drop is left out, and so is a new key
 *   that would take its name), with a warning naming the index, the key and
 *   what to do. (A key of the table itself needs no such care: the renderer
 *   drops it and adds it again, and the server gives it an index of its own.)
 */
import type { DatabaseSchema, DbIndex, DbTable } from "../../autogenerate/schema-model.js";
import type { Operation } from "../../operations/operation.js";
import { describeForeignKey, type KeyForeignKey, type KeyIndex, needsOf, serves } from "./foreign-key-needs.js";
import { type AddedKeyIndex, addedKeyIndex, droppedKey } from "./key-drop.js";

const lower = (s: string): string => s.toLowerCase();
const tableKey = (schema: string, table: string): string => `${lower(schema)}\u0000${lower(table)}`;

function dbKeyIndex(ix: DbIndex): KeyIndex {
  const special = ix.mysql?.indexType !== undefined;
  return {
    name: ix.name,
    columns: ix.elements.map((e) => (special || e.column === null || ix.mysql?.prefixLengths?.[e.column] !== undefined ? null : e.column)),
  };
}

/** Every index of a table as foreign keys can use it: the primary key (PRIMARY), unique keys, indexes. */
function dbIndexes(t: DbTable): KeyIndex[] {
  const out: KeyIndex[] = [];
  if (t.primaryKey) out.push({ name: "PRIMARY", columns: t.primaryKey.columns });
  for (const u of t.uniques) out.push({ name: u.name, columns: u.columns });
  for (const ix of t.indexes) if (!out.some((o) => lower(o.name) === lower(ix.name))) out.push(dbKeyIndex(ix));
  return out;
}

interface DbKey extends KeyForeignKey {
  /** The key's table in the database. */
  readonly home: string;
  /** The referenced table in the database. */
  readonly refHome: string;
}

/** Where a drop goes: next to another operation, or out of the revision (null). */
type Placement = { readonly anchor: Operation; readonly where: "before" | "after" } | null;

/** The operations with the drops that foreign keys need placed where they can run, and a warning for each index kept. */
export function arrangeKeyDrops(operations: readonly Operation[], db: DatabaseSchema): { operations: Operation[]; warnings: string[] } {
  const tables = new Map(db.tables.map((t) => [tableKey(t.schema, t.name), t]));
  const schemaOf = (op: { schema?: string }): string => op.schema ?? db.defaultSchema;
  // new name -> the database's, and per table new column names -> the database's (creates name what renames made)
  const renamedTables = new Map<string, string>();
  const renamedColumns = new Map<string, Map<string, string>>();
  for (const op of operations) {
    if (op.kind === "renameTable") renamedTables.set(tableKey(schemaOf(op), op.newName), tableKey(schemaOf(op), op.table));
    if (op.kind === "alterColumn" && op.newName !== undefined) {
      const home = tableKey(schemaOf(op), op.table);
      const m = renamedColumns.get(home) ?? new Map<string, string>();
      m.set(lower(op.newName), op.column);
      renamedColumns.set(home, m);
    }
  }
  const homeOf = (schema: string, table: string): string => renamedTables.get(tableKey(schema, table)) ?? tableKey(schema, table);
  const dbColumns = (home: string, columns: readonly (string | null)[]): (string | null)[] =>
    columns.map((c) => (c === null ? null : (renamedColumns.get(home)?.get(lower(c)) ?? c)));

  const keys: DbKey[] = db.tables.flatMap((t) =>
    t.foreignKeys.map((fk) => ({
      name: fk.name,
      table: t.name,
      schema: t.schema === fk.refSchema ? null : t.schema,
      columns: fk.columns,
      refTable: fk.refTable,
      refSchema: fk.refSchema,
      refColumns: fk.refColumns,
      deleteRule: fk.onDelete,
      updateRule: fk.onUpdate,
      home: tableKey(t.schema, t.name),
      refHome: tableKey(fk.refSchema, fk.refTable),
    })),
  );
  // where each key leaves the revision (its drop, or its table's)
  const goneAt = new Map<DbKey, number>();
  operations.forEach((op, i) => {
    for (const k of keys) {
      if (goneAt.has(k)) continue;
      if (op.kind === "dropTable" && homeOf(schemaOf(op), op.table) === k.home) goneAt.set(k, i);
      if (op.kind === "dropConstraint" && op.name !== undefined && lower(op.name) === lower(k.name!) && homeOf(schemaOf(op), op.table) === k.home) {
        const type = op.constraintType ?? op.original?.kind;
        if (type === undefined || type === "foreignKey" || type === "createForeignKey") goneAt.set(k, i);
      }
    }
  });
  const droppedIndexes = new Set<string>();
  for (const op of operations) {
    const d = droppedKey(op);
    if (d !== null) droppedIndexes.add(`${homeOf(d.schema ?? db.defaultSchema, d.table)}\u0000${lower(d.index)}`);
  }

  const placements = new Map<Operation, Placement>();
  const warnings: string[] = [];
  operations.forEach((op, i) => {
    const d = droppedKey(op);
    if (d === null) return;
    const home = homeOf(d.schema ?? db.defaultSchema, d.table);
    const table = tables.get(home);
    if (!table) return;
    const indexes = dbIndexes(table);
    const dropped = indexes.find((ix) => lower(ix.name) === lower(d.index)) ?? d.known;
    if (!dropped) return;
    // the other indexes that stay through the revision
    const staying = indexes.filter((ix) => !droppedIndexes.has(`${home}\u0000${lower(ix.name)}`));
    const needs = needsOf(
      {
        indexes: [...staying, dropped],
        foreignKeys: keys.filter((k) => k.home === home),
        referencing: keys.filter((k) => k.refHome === home),
        complete: true,
      },
      dropped,
    );
    // creations on the table, by position, as the database names their columns
    const creations = operations
      .map((c, j) => ({ c, j, added: addedKeyIndex(c) }))
      .filter((x): x is { c: Operation; j: number; added: AddedKeyIndex } => x.added !== null)
      .filter((x) => homeOf(x.added.schema ?? db.defaultSchema, x.added.table) === home)
      .map((x) => ({ ...x, columns: dbColumns(home, x.added.index.columns), sameName: lower(x.added.index.name) === lower(dropped.name) }));
    let after = -1;
    let before: { c: Operation; j: number } | null = null;
    const unserved: DbKey[] = [];
    const place = (k: DbKey, columns: readonly string[], own: boolean): void => {
      const gone = goneAt.get(k);
      if (gone !== undefined) {
        if (gone > i) after = Math.max(after, gone);
        return;
      }
      const serving = creations.find((x) => serves(x.columns, columns));
      if (serving === undefined) {
        if (!own) unserved.push(k);
        return;
      }
      if (!serving.sameName) after = Math.max(after, serving.j);
      else if (!own && (before === null || serving.j < before.j)) before = serving;
    };
    for (const k of needs.referencing as DbKey[]) place(k, k.refColumns, false);
    for (const k of needs.own as DbKey[]) place(k, k.columns, true);
    if (unserved.length > 0) {
      placements.set(op, null);
      // a new key that would take the kept index's name can't be created either
      for (const x of creations) if (x.sameName) placements.set(x.c, null);
      const where = `${table.schema === db.defaultSchema ? "" : `${table.schema}.`}${table.name}`;
      warnings.push(
        `${where}: index ${dropped.name} is kept although the models drop it: ` +
          unserved.map((k) => `${describeForeignKey(k)} references ${where} (${k.refColumns.join(", ")})`).join("; ") +
          `, and MySQL checks a foreign key through an index of the referenced table that starts with its columns; ` +
          "keep such an index in the models, or drop the foreign key",
      );
      return;
    }
    const adjacent = before as { c: Operation; j: number } | null;
    if (adjacent !== null && adjacent.j > Math.max(after, i)) placements.set(op, { anchor: adjacent.c, where: "before" });
    else if (after > i) placements.set(op, { anchor: operations[after]!, where: "after" });
  });

  if (placements.size === 0) return { operations: [...operations], warnings };
  const out: Operation[] = [];
  const anchored = (anchor: Operation, where: "before" | "after"): Operation[] =>
    [...placements.entries()].filter(([, p]) => p !== null && p.anchor === anchor && p.where === where).map(([m]) => m);
  // an op with the drops placed next to it (a removed op still carries them where it was)
  const emit = (op: Operation, itself: boolean): void => {
    for (const m of anchored(op, "before")) emit(m, true);
    if (itself) out.push(op);
    for (const m of anchored(op, "after")) emit(m, true);
  };
  for (const op of operations) {
    const p = placements.get(op);
    if (p === undefined) emit(op, true);
    else if (p === null) emit(op, false);
  }
  return { operations: out, warnings };
}
