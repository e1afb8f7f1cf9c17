/**
 * The catalog rows of a MySQL or MariaDB database turned into the
 * dialect-neutral schema model (src/autogenerate/schema-model.ts). Pure:
 * the rows come from introspect.ts (or, in tests, from captured fixtures of
 * what each server returns), so every server version's quirks are handled
 * and tested here:
 * - MariaDB's JSON is LONGTEXT with a `json_valid(col)` CHECK: a json column, no check.
 * - Unique indexes are unique constraints (MySQL has no other kind).
 * - The index MySQL adds for a foreign key (named after the constraint, or
 *   after its first column when unnamed) is marked implicit.
 * - AUTO_INCREMENT is identity; display widths, `year(4)` and charset
 *   clauses are dropped (type-text.ts); defaults become SQL text with their
 *   ON UPDATE clause (default-text.ts).
 */
import type { IntrospectOptions } from "../../autogenerate/schema-introspector.js";
import type {
  DatabaseSchema,
  DbCheck,
  DbColumn,
  DbForeignKey,
  DbIndex,
  DbIndexElement,
  DbRoutine,
  DbTable,
  DbUnique,
} from "../../autogenerate/schema-model.js";
import { tablesNamedIn } from "../../util/table-mentions.js";
import type { ReferentialAction } from "../../schema/column.js";
import { defaultSqlText, hasOnUpdate, unescapeCatalogText } from "./default-text.js";
import { sameCollation } from "./collation.js";
import { canonicalTypeText, typeFromCatalog } from "./type-text.js";
import { parseServerVersion } from "./server-version.js";

type Str = string | null;

export interface CatalogColumn {
  readonly table_schema: string;
  readonly table_name: string;
  readonly column_name: string;
  readonly ordinal_position: number | string;
  readonly column_type: string;
  readonly column_default: Str;
  readonly is_nullable: string;
  readonly extra: Str;
  readonly generation_expression: Str;
  readonly collation_name: Str;
  readonly column_comment: Str;
}

export interface CatalogTable {
  readonly table_schema: string;
  readonly table_name: string;
  readonly table_comment: Str;
  readonly table_collation: Str;
  /** `BASE TABLE`, or MariaDB's `SYSTEM VERSIONED` (`WITH SYSTEM VERSIONING`); absent from catalogs captured before it was read. */
  readonly table_type?: Str;
  /** The table's engine, the server's default one, and its CREATE_OPTIONS; absent from catalogs captured before they were read. */
  readonly engine?: Str;
  readonly default_engine?: Str;
  readonly create_options?: Str;
}

export interface CatalogStatistic {
  readonly table_schema: string;
  readonly table_name: string;
  readonly index_name: string;
  readonly non_unique: number | string;
  readonly seq_in_index: number | string;
  readonly column_name: Str;
  readonly collation: Str;
  readonly sub_part: number | string | null;
  readonly index_type: string;
  /** Absent from catalogs captured before it was read. */
  readonly index_comment?: Str;
  /** MySQL 8.0.13+: a functional key part's expression. */
  readonly expression?: Str;
}

export interface CatalogConstraint {
  readonly table_schema: string;
  readonly table_name: string;
  readonly constraint_name: string;
  readonly constraint_type: string;
  /** MySQL 8.0.16+: `NO` for a NOT ENFORCED check. */
  readonly enforced?: Str;
}

export interface CatalogKeyColumn {
  readonly table_schema: string;
  readonly table_name: string;
  readonly constraint_name: string;
  readonly column_name: string;
  readonly ordinal_position: number | string;
  readonly referenced_table_schema: Str;
  readonly referenced_table_name: Str;
  readonly referenced_column_name: Str;
}

export interface CatalogReferential {
  readonly constraint_schema: string;
  readonly table_name: string;
  readonly constraint_name: string;
  readonly update_rule: string;
  readonly delete_rule: string;
}

export interface CatalogCheck {
  readonly table_schema: string;
  readonly table_name: string;
  readonly constraint_name: string;
  readonly check_clause: string;
}

/** What introspect.ts reads: one array per catalog query. */
/** A row of information_schema.TRIGGERS: a trigger and its table. */
export interface CatalogTrigger {
  readonly table_schema: string;
  readonly table_name: string;
  readonly trigger_name: string;
  /** Its body (absent from catalog rows captured before it was read). */
  readonly action_statement?: string | null;
}

