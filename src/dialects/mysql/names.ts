/**
 * Constraint and index names on MySQL/MariaDB, and the model brought to the
 * shape the server keeps:
 * - the primary key is always called PRIMARY (a name given to it is ignored);
 * - a unique index is a unique constraint (one object, one namespace);
 * - AUTO_INCREMENT has no ALWAYS/BY DEFAULT nor start/increment per column;
 * - InnoDB checks RESTRICT and NO ACTION alike, at once.
 * Names autogenerate gives unnamed constraints follow drizzle-kit's MySQL
 * defaults (`<table>_<cols>_unique`, `<table>_<cols>_fk`), cut to MySQL's
 * 64 characters with a hash so that they stay distinct.
 */
import type { ResolvedName, ResolvedTable } from "../../autogenerate/schema-comparator.js";
import type { ColumnDefinition, ColumnReference } from "../../schema/column.js";
import type { ForeignKeyDefinition, UniqueDefinition } from "../../schema/constraints.js";
import type { IndexDefinition } from "../../schema/indexes.js";
import { isSqlExpression, sql } from "../../schema/sql-expression.js";
import { splitOnUpdate } from "./default-text.js";
import type { TableDefinition } from "../../schema/table.js";
import { nodeCrypto } from "../../util/node-crypto.js";

/** MySQL's longest identifier, in characters. */
export const MAX_NAME = 64;

export function fitName(name: string): string {
  if ([...name].length <= MAX_NAME) return name;
  const hash = nodeCrypto().createHash("sha1").update(name).digest("hex").slice(0, 8);
  return `${[...name].slice(0, MAX_NAME - 9).join("")}_${hash}`;
}

/** A name for ADD CONSTRAINT ... PRIMARY KEY (the server accepts it and keeps PRIMARY; it refuses `PRIMARY` itself). */
export function primaryKeyName(table: string): string {
  return fitName(`${table}_pkey`);
}

export function uniqueName(table: string, columns: readonly string[]): string {
  return fitName(`${table}_${columns.join("_")}_unique`);
}

export function foreignKeyName(table: string, columns: readonly string[]): string {
  return fitName(`${table}_${columns.join("_")}_fk`);
}

export function checkName(table: string, usedColumns: readonly string[]): string {
  const distinct = [...new Set(usedColumns)];
  return fitName(distinct.length === 1 ? `${table}_${distinct[0]}_check` : `${table}_check`);
}

/** A unique index that is a plain unique constraint (columns only, ascending, default method). */
function asUnique(ix: IndexDefinition): UniqueDefinition | null {
  if (!ix.unique || ix.where !== undefined || (ix.include?.length ?? 0) > 0) return null;
  if (ix.mysql?.indexType !== undefined || Object.keys(ix.mysql?.prefixLengths ?? {}).length > 0) return null;
  const method = (ix.method ?? "btree").toLowerCase();
  if (method !== "btree" && method !== "hash") return null;
  const columns: string[] = [];
  for (const e of ix.columns) {
    if (typeof e === "string") columns.push(e);
    else if (isSqlExpression(e) || !("column" in e) || (e.order ?? "asc") !== "asc") return null;
    else columns.push(e.column);
  }
  return { name: ix.name, columns };
}

function referenceAsKept(r: ColumnReference): ColumnReference {
  const { onDelete, onUpdate, deferrable: _d, initiallyDeferred: _i, ...rest } = r;
  return {
    ...rest,
    ...(onDelete === undefined || onDelete === "restrict" || onDelete === "no action" ? {} : { onDelete }),
    ...(onUpdate === undefined || onUpdate === "restrict" || onUpdate === "no action" ? {} : { onUpdate }),
  };
}

function foreignKeyAsKept(fk: ForeignKeyDefinition): ForeignKeyDefinition {
  const { onDelete, onUpdate, deferrable: _d, initiallyDeferred: _i, match: _m, ...rest } = fk;
  return {
    ...rest,
    ...(onDelete === undefined || onDelete === "restrict" || onDelete === "no action" ? {} : { onDelete }),
    ...(onUpdate === undefined || onUpdate === "restrict" || onUpdate === "no action" ? {} : { onUpdate }),
  };
}

function columnAsKept(c: ColumnDefinition): ColumnDefinition {
  let out = c;
  // `sql("CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP")` (Alembic's way): the default and the option.
  if (c.default !== undefined && c.default !== null && isSqlExpression(c.default)) {
    const split = splitOnUpdate(c.default.sql);
    if (split.onUpdate !== null) out = { ...out, default: sql(split.base), mysql: { ...out.mysql, onUpdateCurrentTimestamp: true } };
  }
  if (c.identity !== undefined && c.identity !== "byDefault") out = { ...out, identity: "byDefault" };
  if (c.references) out = { ...out, references: referenceAsKept(c.references) };
  return out;
}

/** The model table as MySQL keeps it (see the file comment); names are kept as written. */
export function resolveServerNames(def: TableDefinition): ResolvedTable {
  const names: ResolvedName[] = [];
  const note = (kind: ResolvedName["kind"], name: string | undefined) => {
    if (name !== undefined) names.push({ kind, written: name, kept: name });
  };
  const uniques: UniqueDefinition[] = [...(def.uniques ?? [])];
  const indexes: IndexDefinition[] = [];
  for (const ix of def.indexes ?? []) {
    const u = asUnique(ix);
    if (u) uniques.push(u);
    else indexes.push(ix);
  }
  for (const u of uniques) note("unique constraint", u.name);
  for (const ix of indexes) note("index", ix.name);
  for (const fk of def.foreignKeys ?? []) note("foreign key", fk.name);
  for (const c of def.columns) note("foreign key", c.references?.name);
  for (const c of def.checks ?? []) note("check constraint", c.name);
  const { primaryKey, uniques: _u, indexes: _i, foreignKeys, ...rest } = def;
  return {
    def: {
      ...rest,
      columns: def.columns.map(columnAsKept),
      ...(primaryKey === undefined ? {} : { primaryKey: { columns: primaryKey.columns } }),
      ...(uniques.length === 0 ? {} : { uniques }),
      ...(indexes.length === 0 ? {} : { indexes }),
      ...(foreignKeys === undefined ? {} : { foreignKeys: foreignKeys.map(foreignKeyAsKept) }),
    },
    names,
    legacy: new Map(),
  };
}

/**
 * Names MySQL would refuse as duplicates: two indexes or unique constraints
 * of one table with the same name (case-insensitive, one namespace).
 */
export function nameCollisions(names: ReadonlyArray<ResolvedName & { readonly schema: string; readonly table: string }>): string[] {
  const groups = new Map<string, Array<ResolvedName & { readonly table: string }>>();
  for (const n of names) {
    if (n.kind !== "index" && n.kind !== "unique constraint") continue;
    const key = `${n.schema}\u0000${n.table}\u0000${n.kept.toLowerCase()}`;
    groups.set(key, [...(groups.get(key) ?? []), n]);
  }
  const out: string[] = [];
  for (const g of groups.values())
    if (g.length > 1) out.push(`${g.map((n) => `${n.kind} "${n.written}"`).join(" and ")} of table ${g[0]!.table} have the same name; MySQL keeps indexes and unique constraints in one namespace`);
  return out;
}
