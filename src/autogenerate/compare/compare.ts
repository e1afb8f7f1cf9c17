/**
 * Models versus the live database: the list of operations that makes the
 * database match the models, in an order that runs (schemas and enums
 * first, referenced tables before referencing ones, FK cycles closed with
 * separate `createForeignKey`s, drops last and in reverse dependency order).
 */
import type { DatabaseConnection, Dialect } from "../../dialects/dialect.js";
import { foldName } from "../../util/fold-name.js";
import { AthanorError } from "../../errors.js";
import type { Operation } from "../../operations/operation.js";
import type { ColumnDefinition } from "../../schema/column.js";
import type { ColumnType } from "../../schema/column-type.js";
import type { TableDefinition } from "../../schema/table.js";
import { collectModels, isModelSet, type ModelSet } from "../models/collect.js";
import { loadDrizzleReaders } from "../models/drizzle-readers.js";
import type { ModelEnum } from "../models/table.js";
import type { TableRef } from "../canonical-items.js";
import type { ResolvedName, SchemaComparator } from "../schema-comparator.js";
import type { DatabaseSchema, DbEnum, DbTable, IncludeFilter } from "../schema-model.js";
import { describeType, serialBase } from "../types.js";
import { diffColumns } from "./columns.js";
import { fitAcceptedTypes } from "./accepted-types.js";
import { createForeignKeyOp, diffChecks, diffForeignKeys, diffPrimaryKey, diffUniques } from "./constraints.js";
import { type Buckets, type DiffContext, sameList, type TableCtx, withSchemaOf } from "./diff-context.js";
import { setAsideForeignHistory } from "./foreign-history-tables.js";
import { diffIndexes } from "./indexes.js";
import { droppedTableWarnings } from "./dropped-table-warnings.js";
import { Resolver } from "./resolver.js";
import {
  dbForeignKeyDefinition,
  dbTableDefinition,
  type MForeignKey,
  type MTable,
  modelView,
} from "./model-view.js";
import { firstCycle } from "./key-cycles.js";

export interface CompareOptions {
  /** Schemas to compare. Default: the connection's current schema plus every schema a model names. */
  readonly includeSchemas?: readonly string[];
  /** Return false to ignore an object (database or model side). */
  readonly include?: IncludeFilter;
  /** Compare column types. Default true. */
  readonly compareType?: boolean;
  /** Compare server defaults. Default true. */
  readonly compareServerDefault?: boolean;
  /** Treat these as renames: `{ "users.name": "full_name", "old_table": "new_table" }` (old name: new name). */
  readonly renames?: Readonly<Record<string, string>>;
  /** Tables never compared (the version table and its log). */
  readonly excludeTables?: ReadonlyArray<{ readonly name: string; readonly schema?: string | null }>;
  /** The version table: excluded together with its `_log` table. */
  readonly versionTable?: { readonly table: string; readonly schema?: string | null };
  /** Settle unsure expression/default comparisons on the server (rolled-back transaction). Default true. */
  readonly canonicalize?: boolean;
  /** The database's dialect (the session's). Default: the one whose driver opened the connection, else PostgreSQL. */
  readonly dialect?: Dialect;
}

export interface PossibleRename {
  readonly kind: "table" | "column";
  readonly schema?: string;
  /** For a column: its table (the model's name). For a table: the old name. */
  readonly table: string;
  readonly from: string;
  readonly to: string;
  /** The operation that would do it as a rename (keeping the data). */
  readonly operation: Operation;
  /** Pass this to `renames` to turn the drop and add into the rename. */
  readonly renameKey: string;
}

export interface CompareResult {
  /** Upgrade operations, in execution order. */
  readonly operations: Operation[];
  readonly warnings: string[];
  readonly possibleRenames: PossibleRename[];
  /** The schema as read (for tools). */
  readonly database: DatabaseSchema;
}

const k2 = (schema: string, name: string) => `${schema}\u0000${name}`;

function emptyBuckets(): Buckets {
  return {
    createSchema: [],
    createEnum: [],
    addEnumValue: [],
    dropForeignKey: [],
    dropOther: [],
    renameTable: [],
    renameColumn: [],
    createTable: [],
    addColumn: [],
    alter: [],
    dropColumn: [],
    createOther: [],
    createForeignKey: [],
    dropTable: [],
    dropEnum: [],
    opWarnings: [],
  };
}