/** A row of information_schema.ROUTINES: a stored procedure or function and its body (null without the privilege to see it). */
export interface CatalogRoutine {
  readonly routine_schema: string;
  readonly routine_name: string;
  readonly routine_type: string;
  readonly routine_definition: string | null;
}

/** A row of information_schema.VIEWS: a view and its definition (the server's text, names in backquotes and qualified). */
export interface CatalogView {
  readonly table_schema: string;
  readonly table_name: string;
  readonly view_definition: string | null;
}

export interface Catalog {
  /** `SELECT DATABASE()`. */
  readonly database: string;
  /** `SELECT VERSION()`, e.g. `10.11.19-MariaDB-0+deb12u1` or `8.0.36`. */
  readonly version: string;
  readonly existingSchemas: readonly string[];
  readonly tables: readonly CatalogTable[];
  readonly columns: readonly CatalogColumn[];
  readonly statistics: readonly CatalogStatistic[];
  readonly constraints: readonly CatalogConstraint[];
  readonly keyColumns: readonly CatalogKeyColumn[];
  readonly referential: readonly CatalogReferential[];
  readonly checks: readonly CatalogCheck[];
  /** Absent from catalog rows captured before triggers were read. */
  readonly triggers?: readonly CatalogTrigger[];
  /** Absent from catalog rows captured before views were read. */
  readonly views?: readonly CatalogView[];
  /** Absent from catalog rows captured before routines were read. */
  readonly routines?: readonly CatalogRoutine[];
  readonly queries: number;
}

/** A name in backquotes, for the index text (quote.ts is the renderer's). */
const bt = (name: string) => `\`${name.replace(/`/g, "``")}\``;
const k2 = (schema: string, name: string) => `${schema}\u0000${name}`;
const num = (v: number | string | null | undefined) => (v === null || v === undefined ? null : Number(v));

function action(rule: string): ReferentialAction {
  switch (rule.toUpperCase()) {
    case "CASCADE":
      return "cascade";
    case "SET NULL":
      return "set null";
    case "SET DEFAULT":
      return "set default";
    // InnoDB checks NO ACTION at once, like RESTRICT: one rule (MariaDB reports an unspecified rule as RESTRICT).
    default:
      return "no action";
  }
}

function groupBy<T>(rows: readonly T[], key: (r: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) {
    const k = key(r);
    const list = out.get(k);
    if (list) list.push(r);
    else out.set(k, [r]);
  }
  return out;
}

