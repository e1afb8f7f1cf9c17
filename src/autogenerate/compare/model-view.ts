/**
 * Both sides of the comparison in one shape: model tables resolved
 * (effective nullability, column-level `unique`/`references` lifted to
 * table constraints, schemas filled in) and database tables as read.
 * Also turns database objects back into schema definitions, for the
 * `original` of drop operations (which makes them reversible).
 */
import type { DropConstraintOp } from "../../operations/drop-constraint.js";
import type { CreateIndexOp } from "../../operations/create-index.js";
import { type ColumnDefinition, isNullable, type ReferentialAction } from "../../schema/column.js";
import type { ColumnType } from "../../schema/column-type.js";
import type { CheckDefinition, ForeignKeyDefinition, UniqueDefinition } from "../../schema/constraints.js";
import type { IndexColumn, IndexDefinition, IndexElement, IndexExpression } from "../../schema/indexes.js";
import { sql, sqlTextOf } from "../../schema/sql-expression.js";
import { primaryKeyColumns, type TableDefinition } from "../../schema/table.js";
import type { DbColumn, DbForeignKey, DbIndex, DbTable, DbUnique, IncludeFilter } from "../schema-model.js";
import { isSerialType } from "../../schema/column-type.js";
import { isDrizzleDefaultNamedForeignKey, isDrizzlePullNamedCheck, isForeignKeyWithoutDeferrability } from "../models/drizzle-type-mark.js";

export interface MForeignKey {
  readonly name?: string;
  readonly columns: readonly string[];
  readonly refSchema: string;
  readonly refTable: string;
  /** Null: the referenced table's primary key (resolved later when known). */
  refColumns: readonly string[] | null;
  readonly onDelete: ReferentialAction;
  readonly onUpdate: ReferentialAction;
  readonly match: "simple" | "full";
  readonly deferrable: boolean;
  readonly initiallyDeferred: boolean;
  /** As written in the model (for ops). */
  readonly explicitRefSchema?: string;
  /**
   * The name is the models' library's default, not one the models chose (drizzle's for `.references()`): the key
   * is created under it, and matched like an unnamed one, by definition.
   */
  readonly defaultName?: true;
  /** The models' library can't declare deferrability (drizzle's SQLite keys): the database's is not compared. */
  readonly deferrabilityUnsaid?: true;
}

export interface MUnique {
  readonly name?: string;
  readonly columns: readonly string[];
  readonly nullsNotDistinct: boolean;
  readonly deferrable: boolean;
  readonly initiallyDeferred: boolean;
}

export interface MCheck {
  readonly name?: string;
  readonly expression: string;
  /** The name is drizzle-kit pull's (`<table>_check_<n>`), not the database's: matched like an unnamed check too. */
  readonly pulledName?: true;
}

export interface MTable {
  readonly schema: string;
  /** The schema as the model wrote it (undefined: the default schema), used in ops. */
  readonly opSchema?: string;
  readonly name: string;
  readonly def: TableDefinition;
  readonly columns: readonly ColumnDefinition[];
  readonly primaryKey: { readonly name?: string; readonly columns: readonly string[] } | null;
  readonly foreignKeys: MForeignKey[];
  readonly uniques: readonly MUnique[];
  readonly checks: readonly MCheck[];
  readonly indexes: readonly IndexDefinition[];
  readonly comment: string | null;
  /** Names an earlier Athanor gave these objects (long names cut with a hash), by the name the server keeps now. */
  readonly legacyNames: ReadonlyMap<string, string>;
}

/** Looks an object up by the model's name, then by the name an earlier Athanor version gave it. */
export function byModelName<T>(objects: ReadonlyMap<string, T>, name: string, m: MTable): T | undefined {
  const found = objects.get(name);
  if (found !== undefined) return found;
  const legacy = m.legacyNames.get(name);
  return legacy === undefined ? undefined : objects.get(legacy);
}