function flatten(b: Buckets): Operation[] {
  return [
    ...b.createSchema,
    ...b.createEnum,
    ...b.addEnumValue,
    ...b.dropForeignKey,
    ...b.dropOther,
    ...b.renameTable,
    ...b.renameColumn,
    ...b.addColumn,
    ...b.alter,
    ...b.dropColumn,
    ...b.createOther,
    // New tables after the existing ones got their keys and uniques (a new FK may reference them).
    ...b.createTable,
    ...b.createForeignKey,
    ...b.dropTable,
    ...b.dropEnum,
  ];
}

/**
 * Compares models with the database behind `conn`. `models` is a ModelSet,
 * an array of tables, or module exports (collected with `collectModels`).
 */
export async function compare(
  models: unknown,
  conn: DatabaseConnection,
  options: CompareOptions & { readonly dialect: Dialect },
): Promise<CompareResult> {
  const { dialect } = options;
  if (!dialect.introspector || !dialect.comparator)
    throw new AthanorError("DIALECT.NO_AUTOGENERATE", `the ${dialect.name} dialect does not support autogenerate (it has no introspector or comparator)`);
  const [introspector, cmp] = await Promise.all([dialect.introspector(), dialect.comparator()]);
  if (!isModelSet(models)) await loadDrizzleReaders([dialect]);
  const set: ModelSet = isModelSet(models) ? models : collectModels(models);
  const modelSchemas = [...new Set(set.tables.map((t) => t.schema).filter((s): s is string => s !== undefined))];
  const enumSchemas = set.enums.map((e) => e.schema).filter((s): s is string => s !== undefined);
  const exclude = [...(options.excludeTables ?? [])];
  if (options.versionTable) {
    exclude.push({ name: options.versionTable.table, schema: options.versionTable.schema ?? null });
    exclude.push({ name: `${options.versionTable.table}_log`, schema: options.versionTable.schema ?? null });
  }
  const introspected = await introspector.introspect(conn, {
    ...(options.includeSchemas && options.includeSchemas.length > 0 ? { schemas: options.includeSchemas } : {}),
    extraSchemas: [...new Set([...modelSchemas, ...enumSchemas])],
    excludeTables: exclude,
    ...(options.include ? { include: options.include } : {}),
  });
  const foreign = setAsideForeignHistory(introspected.tables, new Set(set.tables.map((t) => t.name.toLowerCase())));
  const db: DatabaseSchema = { ...introspected, tables: foreign.tables };
  const resolver = new Resolver(options.canonicalize !== false && cmp.canonicalize !== undefined);
  let result = diff(set, db, options, cmp, resolver);
  if (resolver.enabled && resolver.items.length > 0 && cmp.canonicalize) {
    const outcome = await cmp.canonicalize(conn, resolver.items);
    resolver.results = outcome.results;
    resolver.unavailable = outcome.unavailable;
    resolver.errors = outcome.errors;
    result = diff(set, db, options, cmp, resolver);
  }
  const warnings = [...set.warnings, ...(foreign.warning === null ? [] : [foreign.warning]), ...result.warnings];
  const unverified = unverifiedWarning(resolver);
  if (unverified !== null) warnings.push(unverified);
  return { operations: result.operations, warnings, possibleRenames: result.possibleRenames, database: db };
}

/**
 * The warning for comparisons neither the text nor the server could settle,
 * with the reason for each: server-side checking off, the step unable to run
 * at all, or the server rejecting what the model says (its error message).
 */
function unverifiedWarning(resolver: Resolver): string | null {
  if (resolver.unverified.size === 0) return null;
  const n = resolver.unverified.size;
  const what = `could not verify ${n} comparison${n === 1 ? "" : "s"} by text`;
  const list = (withReasons: boolean) =>
    [...resolver.unverified].map(([label, error]) => (withReasons && error !== null ? `${label}: ${error}` : label)).join("; ");
  if (!resolver.enabled) return `${what}, and server-side checking is off; treated as unchanged: ${list(false)}`;
  if (resolver.unavailable !== null)
    return `${what}, and the server-side check could not run (${resolver.unavailable}); treated as unchanged: ${list(false)}`;
  return `${what} or on the server; treated as unchanged: ${list(true)}`;
}