/** `json_valid(`col`)`, as MariaDB writes the CHECK of a JSON column. */
function isJsonValidCheck(clause: string, column: string): boolean {
  const m = /^\(?\s*json_valid\s*\(\s*`?([^`()]+)`?\s*\)\s*\)?$/i.exec(clause.trim());
  return m !== null && m[1]!.toLowerCase() === column.toLowerCase();
}

export function buildSchema(cat: Catalog, options: IntrospectOptions = {}): DatabaseSchema {
  const server = parseServerVersion(cat.version);
  // MySQL escapes quotes in the catalog's expression texts; MariaDB prints them as written.
  const catalogText = (text: string) => (server.mariadb ? text : unescapeCatalogText(text));
  const defaultSchema = cat.database;
  const schemas = [
    ...new Set(options.schemas && options.schemas.length > 0 ? options.schemas : [defaultSchema, ...(options.extraSchemas ?? [])]),
  ];
  const include = options.include;
  const excluded = new Set((options.excludeTables ?? []).map((t) => k2(t.schema ?? defaultSchema, t.name)));
  const colsBy = groupBy(cat.columns, (r) => k2(r.table_schema, r.table_name));
  const statsBy = groupBy(cat.statistics, (r) => k2(r.table_schema, r.table_name));
  const consBy = groupBy(cat.constraints, (r) => k2(r.table_schema, r.table_name));
  const keyColsBy = groupBy(cat.keyColumns, (r) => `${k2(r.table_schema, r.table_name)}\u0000${r.constraint_name}`);
  const refBy = new Map(cat.referential.map((r) => [`${k2(r.constraint_schema, r.table_name)}\u0000${r.constraint_name}`, r]));
  const checksBy = groupBy(cat.checks, (r) => k2(r.table_schema, r.table_name));
  const triggersBy = new Map<string, string[]>();
  for (const r of cat.triggers ?? []) {
    const k = k2(r.table_schema, r.table_name);
    triggersBy.set(k, [...(triggersBy.get(k) ?? []), r.trigger_name].sort());
  }

  const tables: DbTable[] = [];
  for (const t of cat.tables) {
    const key = k2(t.table_schema, t.table_name);
    if (!schemas.includes(t.table_schema) || excluded.has(key)) continue;
    // the server writes every table a view reads as `schema`.`table`
    const read = `${bt(t.table_schema)}.${bt(t.table_name)}`;
    const views = (cat.views ?? [])
      .filter((v) => v.view_definition?.includes(read) === true)
      .map((v) => (v.table_schema === t.table_schema ? v.table_name : `${v.table_schema}.${v.table_name}`))
      .sort();
    if (include && !include({ type: "table", name: t.table_name, schema: t.table_schema, source: "database" })) continue;
    const keep = (type: "column" | "index" | "uniqueConstraint" | "foreignKey" | "check" | "primaryKey", name: string) =>
      !include || include({ type, name, schema: t.table_schema, table: t.table_name, source: "database" });

    const rawChecks = checksBy.get(key) ?? [];
    const jsonChecks = new Set<string>();
    const columns: DbColumn[] = [];
    // MariaDB's system-versioned table: the period's columns (GENERATED ALWAYS AS ROW START/END, shown when declared,
    // hidden when implied) are the server's, which also adds ROW END to the table's unique keys; neither is the models'
    const versioned = t.table_type === "SYSTEM VERSIONED";
    const period = new Set(
      versioned ? (colsBy.get(key) ?? []).filter((c) => /^ROW\s+(START|END)$/i.test((c.generation_expression ?? "").trim())).map((c) => c.column_name) : [],
    );
    // the engine when it is not the server's default (a dropped MyISAM table comes back MyISAM)
    const engine = t.engine && t.default_engine && t.engine.toLowerCase() !== t.default_engine.toLowerCase() ? t.engine : undefined;
    // what createTable doesn't make again, for autogenerate's warning when the table is dropped
    const unmade: string[] = [];
    const createOptions = (t.create_options ?? "").split(/\s+/).filter((o) => o !== "" && !/^transactional=1$/i.test(o));
    if (createOptions.some((o) => o.toLowerCase() === "partitioned")) unmade.push("partitioning (PARTITION BY and its partitions, with their rows)");
    const otherOptions = createOptions.filter((o) => o.toLowerCase() !== "partitioned");
    if (otherOptions.length > 0) unmade.push(`table options (${otherOptions.join(" ")})`);
    for (const c of colsBy.get(key) ?? []) if (/\bINVISIBLE\b/i.test(c.extra ?? "") && !period.has(c.column_name)) unmade.push(`column ${c.column_name}'s INVISIBLE`);
    for (const [name, rows] of groupBy(statsBy.get(key) ?? [], (r) => r.index_name)) if (rows[0]?.index_comment) unmade.push(`index ${name}'s COMMENT`);
    const catColumns = [...(colsBy.get(key) ?? [])]
      .filter((c) => !period.has(c.column_name))
      .sort((a, b) => Number(a.ordinal_position) - Number(b.ordinal_position));
    for (const c of catColumns) {
      if (!keep("column", c.column_name)) continue;
      const extra = c.extra ?? "";
      const text = canonicalTypeText(c.column_type);
      let type = typeFromCatalog(c.column_type, c.column_name);
      if (text === "longtext") {
        const check = rawChecks.find((x) => isJsonValidCheck(x.check_clause, c.column_name));
        if (check) {
          type = { kind: "json" };
          jsonChecks.add(check.constraint_name);
        }
      }
      const generated = c.generation_expression !== null && c.generation_expression !== "" && /GENERATED/i.test(extra);
      const autoIncrement = /\bauto_increment\b/i.test(extra);
      columns.push({
        name: c.column_name,
        type,
        nullable: c.is_nullable === "YES",
        default: generated || autoIncrement ? null : defaultSqlText({ columnDefault: c.column_default, extra, typeText: text, mariadb: server.mariadb }),
        identity: autoIncrement ? { generation: "byDefault", start: 1n, increment: 1n } : null,
        generated: generated ? catalogText(c.generation_expression!) : null,
        ...(generated && /VIRTUAL/i.test(extra) ? { generatedVirtual: true } : {}),
        comment: c.column_comment ? c.column_comment : null,
        formatted: c.column_type,
        ...columnOptions(c, type.kind === "json", extra, t.table_collation),
      });
    }

    // Foreign keys.
    const foreignKeys: DbForeignKey[] = [];
    for (const con of consBy.get(key) ?? []) {
      if (con.constraint_type !== "FOREIGN KEY" || !keep("foreignKey", con.constraint_name)) continue;
      const kc = [...(keyColsBy.get(`${key}\u0000${con.constraint_name}`) ?? [])].sort(
        (a, b) => Number(a.ordinal_position) - Number(b.ordinal_position),
      );
      const ref = refBy.get(`${key}\u0000${con.constraint_name}`);
      if (kc.length === 0) continue;
      foreignKeys.push({
        name: con.constraint_name,
        columns: kc.map((x) => x.column_name),
        refSchema: kc[0]!.referenced_table_schema ?? t.table_schema,
        refTable: kc[0]!.referenced_table_name ?? "",
        refColumns: kc.map((x) => x.referenced_column_name ?? ""),
        onDelete: action(ref?.delete_rule ?? "NO ACTION"),
        onUpdate: action(ref?.update_rule ?? "NO ACTION"),
        match: "simple",
        deferrable: false,
        initiallyDeferred: false,
        validated: true,
      });
    }

    // Indexes (PRIMARY is the primary key; unique ones are unique constraints).
    const byIndex = groupBy(statsBy.get(key) ?? [], (s) => s.index_name);
    let primaryKey: DbTable["primaryKey"] = null;
    const uniques: DbUnique[] = [];
    const indexes: DbIndex[] = [];
    for (const [name, all] of byIndex) {
      const rows = all.filter((r) => r.column_name === null || !period.has(r.column_name));
      if (rows.length === 0) continue;
      rows.sort((a, b) => Number(a.seq_in_index) - Number(b.seq_in_index));
      const unique = Number(rows[0]!.non_unique) === 0;
      const method = rows[0]!.index_type.toLowerCase();
      const prefixLengths: Record<string, number> = {};
      const elements: DbIndexElement[] = rows.map((r) => {
        const sub = num(r.sub_part);
        const order = r.collation === "D" ? "desc" : "asc";
        if (r.column_name === null || r.column_name === "") {
          const expression = `(${catalogText(r.expression ?? "")})`;
          return { column: null, expression, order, nulls: order === "desc" ? "first" : "last", opclass: null, collation: null };
        }
        // MariaDB reports SUB_PART 32 for every column of a SPATIAL index: no prefix a CREATE could give it
        if (sub !== null && method !== "spatial") prefixLengths[r.column_name] = sub;
        return { column: r.column_name, expression: r.column_name, order, nulls: order === "desc" ? "first" : "last", opclass: null, collation: null };
      });
      const plainColumns = elements.every((e) => e.column !== null && e.order === "asc") && Object.keys(prefixLengths).length === 0;
      const indexType = method === "fulltext" || method === "spatial" ? method : undefined;
      const hasPrefix = Object.keys(prefixLengths).length > 0;
      if (name === "PRIMARY") {
        if (keep("primaryKey", name)) primaryKey = { name, columns: elements.map((e) => e.column ?? e.expression) };
        continue;
      }
      if (unique && plainColumns && (method === "btree" || method === "hash")) {
        if (keep("uniqueConstraint", name))
          uniques.push({ name, columns: elements.map((e) => e.column!), nullsNotDistinct: false, deferrable: false, initiallyDeferred: false });
        continue;
      }
      if (!keep("index", name)) continue;
      // The index MySQL made for a foreign key: its name is the constraint's (or, unnamed, its first column's).
      const implicit =
        !unique &&
        method === "btree" &&
        !hasPrefix &&
        foreignKeys.some(
          (fk) =>
            (name === fk.name || name === fk.columns[0]) &&
            fk.columns.length === elements.length &&
            fk.columns.every((c, i) => elements[i]!.column === c && elements[i]!.order === "asc"),
        );
      indexes.push({
        name,
        unique,
        method: "btree",
        elements,
        include: [],
        where: null,
        nullsNotDistinct: false,
        valid: true,
        definition: `${unique ? "UNIQUE " : ""}${method.toUpperCase()} (${elements.map((e) => `${e.column === null ? e.expression : bt(e.column)}${e.column !== null && prefixLengths[e.column] !== undefined ? `(${prefixLengths[e.column]})` : ""}${e.order === "desc" ? " DESC" : ""}`).join(", ")})`,
        ...(indexType || hasPrefix ? { mysql: { ...(indexType ? { indexType } : {}), ...(hasPrefix ? { prefixLengths } : {}) } } : {}),
        ...(implicit ? { implicit: true } : {}),
      });
    }

    const checks: DbCheck[] = [];
    for (const c of rawChecks) {
      if (jsonChecks.has(c.constraint_name) || !keep("check", c.constraint_name)) continue;
      const tc = (consBy.get(key) ?? []).find((x) => x.constraint_name === c.constraint_name && x.constraint_type === "CHECK");
      checks.push({ name: c.constraint_name, expression: catalogText(c.check_clause), validated: tc?.enforced !== "NO" });
    }

    tables.push({
      schema: t.table_schema,
      name: t.table_name,
      columns,
      primaryKey,
      foreignKeys,
      uniques,
      checks,
      indexes,
      exclusions: [],
      comment: t.table_comment ? t.table_comment : null,
      partitioned: false,
      ...(t.table_collation || versioned || engine
        ? {
            mysql: {
              ...(engine ? { engine } : {}),
              ...(t.table_collation ? { collation: t.table_collation } : {}),
              ...(versioned ? { systemVersioned: true } : {}),
            },
          }
        : {}),
      ...(unmade.length > 0 ? { unmade } : {}),
      ...(triggersBy.has(key) ? { triggers: triggersBy.get(key) } : {}),
      ...(views.length > 0 ? { views } : {}),
    });
  }
  tables.sort((a, b) => (a.schema === b.schema ? (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) : a.schema < b.schema ? -1 : 1));
  return {
    defaultSchema,
    schemas,
    existingSchemas: [...cat.existingSchemas],
    serverVersion: server.version,
    tables,
    enums: [],
    routines: routinesOf(cat, defaultSchema),
    queries: cat.queries,
  };
}