/** Effective nullability of a model column (serial columns are NOT NULL like in PostgreSQL). */
export function modelNullable(column: ColumnDefinition, inPrimaryKey: boolean): boolean {
  if (column.nullable === undefined && isSerialType(column.type)) return false;
  return isNullable(column, inPrimaryKey);
}

export function modelView(
  def: TableDefinition,
  defaultSchema: string,
  include?: IncludeFilter,
  legacyNames: ReadonlyMap<string, string> = new Map(),
): MTable {
  const schema = def.schema ?? defaultSchema;
  const keep = (type: Parameters<IncludeFilter>[0]["type"], name: string | undefined) =>
    !include || name === undefined || include({ type, name, schema, table: def.name, source: "model" });
  const columns = def.columns.filter((c) => keep("column", c.name));
  const pkCols = primaryKeyColumns(def);
  const foreignKeys: MForeignKey[] = [];
  const uniques: MUnique[] = [];
  for (const c of columns) {
    if (c.unique) uniques.push({ columns: [c.name], nullsNotDistinct: false, deferrable: false, initiallyDeferred: false });
    const r = c.references;
    if (r && keep("foreignKey", r.name)) {
      foreignKeys.push({
        ...(r.name === undefined ? {} : { name: r.name }),
        columns: [c.name],
        refSchema: r.schema ?? defaultSchema,
        refTable: r.table,
        refColumns: r.column === undefined ? null : [r.column],
        onDelete: r.onDelete ?? "no action",
        onUpdate: r.onUpdate ?? "no action",
        match: "simple",
        deferrable: !!(r.deferrable || r.initiallyDeferred),
        initiallyDeferred: !!r.initiallyDeferred,
        ...(r.schema === undefined ? {} : { explicitRefSchema: r.schema }),
      });
    }
  }
  for (const fk of def.foreignKeys ?? []) {
    if (!keep("foreignKey", fk.name)) continue;
    foreignKeys.push({
      ...(fk.name === undefined ? {} : { name: fk.name }),
      columns: fk.columns,
      refSchema: fk.refSchema ?? defaultSchema,
      refTable: fk.refTable,
      refColumns: fk.refColumns,
      onDelete: fk.onDelete ?? "no action",
      onUpdate: fk.onUpdate ?? "no action",
      match: fk.match ?? "simple",
      deferrable: !!(fk.deferrable || fk.initiallyDeferred),
      initiallyDeferred: !!fk.initiallyDeferred,
      ...(fk.refSchema === undefined ? {} : { explicitRefSchema: fk.refSchema }),
      ...(fk.name !== undefined && isDrizzleDefaultNamedForeignKey(fk) ? { defaultName: true as const } : {}),
      ...(isForeignKeyWithoutDeferrability(fk) ? { deferrabilityUnsaid: true as const } : {}),
    });
  }
  for (const u of def.uniques ?? []) {
    if (!keep("uniqueConstraint", u.name)) continue;
    uniques.push({
      ...(u.name === undefined ? {} : { name: u.name }),
      columns: u.columns,
      nullsNotDistinct: !!u.nullsNotDistinct,
      deferrable: !!(u.deferrable || u.initiallyDeferred),
      initiallyDeferred: !!u.initiallyDeferred,
    });
  }
  const checks: MCheck[] = (def.checks ?? [])
    .filter((c) => keep("check", c.name))
    .map((c) => ({
      ...(c.name === undefined ? {} : { name: c.name }),
      expression: sqlTextOf(c.expression),
      ...(isDrizzlePullNamedCheck(c) ? { pulledName: true as const } : {}),
    }));
  const indexes = (def.indexes ?? []).filter((i) => keep("index", i.name));
  return {
    schema,
    ...(def.schema === undefined ? {} : { opSchema: def.schema }),
    name: def.name,
    def,
    columns,
    primaryKey: pkCols.length === 0 ? null : { ...(def.primaryKey?.name ? { name: def.primaryKey.name } : {}), columns: pkCols },
    foreignKeys,
    uniques,
    checks,
    indexes,
    comment: def.comment ?? null,
    legacyNames,
  };
}

