/**
 * The names PostgreSQL gives unnamed constraints (`makeObjectName`):
 * `<table>_pkey`, `<table>_<cols>_key`, `<table>_<cols>_fkey`,
 * `<table>_<col>_check`, cut to 63 bytes by shortening the longer part.
 * Autogenerate writes these names into new constraints, so the generated
 * downgrade can drop them by name.
 */
import { fitName as fitNameTo, truncateBytes as truncateTo } from "../../autogenerate/models/naming.js";
import type { ResolvedName, ResolvedTable } from "../../autogenerate/schema-comparator.js";
import type { TableDefinition } from "../../schema/table.js";
import { MAX_IDENTIFIER_BYTES as MAX } from "./quote.js";

const fitName = (name: string): string => fitNameTo(name, MAX);
const truncateBytes = (name: string, max: number = MAX): string => truncateTo(name, max);

export function makeObjectName(name1: string, name2: string | null, label: string): string {
  const overhead = Buffer.byteLength(label) + 1 + (name2 === null ? 0 : 1);
  const avail = MAX - overhead;
  let n1 = Buffer.byteLength(name1);
  let n2 = name2 === null ? 0 : Buffer.byteLength(name2);
  while (n1 + n2 > avail) {
    if (n1 > n2) n1--;
    else n2--;
  }
  const p1 = truncateBytes(name1, n1);
  return name2 === null ? `${p1}_${label}` : `${p1}_${truncateBytes(name2, n2)}_${label}`;
}

export function primaryKeyName(table: string): string {
  return makeObjectName(table, null, "pkey");
}

export function uniqueName(table: string, columns: readonly string[]): string {
  return makeObjectName(table, truncateBytes(columns.join("_")), "key");
}

export function foreignKeyName(table: string, columns: readonly string[]): string {
  return makeObjectName(table, truncateBytes(columns.join("_")), "fkey");
}

/** `<table>_<col>_check` when the condition uses exactly one of the table's columns, else `<table>_check`. */
export function checkName(table: string, usedColumns: readonly string[]): string {
  const distinct = [...new Set(usedColumns)];
  return makeObjectName(table, distinct.length === 1 ? distinct[0]! : null, "check");
}

/* ---------- names as the server keeps them ---------- */

/**
 * The name PostgreSQL stores for `name`: identifiers longer than 63 bytes are
 * cut to 63 bytes on a character boundary when the statement is parsed
 * (`truncate_identifier`), whoever sent them.
 */
export function serverName(name: string): string {
  return truncateBytes(name, MAX);
}

/** Resolves the constraint and index names of a model table to the ones the server keeps. */
export function resolveServerNames(def: TableDefinition): ResolvedTable {
  const names: ResolvedName[] = [];
  const legacy = new Map<string, string>();
  const keep = <T extends string | undefined>(kind: ResolvedName["kind"], written: T): T => {
    if (written === undefined) return written;
    const kept = serverName(written);
    names.push({ kind, written, kept });
    if (kept !== written) legacy.set(kept, fitName(written));
    return kept as T;
  };
  const named = <X extends { readonly name?: string }>(kind: ResolvedName["kind"], x: X): X =>
    x.name === undefined ? x : { ...x, name: keep(kind, x.name) };
  const columns = def.columns.map((c) =>
    c.references?.name === undefined ? c : { ...c, references: { ...c.references, name: keep("foreign key", c.references.name) } },
  );
  return {
    def: {
      ...def,
      columns,
      ...(def.primaryKey === undefined ? {} : { primaryKey: named("primary key", def.primaryKey) }),
      ...(def.uniques === undefined ? {} : { uniques: def.uniques.map((u) => named("unique constraint", u)) }),
      ...(def.foreignKeys === undefined ? {} : { foreignKeys: def.foreignKeys.map((f) => named("foreign key", f)) }),
      ...(def.checks === undefined ? {} : { checks: def.checks.map((c) => named("check constraint", c)) }),
      ...(def.indexes === undefined ? {} : { indexes: def.indexes.map((ix) => ({ ...ix, name: keep("index", ix.name) })) }),
    },
    names,
    legacy,
  };
}

const RELATION_KINDS = new Set<ResolvedName["kind"]>(["index", "primary key", "unique constraint"]);

/**
 * Names that only collide because PostgreSQL cuts them: two constraint names
 * of one table, or two index-backed names (index, primary key, unique
 * constraint) of one schema. One message per name PostgreSQL would keep.
 */
export function truncationCollisions(names: ReadonlyArray<ResolvedName & { readonly schema: string; readonly table: string }>): string[] {
  const groups = new Map<string, Array<ResolvedName & { readonly schema: string; readonly table: string }>>();
  for (const n of names) {
    const key = `${n.schema}\u0000${n.kept}`;
    groups.set(key, [...(groups.get(key) ?? []), n]);
  }
  const out: string[] = [];
  for (const group of groups.values()) {
    const clash = group.filter((a) =>
      group.some((b) => a.written !== b.written && (a.table === b.table || (RELATION_KINDS.has(a.kind) && RELATION_KINDS.has(b.kind)))),
    );
    if (clash.length < 2) continue;
    const what = clash.map((n) => `${n.kind} "${n.written}" (table ${n.table})`).join(" and ");
    out.push(`${what} get the same name "${clash[0]!.kept}" once PostgreSQL cuts them to 63 bytes; give one of them a shorter name`);
  }
  return out;
}