/** Procedures, functions and triggers with the tables their SQL names (MySQL keeps no dependency record for them). */
function routinesOf(cat: Catalog, database: string): DbRoutine[] {
  const where = (schema: string) => (schema === database ? "" : `${schema}.`);
  const quotes = ["``", '""'];
  return [
    ...(cat.routines ?? []).map((r) => ({
      description: `${r.routine_type.toLowerCase()} ${where(r.routine_schema)}${r.routine_name}`,
      tables: tablesNamedIn(r.routine_definition ?? "", quotes),
    })),
    ...(cat.triggers ?? []).map((t) => ({
      description: `trigger ${where(t.table_schema)}${t.trigger_name} on ${t.table_name}`,
      tables: tablesNamedIn(t.action_statement ?? "", quotes),
      on: { schema: t.table_schema, name: t.table_name },
    })),
  ].filter((r) => r.tables.length > 0);
}

/**
 * A column's MySQL options as the catalog shows them: ON UPDATE
 * CURRENT_TIMESTAMP, and its collation when it is not the table's (MariaDB's
 * JSON columns are utf8mb4_bin by nature: not an option).
 */
function columnOptions(c: CatalogColumn, json: boolean, extra: string, tableCollation: Str): { mysql?: DbColumn["mysql"] } {
  const onUpdate = hasOnUpdate(extra);
  const collation = !json && c.collation_name && tableCollation && !sameCollation(c.collation_name, tableCollation) ? c.collation_name : null;
  if (!onUpdate && collation === null) return {};
  return { mysql: { ...(onUpdate ? { onUpdateCurrentTimestamp: true } : {}), ...(collation === null ? {} : { collation }) } };
}