/* ---------- database objects as definitions (for drop originals and createX from the database) ---------- */

/** A type as it should appear in generated code: the default schema left implicit on enums. */
export function presentType(type: ColumnType, defaultSchema: string): ColumnType {
  if (type.kind === "enum") return type.schema === undefined || type.schema === defaultSchema ? { kind: "enum", name: type.name } : type;
  if (type.kind === "array") return { kind: "array", of: presentType(type.of, defaultSchema) };
  return type;
}

export function dbColumnDefinition(c: DbColumn, defaultSchema: string, inPrimaryKey: boolean): ColumnDefinition {
  const identity =
    c.identity === null
      ? undefined
      : c.identity.start === 1n && c.identity.increment === 1n
        ? c.identity.generation
        : {
            generation: c.identity.generation,
            ...(c.identity.start === 1n ? {} : { start: toIntegral(c.identity.start) }),
            ...(c.identity.increment === 1n ? {} : { increment: toIntegral(c.identity.increment) }),
          };
  const impliedNotNull = inPrimaryKey || identity !== undefined || isSerialType(c.type);
  // a key column the database lets hold NULL (SQLite's key columns other than the rowid, declared without NOT
  // NULL): no model can say so (a key column can't be nullable), so it is created again NOT NULL, as elsewhere
  const nullable = inPrimaryKey ? false : c.nullable;
  return {
    name: c.name,
    // an enum the database writes inline in its column (MySQL, SQLite) is made again from its own labels
    type: c.type.kind === "enum" && c.type.values !== undefined ? { kind: "enum", name: c.type.name, values: c.type.values } : presentType(c.type, defaultSchema),
    ...(nullable === !impliedNotNull ? {} : { nullable }),
    ...(c.default === null ? {} : { default: sql(c.default) }),
    ...(identity === undefined ? {} : { identity }),
    ...(c.generated === null ? {} : { generated: { expression: sql(c.generated), stored: !c.generatedVirtual } }),
    ...(c.comment === null ? {} : { comment: c.comment }),
    ...(c.mysql === undefined ? {} : { mysql: c.mysql }),
    ...(c.sqlite === undefined ? {} : { sqlite: c.sqlite }),
  };
}

function toIntegral(n: bigint): number | bigint {
  return n >= BigInt(Number.MIN_SAFE_INTEGER) && n <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(n) : n;
}

function refSchemaOf(schema: string, defaultSchema: string): { refSchema?: string } {
  return schema === defaultSchema ? {} : { refSchema: schema };
}

export function dbForeignKeyDefinition(fk: DbForeignKey, defaultSchema: string): ForeignKeyDefinition {
  return {
    // SQLite: a constraint created without CONSTRAINT <name> has none ("")
    ...(fk.name === "" ? {} : { name: fk.name }),
    columns: fk.columns,
    refTable: fk.refTable,
    ...refSchemaOf(fk.refSchema, defaultSchema),
    refColumns: fk.refColumns,
    ...(fk.onDelete === "no action" ? {} : { onDelete: fk.onDelete }),
    ...(fk.onUpdate === "no action" ? {} : { onUpdate: fk.onUpdate }),
    ...(fk.match === "full" ? { match: "full" as const } : {}),
    ...(fk.deferrable ? { deferrable: true } : {}),
    ...(fk.initiallyDeferred ? { initiallyDeferred: true } : {}),
  };
}

export function dbUniqueDefinition(u: DbUnique): UniqueDefinition {
  return {
    ...(u.name === "" ? {} : { name: u.name }),
    columns: u.columns,
    ...(u.nullsNotDistinct ? { nullsNotDistinct: true } : {}),
    ...(u.deferrable ? { deferrable: true } : {}),
    ...(u.initiallyDeferred ? { initiallyDeferred: true } : {}),
  };
}