interface DiffResult {
  operations: Operation[];
  warnings: string[];
  possibleRenames: PossibleRename[];
}

/** The pure part of `compare`: models and an introspected schema in, operations out. */
export function diff(
  set: ModelSet,
  db: DatabaseSchema,
  options: CompareOptions,
  cmp: SchemaComparator,
  resolver: Resolver = new Resolver(false),
): DiffResult {
  const defaultSchema = db.defaultSchema;
  const compared = new Set(db.schemas);
  const warnings: string[] = [];
  const possibleRenames: PossibleRename[] = [];
  const b = emptyBuckets();
  const include = options.include;
  const compareTypes = options.compareType !== false;
  const compareDefaults = options.compareServerDefault !== false;
  const renames = options.renames ?? {};
  const opSchemaOf = (schema: string) => (schema === defaultSchema ? undefined : schema);
  const withSchema = (schema: string | undefined) => (schema === undefined ? {} : { schema });

  /* ---------- model tables ---------- */
  const mTables: MTable[] = [];
  const keptNames: Array<ResolvedName & { schema: string; table: string }> = [];
  for (const def of set.tables) {
    const schema = def.schema ?? defaultSchema;
    if (include && !include({ type: "table", name: def.name, schema, source: "model" })) continue;
    if (!compared.has(schema)) {
      warnings.push(
        `model table ${schema}.${def.name} is in schema "${schema}", which is not compared (add it to includeSchemas); skipped`,
      );
      continue;
    }
    const resolved = cmp.resolveServerNames(def);
    mTables.push(modelView(resolved.def, defaultSchema, include, resolved.legacy));
    for (const n of resolved.names) keptNames.push({ ...n, schema, table: def.name });
  }
  warnings.push(...cmp.truncationCollisions(keptNames));
  const mByKey = new Map(mTables.map((t) => [k2(t.schema, t.name), t]));
  const dByKey = new Map(db.tables.map((t) => [k2(t.schema, t.name), t]));

  // Resolve FK shorthand without a column: the target's primary key (model first, then database).
  for (const t of mTables)
    for (const fk of t.foreignKeys) {
      if (fk.refColumns !== null) continue;
      const target = mByKey.get(k2(fk.refSchema, fk.refTable));
      const cols = target?.primaryKey?.columns ?? dByKey.get(k2(fk.refSchema, fk.refTable))?.primaryKey?.columns;
      if (cols) fk.refColumns = cols;
    }

  /* ---------- table renames (explicit) and matching ---------- */
  const pairs: TableCtx[] = [];
  const matchedDb = new Set<string>();
  const matchedModel = new Set<string>();
  for (const [from, to] of Object.entries(renames)) {
    const parts = from.split(".");
    let schema = defaultSchema;
    let oldName: string;
    if (parts.length === 1) oldName = parts[0]!;
    else if (parts.length === 2 && dByKey.has(k2(parts[0]!, parts[1]!)) && !dByKey.has(k2(defaultSchema, parts[0]!))) {
      schema = parts[0]!;
      oldName = parts[1]!;
    } else continue; // a column rename
    const d = dByKey.get(k2(schema, oldName));
    const m = mByKey.get(k2(schema, to));
    if (!d || !m) {
      warnings.push(`rename ${from} -> ${to}: ${!d ? `no table ${from} in the database` : `no model table ${to}`}; ignored`);
      continue;
    }
    if (dByKey.has(k2(schema, to))) {
      warnings.push(`rename ${from} -> ${to}: table ${to} already exists in the database; ignored`);
      continue;
    }
    matchedDb.add(k2(schema, oldName));
    matchedModel.add(k2(schema, to));
    const opSchema = m.opSchema;
    b.renameTable.push({ kind: "renameTable", table: oldName, newName: to, ...withSchema(opSchema) });
    pairs.push({ oldName, name: to, schema, opSchema, m, d });
  }
  for (const m of mTables) {
    const key = k2(m.schema, m.name);
    if (matchedModel.has(key)) continue;
    const d = dByKey.get(key);
    if (!d || matchedDb.has(key)) continue;
    matchedDb.add(key);
    matchedModel.add(key);
    pairs.push({ oldName: m.name, name: m.name, schema: m.schema, opSchema: m.opSchema, m, d });
  }
  // where names fold case, a model table that is a database table but for its letters' case: that table, renamed
  if (cmp.tableNamesFoldCase) {
    for (const m of mTables) {
      if (matchedModel.has(k2(m.schema, m.name))) continue;
      const d = db.tables.find((x) => x.schema === m.schema && !matchedDb.has(k2(x.schema, x.name)) && foldName(x.name) === foldName(m.name));
      if (!d) continue;
      matchedDb.add(k2(d.schema, d.name));
      matchedModel.add(k2(m.schema, m.name));
      b.renameTable.push({ kind: "renameTable", table: d.name, newName: m.name, ...withSchema(m.opSchema) });
      pairs.push({ oldName: d.name, name: m.name, schema: m.schema, opSchema: m.opSchema, m, d });
    }
  }
  // a table that accepts only some types (SQLite STRICT) holds the model's columns under the nearest of them
  for (const [i, pair] of pairs.entries()) pairs[i] = fitAcceptedTypes(pair, cmp, defaultSchema, warnings);
  // PostgreSQL: a model table that is a partition of a database table, which the database lists under its parent
  // (drizzle-kit pull writes every partition as a table and leaves the partitioned table out): it is there, so not
  // created; and its parent, which the models leave out, is not dropped (that would drop the partition with it)
  const parentOf = new Map<string, DbTable>();
  for (const d of db.tables) for (const p of d.partitions ?? []) parentOf.set(k2(d.schema, p), d);
  const keptParents = new Map<DbTable, string[]>();
  const newTables = mTables.filter((m) => {
    if (matchedModel.has(k2(m.schema, m.name))) return false;
    const parent = parentOf.get(k2(m.schema, m.name));
    if (parent === undefined) return true;
    keptParents.set(parent, [...(keptParents.get(parent) ?? []), m.name]);
    warnings.push(`table ${m.name} is a partition of ${parent.name} in the database: not created, not compared (a partition is made with its parent)`);
    return false;
  });
  const goneTables = db.tables.filter((d) => {
    if (matchedDb.has(k2(d.schema, d.name))) return false;
    const declared = keptParents.get(d);
    if (declared === undefined) return true;
    warnings.push(
      `table ${d.name} is not in the models but its partition(s) ${declared.join(", ")} are: not dropped (dropping it drops them); declare ${d.name} in the models (drizzle-kit pull leaves a partitioned table out), or leave its partitions out too`,
    );
    return false;
  });

  // Possible table renames: same columns (names and types).
  const shape = (cols: ReadonlyArray<{ name: string; type: ColumnType }>) =>
    cols
      .map((c) => `${c.name}:${describeType(cmp.canonicalType(serialBase(c.type) ?? c.type, defaultSchema))}`)
      .sort()
      .join(",");
  const goneByShape = new Map<string, DbTable[]>();
  if (goneTables.length > 0 && newTables.length > 0) {
    for (const d of goneTables) {
      const s = `${d.schema}|${shape(d.columns)}`;
      goneByShape.set(s, [...(goneByShape.get(s) ?? []), d]);
    }
    const newShapes = newTables.map((m) => `${m.schema}|${shape(m.columns)}`);
    const newCount = new Map<string, number>();
    for (const s of newShapes) newCount.set(s, (newCount.get(s) ?? 0) + 1);
    newTables.forEach((m, i) => {
      const s = newShapes[i]!;
      const cands = goneByShape.get(s) ?? [];
      if (cands.length !== 1 || newCount.get(s) !== 1) return;
      const d = cands[0]!;
      possibleRenames.push({
        kind: "table",
        ...withSchema(m.opSchema),
        table: d.name,
        from: d.name,
        to: m.name,
        operation: { kind: "renameTable", table: d.name, newName: m.name, ...withSchema(m.opSchema) },
        renameKey: m.schema === defaultSchema ? d.name : `${m.schema}.${d.name}`,
      });
    });
  }

  /* ---------- schemas ---------- */
  const existingSchemas = new Set(db.existingSchemas);
  const enumSchemas = cmp.inlineEnums ? [] : set.enums.map((e) => e.schema ?? defaultSchema);
  for (const s of [...new Set([...mTables.map((t) => t.schema), ...enumSchemas])]) {
    if (!existingSchemas.has(s)) b.createSchema.push({ kind: "createSchema", name: s });
  }

  /* ---------- enums (named types; inline enums are compared as column types) ---------- */
  if (!cmp.inlineEnums) diffEnums(set.enums, db, mTables, include, b, warnings);

  /* ---------- new tables, in dependency order ---------- */
  orderNewTables(cmp, newTables, defaultSchema, b);

  /* ---------- changed tables ---------- */
  for (const ctx of pairs) diffTable(cmp, ctx, renames, resolver, compareTypes, compareDefaults, defaultSchema, b, warnings, possibleRenames);

  /* ---------- dropped tables ---------- */
  dropTables(goneTables, defaultSchema, opSchemaOf, b, cmp.primaryKeyNamesIgnored === true);
  for (const t of goneTables) warnings.push(...droppedTableWarnings(t, goneTables, db, cmp));

  // every drop of a constraint the database keeps no name for, whichever comparison made it
  const queued = flatten(b);
  const operations = queued.map(withoutEmptyName);
  // the dialect's own ordering rules (MySQL: a key a foreign key needs is dropped only once another serves it)
  const arranged = cmp.arrangeOperations?.(operations, db) ?? { operations, warnings: [] };
  // a warning about an operation the dialect left out (and said why) no longer holds
  const kept = new Set(arranged.operations);
  for (const { op, message } of b.opWarnings) {
    const i = queued.indexOf(op);
    if (i >= 0 && kept.has(operations[i]!)) continue;
    const at = warnings.indexOf(message);
    if (at >= 0) warnings.splice(at, 1);
  }
  warnings.push(...arranged.warnings);
  return { operations: arranged.operations, warnings, possibleRenames };
}

