/**
 * Constraint and index names on MySQL/MariaDB, and the model brought to the
 * shape the server keeps:
 * - the primary key is always called PRIMARY (a name given to it is ignored);
 * - a unique index is a unique constraint (one object, one namespace);
 * - AUTO_INCREMENT has no ALWAYS/BY DEFAULT nor start/increment per column;
 * - InnoDB checks RESTRICT and NO ACTION alike, at once.
 * Names autogenerate gives unnamed constraints follow drizzle-kit's MySQL
 * defaults (`<table>_<cols>_unique`, `<table>_<cols>_fk`); these and the
 * models' own names are cut to MySQL's 64 characters with a hash so that
 * they stay distinct (`fitName`).
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

/**
 * `name` when it fits in 64 characters, else its first 55 characters, `_`
 * and the first 8 hex digits of the SHA-1 of the whole name (UTF-8), so that
 * two long names that start alike stay apart.
 */
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

/**
 * The model table as MySQL keeps it (see the file comment). A constraint or
 * index name longer than MySQL's 64 characters (drizzle's default names grow
 * with the table's and the columns' names) would be refused by the server:
 * it is shortened with `fitName`, the same way on every run, and the
 * generated operations carry the shortened name.
 */
export function resolveServerNames(def: TableDefinition): ResolvedTable {
  const names: ResolvedName[] = [];
  const keep = <T extends string | undefined>(kind: ResolvedName["kind"], written: T): T => {
    if (written === undefined) return written;
    const kept = fitName(written);
    names.push({ kind, written, kept });
    return kept as T;
  };
  const named = <X extends { readonly name?: string }>(kind: ResolvedName["kind"], x: X): X =>
    x.name === undefined ? x : { ...x, name: keep(kind, x.name) };
  const uniques: UniqueDefinition[] = (def.uniques ?? []).map((u) => named("unique constraint", u));
  const indexes: IndexDefinition[] = [];
  for (const ix of def.indexes ?? []) {
    const u = asUnique(ix);
    if (u) uniques.push(named("unique constraint", u));
    else indexes.push({ ...ix, name: keep("index", ix.name) });
  }
  const { primaryKey, uniques: _u, indexes: _i, foreignKeys, checks, ...rest } = def;
  return {
    def: {
      ...rest,
      columns: def.columns.map((c) => {
        const kept = columnAsKept(c);
        return kept.references?.name === undefined ? kept : { ...kept, references: { ...kept.references, name: keep("foreign key", kept.references.name) } };
      }),
      ...(primaryKey === undefined ? {} : { primaryKey: { columns: primaryKey.columns } }),
      ...(uniques.length === 0 ? {} : { uniques }),
      ...(indexes.length === 0 ? {} : { indexes }),
      ...(foreignKeys === undefined ? {} : { foreignKeys: foreignKeys.map((fk) => named("foreign key", foreignKeyAsKept(fk))) }),
      ...(checks === undefined ? {} : { checks: checks.map((c) => named("check constraint", c)) }),
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
