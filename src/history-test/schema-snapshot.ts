/**
 * A whole-schema snapshot for `athanor test`: the dialect's introspector
 * reads every schema of the database into the neutral model, which is
 * flattened into named items (`column public.users.nickname`, `index
 * public.users.ix_users_email`, …), each with its definition as canonical
 * JSON. Two snapshots compare item by item, so a difference reads as what a
 * person would look for: what is left behind, what is missing, what changed.
 */
import type { DatabaseSchema, DbTable, SchemaIntrospector } from "../autogenerate/index.js";
import type { DatabaseConnection, VersionTableRef } from "../dialects/dialect.js";

export interface SchemaSnapshot {
  /** Item name to its definition (canonical JSON). */
  readonly items: ReadonlyMap<string, string>;
  /** The schemas that exist (read again next time, so objects in a new schema are seen). */
  readonly schemas: readonly string[];
}

/**
 * Reads the whole database (every non-system schema), without Athanor's
 * version and log tables. Where a schema is a database of its own
 * (`schemas: false`: MySQL), only the session's database: the others on the
 * server are other projects', which a revision can't create or drop.
 */
export async function takeSnapshot(
  introspector: SchemaIntrospector,
  conn: DatabaseConnection,
  versionTable: VersionTableRef,
  knownSchemas: readonly string[] = [],
  schemasAreDatabases = false,
): Promise<SchemaSnapshot> {
  const excludeTables = [
    { name: versionTable.table, schema: versionTable.schema ?? null },
    { name: `${versionTable.table}_log`, schema: versionTable.schema ?? null },
  ];
  if (schemasAreDatabases) {
    const db = await introspector.introspect(conn, { excludeTables });
    return { items: flatten({ ...db, existingSchemas: [db.defaultSchema] }), schemas: [db.defaultSchema] };
  }
  let db = await introspector.introspect(conn, { extraSchemas: knownSchemas, excludeTables });
  const unread = db.existingSchemas.filter((s) => !db.schemas.includes(s));
  if (unread.length > 0) db = await introspector.introspect(conn, { schemas: [...new Set([db.defaultSchema, ...db.existingSchemas])], excludeTables });
  return { items: flatten(db), schemas: db.existingSchemas };
}

function json(value: unknown): string {
  return JSON.stringify(value, (_k, v) => (typeof v === "bigint" ? v.toString() : v));
}

function flatten(db: DatabaseSchema): Map<string, string> {
  const items = new Map<string, string>();
  for (const s of db.existingSchemas) items.set(`schema ${s}`, "{}");
  for (const e of db.enums) items.set(`enum ${e.schema}.${e.name}`, json({ values: e.values }));
  for (const t of db.tables) flattenTable(t, items);
  return items;
}

function flattenTable(t: DbTable, items: Map<string, string>): void {
  const name = `${t.schema}.${t.name}`;
  items.set(`table ${name}`, json({ comment: t.comment, partitioned: t.partitioned, exclusions: [...t.exclusions].sort() }));
  // not the column's position: a downgrade that adds back a dropped column can only add it last
  for (const c of t.columns) {
    const { formatted: _formatted, ...rest } = c;
    items.set(`column ${name}.${c.name}`, json(rest));
  }
  if (t.primaryKey) items.set(`primary key ${name}.${t.primaryKey.name}`, json(t.primaryKey));
  // an unnamed constraint (SQLite's, drizzle-kit writes them so) is named by what it holds: two of them on one
  // table must not share one item, or a change to one of them would hide behind the other
  const add = (label: string, value: unknown) => {
    let item = label;
    for (let n = 2; items.has(item); n++) item = `${label} #${n}`;
    items.set(item, json(value));
  };
  for (const fk of t.foreignKeys) add(`foreign key ${name}.${fk.name || `(${fk.columns.join(", ")}) → ${fk.refTable}(${fk.refColumns.join(", ")})`}`, fk);
  for (const u of t.uniques) add(`unique constraint ${name}.${u.name || `(${u.columns.join(", ")})`}`, u);
  for (const c of t.checks) add(`check constraint ${name}.${c.name || `CHECK (${c.expression})`}`, c);
  for (const i of t.indexes) add(`index ${name}.${i.name}`, i);
}

/**
 * The differences between the schema before a revision's upgrade and after
 * its downgrade, one line each, in a stable order: `left behind: column
 * public.users.nickname`, `missing: index public.users.ix_email`, `changed:
 * column public.users.name (type: {"kind":"text"} → {"kind":"varchar"})`.
 */
export function snapshotDifferences(before: SchemaSnapshot, after: SchemaSnapshot): string[] {
  const out: string[] = [];
  const names = [...new Set([...before.items.keys(), ...after.items.keys()])].sort();
  for (const name of names) {
    const a = before.items.get(name);
    const b = after.items.get(name);
    if (a === b) continue;
    if (a === undefined) out.push(`left behind: ${name}`);
    else if (b === undefined) out.push(`missing: ${name}`);
    else out.push(`changed: ${name} (${changedFields(a, b)})`);
  }
  return out;
}

function changedFields(a: string, b: string): string {
  const x = JSON.parse(a) as Record<string, unknown>;
  const y = JSON.parse(b) as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(x), ...Object.keys(y)])];
  return keys
    .filter((k) => JSON.stringify(x[k]) !== JSON.stringify(y[k]))
    .map((k) => `${k}: ${JSON.stringify(x[k]) ?? "none"} → ${JSON.stringify(y[k]) ?? "none"}`)
    .join("; ");
}