/* ======================================================================= */

function diffEnums(
  enums: readonly ModelEnum[],
  db: DatabaseSchema,
  mTables: readonly MTable[],
  include: IncludeFilter | undefined,
  b: Buckets,
  warnings: string[],
): void {
  const defaultSchema = db.defaultSchema;
  const compared = new Set(db.schemas);
  const dbEnums = new Map(db.enums.map((e) => [k2(e.schema, e.name), e]));
  const modelEnums = new Map<string, ModelEnum>();
  for (const e of enums) {
    const schema = e.schema ?? defaultSchema;
    if (include && !include({ type: "enum", name: e.name, schema, source: "model" })) continue;
    if (!compared.has(schema)) continue;
    modelEnums.set(k2(schema, e.name), e);
  }
  // Enum types the models use by name (without listing labels): never dropped.
  const used = new Set<string>();
  const visit = (t: ColumnType) => {
    if (t.kind === "array") visit(t.of);
    else if (t.kind === "enum") used.add(k2(t.schema ?? defaultSchema, t.name));
    else if (t.kind === "raw") {
      const name = t.sql.replace(/"/g, "").trim();
      const dot = name.lastIndexOf(".");
      used.add(dot < 0 ? k2(defaultSchema, name) : k2(name.slice(0, dot), name.slice(dot + 1)));
    }
  };
  for (const t of mTables) for (const c of t.columns) visit(c.type);

  for (const [key, e] of modelEnums) {
    const schema = e.schema;
    const d = dbEnums.get(key);
    if (!d) {
      b.createEnum.push({ kind: "createEnum", name: e.name, ...(schema === undefined ? {} : { schema }), values: [...e.values] });
      continue;
    }
    enumValueChanges(e, d, b, warnings);
  }
  for (const t of mTables)
    for (const c of t.columns) {
      const e = c.type.kind === "enum" ? c.type : c.type.kind === "array" && c.type.of.kind === "enum" ? c.type.of : null;
      if (!e) continue;
      const key = k2(e.schema ?? defaultSchema, e.name);
      if (!modelEnums.has(key) && !dbEnums.has(key) && compared.has(e.schema ?? defaultSchema))
        warnings.push(
          `${t.name}.${c.name} uses enum type ${e.name}, which neither the models declare (give its values: enumType("${e.name}", [...])) nor the database has`,
        );
    }
  for (const [key, d] of dbEnums) {
    if (modelEnums.has(key) || used.has(key)) continue;
    b.dropEnum.push({
      kind: "dropEnum",
      name: d.name,
      ...(d.schema === defaultSchema ? {} : { schema: d.schema }),
      values: [...d.values],
    });
  }
}

/**
 * A constraint the database keeps no name for (SQLite's unnamed CHECK and
 * UNIQUE) reads back with an empty name: its drop has no name, and its
 * original (what finds it, and what the downgrade creates again) none either.
 */
function withoutEmptyName(op: Operation): Operation {
  if (op.kind !== "dropConstraint" || op.name !== "") return op;
  const { name: _name, original, ...rest } = op;
  if (!original) return rest;
  const { name: _originalName, ...unnamed } = original as typeof original & { name?: string };
  return { ...rest, original: unnamed as typeof original };
}

function enumValueChanges(e: ModelEnum, d: DbEnum, b: Buckets, warnings: string[]): void {
  const label = `${d.schema}.${d.name}`;
  const model = e.values;
  const inModel = new Set(model);
  const removed = d.values.filter((v) => !inModel.has(v));
  const dbSet = new Set(d.values);
  const kept = model.filter((v) => dbSet.has(v));
  const dbKeptOrder = d.values.filter((v) => inModel.has(v));
  if (removed.length > 0) {
    warnings.push(
      `enum ${label}: value(s) ${removed.map((v) => JSON.stringify(v)).join(", ")} are in the database but not in the models; ` +
        "a named enum type's values cannot be removed in place (create a new type, convert the columns, drop the old type); nothing generated for this: " +
        "add op.dropEnumValue(...) to the revision to do it (it rebuilds the type, and refuses while a row holds the value)",
    );
  }
  if (!sameList(kept, dbKeptOrder)) {
    warnings.push(
      `enum ${label}: the models order the values differently (${kept.join(", ")}) from the database (${dbKeptOrder.join(", ")}); ` +
        "a named enum type's values cannot be reordered in place; nothing generated for the order",
    );
  }
  // New values, each placed after its predecessor in the model (or before the first existing one).
  const present = new Set(d.values);
  for (let i = 0; i < model.length; i++) {
    const v = model[i]!;
    if (present.has(v)) continue;
    const prev = model.slice(0, i).reverse().find((x) => present.has(x));
    const next = model.slice(i + 1).find((x) => present.has(x));
    const where = prev !== undefined ? { after: prev } : next !== undefined ? { before: next } : {};
    // IF NOT EXISTS: the value is committed on its own (op.autocommit); if a later statement of the revision fails,
    // running the revision again must not stop at the value that is already there
    b.addEnumValue.push({
      kind: "addEnumValue",
      name: d.name,
      ...(e.schema === undefined ? {} : { schema: e.schema }),
      value: v,
      ...where,
      ifNotExists: true,
    });
    present.add(v);
  }
}

/* ======================================================================= */

function fkTargetKey(fk: { refSchema: string; refTable: string }): string {
  return k2(fk.refSchema, fk.refTable);
}

/** Table definition without the listed FK (by index into the model view's list). */
function withoutForeignKeys(m: MTable, drop: ReadonlySet<MForeignKey>): TableDefinition {
  if (drop.size === 0) return m.def;
  const dropCols = new Set<string>();
  const dropTable = new Set<string>();
  for (const fk of drop) {
    // Column-level shorthand FKs are identified by their single column.
    const fromColumn = m.def.columns.find(
      (c) => c.references && fk.columns.length === 1 && c.name === fk.columns[0] && c.references.table === fk.refTable,
    );
    if (fromColumn && !m.def.foreignKeys?.some((f) => f.name !== undefined && f.name === fk.name)) dropCols.add(fromColumn.name);
    else dropTable.add(JSON.stringify([fk.name ?? null, fk.columns, fk.refTable]));
  }
  const columns = m.def.columns.map((c) => {
    if (!dropCols.has(c.name)) return c;
    const { references: _r, ...rest } = c;
    return rest;
  });
  const fks = (m.def.foreignKeys ?? []).filter((f) => !dropTable.has(JSON.stringify([f.name ?? null, f.columns, f.refTable])));
  const { foreignKeys: _f, ...restDef } = m.def;
  return { ...restDef, columns, ...(fks.length === 0 ? {} : { foreignKeys: fks }) };
}

/**
 * A column's `references: { table }` shorthand with the referenced column written out: the target's primary key,
 * as resolved from the models or the database. The generated `createTable` then runs on every dialect (MySQL
 * needs the column named; `REFERENCES users` alone is PostgreSQL's and SQLite's) and says what it references.
 */
function referencedColumnsNamed(m: MTable, def: TableDefinition): TableDefinition {
  if (!def.columns.some((c) => c.references && c.references.column === undefined)) return def;
  return {
    ...def,
    columns: def.columns.map((c) => {
      const r = c.references;
      if (!r || r.column !== undefined) return c;
      const fk = m.foreignKeys.find((f) => f.columns.length === 1 && f.columns[0] === c.name && f.refTable === r.table);
      const column = fk?.refColumns?.length === 1 ? fk.refColumns[0] : undefined;
      return column === undefined ? c : { ...c, references: { ...r, column } };
    }),
  };
}

/**
 * A table whose primary key is stated at the table level (named by a naming
 * convention, or composite) without the columns' `primaryKey: true` as well:
 * the generated file says it once.
 */
function primaryKeyStatedOnce(def: TableDefinition): TableDefinition {
  if (!def.primaryKey || !def.columns.some((c) => c.primaryKey !== undefined)) return def;
  return {
    ...def,
    columns: def.columns.map((c) => {
      if (c.primaryKey === undefined) return c;
      const { primaryKey: _p, ...rest } = c;
      return rest;
    }),
  };
}

/**
 * Creates new tables so that each comes after the tables it references.
 * In a cycle, one table is created without its FKs to the rest of the
 * cycle, and those FKs follow as `createForeignKey` once all exist.
 */
function orderNewTables(cmp: SchemaComparator, newTables: readonly MTable[], _defaultSchema: string, b: Buckets): void {
  const pending = new Map(newTables.map((t) => [k2(t.schema, t.name), t]));
  const done = new Set<string>();
  const deferred = new Map<MTable, Set<MForeignKey>>();
  const depsOf = (t: MTable) =>
    t.foreignKeys.filter((fk) => {
      const key = fkTargetKey(fk);
      return key !== k2(t.schema, t.name) && pending.has(key) && !deferred.get(t)?.has(fk);
    });
  while (pending.size > 0) {
    let progressed = false;
    for (const [key, t] of pending) {
      if (depsOf(t).every((fk) => done.has(fkTargetKey(fk)))) {
        const skip = deferred.get(t) ?? new Set<MForeignKey>();
        const def = primaryKeyStatedOnce(referencedColumnsNamed(t, withoutForeignKeys(t, skip)));
        const { name, ...spec } = def;
        b.createTable.push({ kind: "createTable", table: name, ...spec });
        for (const fk of skip) b.createForeignKey.push(createForeignKeyOp(cmp, fk, t.name, t.opSchema));
        pending.delete(key);
        done.add(key);
        progressed = true;
      }
    }
    if (!progressed) {
      // A cycle: create its first table without its keys on the cycle (those whose target leads back to it);
      // they follow as createForeignKey once all exist. Its keys to tables outside the cycle stay in it.
      const cycle = firstCycle(pending, depsOf, fkTargetKey);
      if (!cycle) throw new Error("internal: new tables left with no key cycle between them");
      deferred.set(cycle.table, new Set([...(deferred.get(cycle.table) ?? []), ...cycle.keys]));
    }
  }
}

/**
 * Drops tables referencing ones first, and tables inheriting from others (PostgreSQL's INHERITS) before their
 * parents; FKs inside a cycle of dropped tables are dropped beforehand.
 */
function dropTables(
  gone: readonly DbTable[],
  defaultSchema: string,
  opSchemaOf: (s: string) => string | undefined,
  b: Buckets,
  primaryKeyNamesIgnored: boolean,
): void {
  const pending = new Map(gone.map((t) => [k2(t.schema, t.name), t]));
  const droppedFks = new Map<DbTable, Set<string>>();
  // Referenced-by counts among the dropped tables.
  const referrers = (target: string) =>
    [...pending.values()].filter(
      (t) =>
        k2(t.schema, t.name) !== target &&
        (t.foreignKeys.some((fk) => k2(fk.refSchema, fk.refTable) === target && !droppedFks.get(t)?.has(fk.name)) ||
          (t.inherits ?? []).some((p) => k2(p.schema, p.name) === target)),
    );
  while (pending.size > 0) {
    let progressed = false;
    for (const [key, t] of pending) {
      if (referrers(key).length === 0) {
        const skip = droppedFks.get(t);
        b.dropTable.push({
          kind: "dropTable",
          table: t.name,
          ...(opSchemaOf(t.schema) === undefined ? {} : { schema: t.schema }),
          original: dbTableDefinition(t, defaultSchema, skip, primaryKeyNamesIgnored),
        });
        pending.delete(key);
        progressed = true;
      }
    }
    if (!progressed) {
      // A cycle (every table left is referenced): drop the cycle's keys of its first table, those whose target
      // leads back to it; its keys to tables outside the cycle go with the table.
      const live = (t: DbTable) =>
        t.foreignKeys.filter((fk) => !droppedFks.get(t)?.has(fk.name) && pending.has(k2(fk.refSchema, fk.refTable)) && k2(fk.refSchema, fk.refTable) !== k2(t.schema, t.name));
      const cycle = firstCycle(pending, live, (fk) => k2(fk.refSchema, fk.refTable));
      if (!cycle) throw new Error("internal: tables left to drop with no key cycle between them");
      const t = cycle.table;
      const set = droppedFks.get(t) ?? new Set<string>();
      for (const fk of cycle.keys) {
        set.add(fk.name);
        b.dropTable.push({
          kind: "dropConstraint",
          name: fk.name,
          table: t.name,
          ...(opSchemaOf(t.schema) === undefined ? {} : { schema: t.schema }),
          constraintType: "foreignKey",
          original: { kind: "createForeignKey", table: t.name, ...withSchemaOf(opSchemaOf(t.schema)), ...dbForeignKeyDefinition(fk, defaultSchema) },
        });
      }
      droppedFks.set(t, set);
    }
  }
}


/* ======================================================================= */

function diffTable(
  cmp: SchemaComparator,
  ctx: TableCtx,
  renames: Readonly<Record<string, string>>,
  resolver: Resolver,
  compareTypes: boolean,
  compareDefaults: boolean,
  defaultSchema: string,
  b: Buckets,
  warnings: string[],
  possibleRenames: PossibleRename[],
): void {
  const { m, d } = ctx;
  const schemaOpt = withSchemaOf(ctx.opSchema);
  const label = `${ctx.schema === defaultSchema ? "" : `${ctx.schema}.`}${ctx.name}`;
  const addedColumns: ColumnDefinition[] = [];
  const tableRef = (): TableRef => ({
    schema: d.schema,
    name: d.name,
    extraColumns: addedColumns.map((c) => ({ name: c.name, type: serialBase(c.type) ?? c.type })),
  });
  const dropOld = (op: Operation) =>
    (op.kind === "dropConstraint" && op.constraintType === "foreignKey" ? b.dropForeignKey : b.dropOther).push(op);
  const oldTable = { table: ctx.oldName, ...schemaOpt };
  const x: DiffContext = { cmp, table: ctx, resolver, defaultSchema, b, warnings, label, schemaOpt, oldTable, dropOld, tableRef, replacedColumns: new Set(), renamedColumns: new Map() };

  diffColumns(x, { renames, compareTypes, compareDefaults, possibleRenames, addedColumns });

  /* ----- table comment ----- */
  if ((m.comment || null) !== d.comment) b.alter.push({ kind: "setTableComment", table: ctx.name, ...schemaOpt, comment: m.comment || null, existingComment: d.comment });

  diffPrimaryKey(x);
  diffUniques(x);
  diffForeignKeys(x);
  diffChecks(x);
  diffIndexes(x);

  if (d.exclusions.length > 0) {
    warnings.push(`${label}: EXCLUDE constraint(s) ${d.exclusions.join(", ")} are not compared`);
  }
}