export function dbIndexDefinition(ix: DbIndex): IndexDefinition {
  const columns: IndexElement[] = ix.elements.map((e) => {
    const nullsDefault = e.order === "desc" ? "first" : "last";
    const options = {
      ...(e.collation === null ? {} : { collation: e.collation }),
      ...(e.opclass === null ? {} : { opclass: e.opclass }),
      ...(e.order === "desc" ? { order: "desc" as const } : {}),
      ...(e.nulls === nullsDefault ? {} : { nulls: e.nulls }),
    };
    const plain = Object.keys(options).length === 0;
    if (e.column === null) return plain ? sql(e.expression) : ({ expression: sql(e.expression), ...options } satisfies IndexExpression);
    return plain ? e.column : ({ column: e.column, ...options } satisfies IndexColumn);
  });
  return {
    name: ix.name,
    columns,
    ...(ix.unique ? { unique: true } : {}),
    ...(ix.where === null ? {} : { where: ix.where }),
    ...(ix.method === "btree" ? {} : { method: ix.method }),
    ...(ix.include.length === 0 ? {} : { include: ix.include }),
    ...(ix.nullsNotDistinct ? { nullsNotDistinct: true } : {}),
    ...(ix.mysql === undefined ? {} : { mysql: ix.mysql }),
  };
}

/**
 * A database table as a definition. `skipForeignKeys` leaves out FKs that
 * are dropped (and re-created on downgrade) separately; `primaryKeyNameIgnored`
 * leaves out the primary key's name where the server keeps none (MySQL's PRIMARY).
 */
export function dbTableDefinition(
  t: DbTable,
  defaultSchema: string,
  skipForeignKeys?: ReadonlySet<string>,
  primaryKeyNameIgnored = false,
): TableDefinition {
  const pk = new Set(t.primaryKey?.columns ?? []);
  const fks = t.foreignKeys.filter((f) => !skipForeignKeys?.has(f.name)).map((f) => dbForeignKeyDefinition(f, defaultSchema));
  const checks: CheckDefinition[] = t.checks.map((c) => ({ ...(c.name === "" ? {} : { name: c.name }), expression: c.expression }));
  // the index the server made for a foreign key (MySQL) comes back with the key when it bears the key's name; one
  // named after the key's first column (the key had no name when it was made) is created with the table, or the
  // server would make it again under the key's name
  const keyNames = new Set(t.foreignKeys.map((f) => f.name.toLowerCase()));
  const indexes = t.indexes.filter((ix) => !ix.implicit || !keyNames.has(ix.name.toLowerCase()));
  return {
    name: t.name,
    ...(t.schema === defaultSchema ? {} : { schema: t.schema }),
    columns: t.columns.map((c) => dbColumnDefinition(c, defaultSchema, pk.has(c.name))),
    ...(t.primaryKey
      ? { primaryKey: { ...(t.primaryKey.name === "" || primaryKeyNameIgnored ? {} : { name: t.primaryKey.name }), columns: t.primaryKey.columns } }
      : {}),
    ...(fks.length === 0 ? {} : { foreignKeys: fks }),
    ...(t.uniques.length === 0 ? {} : { uniques: t.uniques.map(dbUniqueDefinition) }),
    ...(checks.length === 0 ? {} : { checks }),
    ...(indexes.length === 0 ? {} : { indexes: indexes.map(dbIndexDefinition) }),
    ...(t.comment === null ? {} : { comment: t.comment }),
    // MySQL: the table's default collation (and so its character set), which its text columns follow: a
    // dropped table created again by the downgrade keeps it, not the database's default
    ...(t.mysql === undefined ? {} : { mysql: t.mysql }),
  };
}

export type DropOriginal = NonNullable<DropConstraintOp["original"]>;

export function dbCreateIndexOp(ix: DbIndex, table: string, schema: string | undefined): CreateIndexOp {
  return { kind: "createIndex", ...dbIndexDefinition(ix), table, ...(schema === undefined ? {} : { schema }) };
}
