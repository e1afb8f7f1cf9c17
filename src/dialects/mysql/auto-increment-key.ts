/**
 * Autogenerate on MySQL: an AUTO_INCREMENT column must lead a key of its
 * table — the server refuses to drop the last such key ("there can be only
 * one auto column and it must be defined as a key"). Models that drop it
 * while the column stays AUTO_INCREMENT (a schema from drizzle-kit pull on
 * MariaDB, which reads no primary keys, drops every table's) would make a
 * revision that stops at that statement, after the ones before it committed.
 * Such a drop is left out (and so is a new key that would take its name),
 * with a warning naming the table, the key and the column.
 */
import type { DatabaseSchema, DbTable } from "../../autogenerate/schema-model.js";
import type { Operation } from "../../operations/operation.js";
import { addedKeyIndex, droppedKey } from "./key-drop.js";

const lower = (s: string): string => s.toLowerCase();

/** The first column of each key of a table in the database, by the key's name (the primary key is PRIMARY). */
function leadingColumns(t: DbTable): Map<string, string> {
  const out = new Map<string, string>();
  if (t.primaryKey?.columns[0] !== undefined) out.set("primary", t.primaryKey.columns[0]);
  for (const u of t.uniques) if (u.columns[0] !== undefined) out.set(lower(u.name), u.columns[0]);
  for (const ix of t.indexes) {
    const first = ix.elements[0]?.column;
    if (first !== undefined && first !== null && !out.has(lower(ix.name))) out.set(lower(ix.name), first);
  }
  return out;
}

export function keepAutoIncrementKeys(operations: readonly Operation[], db: DatabaseSchema): { operations: Operation[]; warnings: string[] } {
  const warnings: string[] = [];
  const left = new Set<Operation>();
  const schemaOf = (s: string | undefined): string => s ?? db.defaultSchema;
  const sameTable = (t: DbTable, table: string, schema: string | undefined): boolean => lower(t.name) === lower(table) && lower(t.schema) === lower(schemaOf(schema));
  for (const t of db.tables) {
    const autos = t.columns.filter((c) => c.identity !== null).map((c) => c.name);
    if (autos.length === 0) continue;
    // the table or the column leaves: nothing to keep
    const gone = (column: string): boolean =>
      operations.some(
        (op) =>
          (op.kind === "dropTable" && sameTable(t, op.table, op.schema)) ||
          (op.kind === "dropColumn" && sameTable(t, op.table, op.schema) && lower(op.column) === lower(column)),
      );
    const keys = leadingColumns(t);
    const drops = operations.flatMap((op) => {
      const d = droppedKey(op);
      return d !== null && sameTable(t, d.table, d.schema) ? [{ op, name: lower(d.index) }] : [];
    });
    if (drops.length === 0) continue;
    const dropped = new Set(drops.map((d) => d.name));
    const created = operations.flatMap((op) => {
      const a = addedKeyIndex(op);
      return a !== null && sameTable(t, a.table, a.schema) ? [{ op, name: lower(a.index.name), first: a.index.columns[0] ?? null }] : [];
    });
    for (const column of autos) {
      if (gone(column)) continue;
      const leads = (first: string | null | undefined): boolean => first !== null && first !== undefined && lower(first) === lower(column);
      const staying = [...keys].some(([name, first]) => !dropped.has(name) && leads(first));
      if (staying || created.some((c) => leads(c.first))) continue;
      const led = drops.filter((d) => leads(keys.get(d.name)));
      if (led.length === 0) continue;
      // keep the first key it leads (the primary key when it is one); a new key of the same name can't be made then
      const keep = led.find((d) => d.name === "primary") ?? led[0]!;
      left.add(keep.op);
      for (const c of created) if (c.name === keep.name) left.add(c.op);
      const keyName = keep.name === "primary" ? "the primary key" : `index ${keep.name}`;
      warnings.push(
        `${t.name}: ${keyName} is kept although the models drop it: ${column} is AUTO_INCREMENT, and MySQL requires such a column to lead a key ` +
          "(dropping it fails: there can be only one auto column and it must be defined as a key); keep the key in the models " +
          "(a schema from drizzle-kit pull on MariaDB lacks every primary key: add .primaryKey() or primaryKey({ columns }))",
      );
    }
  }
  return { operations: operations.filter((op) => !left.has(op)), warnings };
}
