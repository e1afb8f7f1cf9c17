/**
 * SQLite introspector for autogenerate: the tables of the `main` database
 * from SQLite's own PRAGMAs (table_xinfo, index_list, index_xinfo,
 * foreign_key_list), and what no PRAGMA gives (constraint names, CHECKs,
 * generated expressions, partial index predicates) from the stored
 * `CREATE TABLE`/`CREATE INDEX` text, read with the parser the table
 * rebuilds use (table-sql.ts).
 * - A TEXT column with the CHECK Athanor writes for an enum (`"col" IN (...)`,
 *   named `<table>_<col>_enum`) reads back as an inline enum, without the check.
 * - A TEXT column with `CHECK (json_valid("col"))` reads back as json.
 * - The index of a UNIQUE constraint (origin `u`) is a unique constraint,
 *   the primary key's (`pk`) is no index.
 */
import { tablesNamedIn } from "../../util/table-mentions.js";
import type { IntrospectOptions, SchemaIntrospector } from "../../autogenerate/schema-introspector.js";
import type { DatabaseSchema, DbCheck, DbColumn, DbForeignKey, DbIndex, DbIndexElement, DbTable, DbUnique } from "../../autogenerate/schema-model.js";
import type { ReferentialAction } from "../../schema/column.js";
import type { ColumnType } from "../../schema/column-type.js";
import type { DatabaseConnection } from "../dialect.js";
import { autoincrementColumn } from "./autoincrement.js";
import { declaredCollation } from "./column-collation.js";
import { type DdlToken, identifierName, significant, tokenizeDdl } from "./ddl-tokens.js";
import { parseCreateTable, type TableSql } from "./table-sql.js";
import { STRICT_TYPES } from "./strict-types.js";
import { foldName } from "../../util/fold-name.js";

interface XColumn {
  readonly cid: number;
  readonly name: string;
  readonly type: string;
  readonly notnull: number;
  readonly dflt_value: string | null;
  readonly pk: number;
  readonly hidden: number;
}

interface FkRow {
  readonly id: number;
  readonly seq: number;
  readonly table: string;
  readonly from: string;
  readonly to: string | null;
  readonly on_update: string;
  readonly on_delete: string;
  readonly match: string;
}

interface IndexRow {
  readonly name: string;
  readonly unique: number;
  readonly origin: string;
  readonly partial: number;
}

interface IndexXRow {
  readonly seqno: number;
  readonly cid: number;
  readonly name: string | null;
  readonly desc: number;
  readonly coll: string | null;
  readonly key: number;
}

/** `{ [key]: list }`, or nothing for an empty list (the model leaves such fields out). */
const nonEmpty = <K extends string>(key: K, list: string[]) => (list.length > 0 ? ({ [key]: list } as Record<K, string[]>) : {});
const same = (a: string, b: string) => foldName(a) === foldName(b);
const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => same(x, b[i] as string));

/** A declared type (`VARCHAR(255)`, `numeric (10,2)`) as a schema type; unknown names stay raw. */
export function typeFromDeclared(declared: string): ColumnType {
  const text = declared.trim().replace(/\s+/g, " ");
  const m = /^([A-Za-z ]+?)\s*(?:\(\s*(\d+)\s*(?:,\s*(\d+)\s*)?\))?$/.exec(text);
  if (m) {
    const name = (m[1] as string).toUpperCase();
    const a = m[2] === undefined ? undefined : Number(m[2]);
    const b = m[3] === undefined ? undefined : Number(m[3]);
    const noArgs = a === undefined;
    switch (name) {
      case "INTEGER":
        if (noArgs) return { kind: "integer" };
        break;
      case "BIGINT":
        if (noArgs) return { kind: "bigint" };
        break;
      case "SMALLINT":
        if (noArgs) return { kind: "smallint" };
        break;
      case "BOOLEAN":
        if (noArgs) return { kind: "boolean" };
        break;
      case "TEXT":
        if (noArgs) return { kind: "text" };
        break;
      case "VARCHAR":
        if (b === undefined) return a === undefined ? { kind: "varchar" } : { kind: "varchar", length: a };
        break;
      case "CHAR":
        if (b === undefined) return a === undefined ? { kind: "char" } : { kind: "char", length: a };
        break;
      case "NUMERIC":
        return { kind: "numeric", ...(a === undefined ? {} : { precision: a }), ...(b === undefined ? {} : { scale: b }) };
      case "REAL":
        if (noArgs) return { kind: "real" };
        break;
      case "DOUBLE PRECISION":
        if (noArgs) return { kind: "double" };
        break;
      case "DATE":
        if (noArgs) return { kind: "date" };
        break;
      case "TIME":
        if (b === undefined) return { kind: "time", ...(a === undefined ? {} : { precision: a }) };
        break;
      case "TIMESTAMP":
        if (b === undefined) return { kind: "timestamp", ...(a === undefined ? {} : { precision: a }) };
        break;
      case "TIMESTAMPTZ":
        if (b === undefined) return { kind: "timestamptz", ...(a === undefined ? {} : { precision: a }) };
        break;
      case "UUID":
        if (noArgs) return { kind: "uuid" };
        break;
      case "BLOB":
        if (noArgs) return { kind: "bytea" };
        break;
    }
  }
  return { kind: "raw", sql: text };
}

function action(rule: string): ReferentialAction {
  switch (rule.toUpperCase()) {
    case "CASCADE":
      return "cascade";
    case "SET NULL":
      return "set null";
    case "SET DEFAULT":
      return "set default";
    case "RESTRICT":
      return "restrict";
    default:
      return "no action";
  }
}

/** A CHECK's condition: the text inside `CHECK ( ... )`. */
export function checkExpression(text: string): string {
  const open = text.search(/\bcheck\s*\(/i);
  const from = text.indexOf("(", open);
  return text.slice(from + 1, text.lastIndexOf(")")).trim();
}

/** `GENERATED ALWAYS AS (expr) STORED` -> expr. */
function generatedExpression(text: string): string {
  const from = text.indexOf("(");
  return text.slice(from + 1, text.lastIndexOf(")")).trim();
}

/** The name a constraint was given in the stored SQL (by kind and columns), or "" when unnamed. */
function constraintName(table: TableSql, kind: "primaryKey" | "unique" | "foreignKey", columns: readonly string[], refTable?: string): string {
  for (const c of table.constraints) {
    if (c.kind !== kind || !sameList(c.columns, columns)) continue;
    if (kind === "foreignKey" && refTable !== undefined && c.refTable !== undefined && !same(c.refTable, refTable)) continue;
    return c.name ?? "";
  }
  if (columns.length === 1) {
    const column = table.columns.find((c) => same(c.name, columns[0] as string));
    const found = column?.constraints.find((c) => c.kind === (kind === "foreignKey" ? "references" : kind));
    if (found) return found.name ?? "";
  }
  return "";
}

/** The column a `json_valid(col)` condition checks, or null. */
function jsonValidColumn(expression: string): string | null {
  let tokens = significant(tokenizeDdl(expression));
  // `"col" IS NULL OR json_valid("col")`, as Athanor writes it (before SQLite 3.45, json_valid(NULL) is 0, not NULL)
  if (tokens.length === 8 && tokens[1]?.text.toUpperCase() === "IS" && tokens[2]?.text.toUpperCase() === "NULL" && tokens[3]?.text.toUpperCase() === "OR") {
    const inner = tokens.slice(4);
    const col = tokens[0]!;
    const innerCol = inner[2];
    if (!innerCol || (col.kind !== "word" && col.kind !== "quoted") || (innerCol.kind !== "word" && innerCol.kind !== "quoted")) return null;
    if (identifierName(col) !== identifierName(innerCol)) return null;
    tokens = inner;
  }
  if (tokens.length !== 4 || tokens[0]?.text.toLowerCase() !== "json_valid" || tokens[1]?.text !== "(" || tokens[3]?.text !== ")") return null;
  const t = tokens[2]!;
  return t.kind === "word" || t.kind === "quoted" ? identifierName(t) : null;
}

/** `"col" IN ('a', 'b')`: the column and the values, or null. */
function enumValues(expression: string): { column: string; values: string[] } | null {
  const tokens = significant(tokenizeDdl(expression));
  const col = tokens[0];
  if (!col || (col.kind !== "word" && col.kind !== "quoted") || tokens[1]?.text.toUpperCase() !== "IN" || tokens[2]?.text !== "(") return null;
  if (tokens[tokens.length - 1]?.text !== ")") return null;
  const values: string[] = [];
  let i = 3;
  while (i < tokens.length - 1) {
    const v = enumValue(tokens, i);
    if (v === null) return null;
    values.push(v.value);
    i = v.next;
    if (i < tokens.length - 1 && tokens[i++]?.text !== ",") return null;
  }
  return { column: identifierName(col), values };
}

/**
 * One value of the list at `tokens[i]`: a string, or a value holding a CR as Athanor writes it
 * (`('a' || char(13) || 'b')`, see literal.ts); its text and the index after it, or null.
 */
function enumValue(tokens: readonly DdlToken[], i: number): { value: string; next: number } | null {
  const t = tokens[i];
  if (t?.kind === "string") return { value: identifierName(t), next: i + 1 };
  if (t?.text !== "(") return null;
  let j = i + 1;
  let value = "";
  for (;;) {
    const a = tokens[j];
    const code = tokens[j + 2];
    if (a?.kind === "string") {
      value += identifierName(a);
      j++;
    } else if (a?.kind === "word" && a.text.toLowerCase() === "char" && tokens[j + 1]?.text === "(" && code?.kind === "number" && tokens[j + 3]?.text === ")") {
      value += String.fromCharCode(Number(code.text));
      j += 4;
    } else return null;
    if (tokens[j]?.text === ")") return { value, next: j + 1 };
    if (tokens[j]?.text !== "||") return null;
    j++;
  }
}

/** The WHERE of a stored `CREATE INDEX`, or null. */
function whereOf(indexSql: string | null): string | null {
  if (!indexSql) return null;
  const tokens = significant(tokenizeDdl(indexSql));
  let depth = 0;
  for (const t of tokens) {
    if (t.text === "(") depth++;
    else if (t.text === ")") depth--;
    else if (depth === 0 && t.kind === "word" && t.text.toUpperCase() === "WHERE") return indexSql.slice(t.end).trim().replace(/;$/, "").trim();
  }
  return null;
}

/** The key texts of a stored `CREATE INDEX` (for expression keys). */
function indexKeyTexts(indexSql: string | null): string[] {
  if (!indexSql) return [];
  const tokens = significant(tokenizeDdl(indexSql));
  const open = tokens.findIndex((t) => t.text === "(");
  if (open < 0) return [];
  const out: string[] = [];
  let depth = 0;
  let start = open + 1;
  for (let i = open; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.text === "(") depth++;
    else if (t.text === ")") {
      depth--;
      if (depth === 0) {
        out.push(indexSql.slice(tokens[start]!.start, tokens[i - 1]!.end));
        break;
      }
    } else if (depth === 1 && t.text === ",") {
      out.push(indexSql.slice(tokens[start]!.start, tokens[i - 1]!.end));
      start = i + 1;
    }
  }
  return out;
}

export async function introspect(conn: DatabaseConnection, options: IntrospectOptions = {}): Promise<DatabaseSchema> {
  let queries = 0;
  const q = async <R>(sql: string, params?: readonly unknown[]): Promise<R[]> => {
    queries++;
    return (await conn.query<R>(sql, params)).rows;
  };
  const include = options.include;
  const excluded = new Set((options.excludeTables ?? []).map((t) => foldName(t.name)));
  const versionRow = await q<{ v: string }>("SELECT sqlite_version() AS v");
  const [maj, min, pat] = String(versionRow[0]?.v ?? "0.0.0").split(".").map(Number);
  const master = await q<{ type: string; name: string; tbl_name: string; sql: string | null }>(
    "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE type IN ('table', 'index', 'trigger', 'view') AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name",
  );
  const indexSql = new Map(master.filter((r) => r.type === "index").map((r) => [r.name, r.sql]));
  const triggersOf = (table: string) => master.filter((r) => r.type === "trigger" && foldName(r.tbl_name) === foldName(table)).map((r) => r.name);
  // a view reads the tables it names (its text read once: a schema may have many tables and views)
  const views = master
    .filter((r) => r.type === "view" && r.sql !== null)
    .map((r) => ({ name: r.name, names: new Set(tokenizeDdl(r.sql as string).filter((k) => k.kind === "word" || k.kind === "quoted").map((k) => foldName(identifierName(k)))) }));
  const viewsOf = (table: string) => views.filter((v) => v.names.has(foldName(table))).map((v) => v.name);
  // A virtual table (FTS5, R*Tree) keeps its data in shadow tables named `<vtab>_...`: neither is managed by models.
  const virtual = master.filter((r) => r.type === "table" && r.sql !== null && /^\s*CREATE\s+VIRTUAL\b/i.test(r.sql)).map((r) => `${foldName(r.name)}_`);
  const tables: DbTable[] = [];
  for (const t of master) {
    if (t.type !== "table" || t.sql === null || excluded.has(foldName(t.name))) continue;
    if (/^\s*CREATE\s+VIRTUAL\b/i.test(t.sql) || virtual.some((prefix) => foldName(t.name).startsWith(prefix))) continue;
    if (include && !include({ type: "table", name: t.name, schema: "main", source: "database" })) continue;
    const keep = (type: "column" | "index" | "uniqueConstraint" | "foreignKey" | "check" | "primaryKey", name: string) =>
      !include || include({ type, name, schema: "main", table: t.name, source: "database" });
    const parsed = parseCreateTable(t.sql);
    const pragma = <R>(what: string, arg: string) => q<R>(`SELECT * FROM pragma_${what}(?)`, [arg]);

    // CHECKs (table and column constraints), enums' and json's taken as types.
    const rawChecks: Array<{ name: string; expression: string; column: string | null }> = [
      ...parsed.constraints.filter((c) => c.kind === "check").map((c) => ({ name: c.name ?? "", expression: checkExpression(c.text), column: null })),
      ...parsed.columns.flatMap((col) =>
        col.constraints.filter((c) => c.kind === "check").map((c) => ({ name: c.name ?? "", expression: checkExpression(c.text), column: col.name })),
      ),
    ];
    const typeChecks = new Set<(typeof rawChecks)[number]>();

    const xcolumns = (await pragma<XColumn>("table_xinfo", t.name)).filter((c) => c.hidden !== 1);
    const withoutRowid = /\bWITHOUT\s+ROWID\b/i.test(parsed.options);
    const pkCount = xcolumns.filter((c) => c.pk > 0).length;
    // The rowid alias (the one-column INTEGER PRIMARY KEY of a rowid table) is never NULL; so is any key column WITHOUT ROWID.
    const neverNull = (c: XColumn) => c.pk > 0 && (withoutRowid || (pkCount === 1 && c.type.trim().toUpperCase() === "INTEGER"));
    const autoincrement = autoincrementColumn(parsed);
    const columns: DbColumn[] = [];
    for (const c of xcolumns) {
      if (!keep("column", c.name)) continue;
      const colSql = parsed.columns.find((x) => same(x.name, c.name));
      const generatedText = colSql?.constraints.find((k) => k.kind === "generated")?.text ?? null;
      let type = typeFromDeclared(c.type);
      if (type.kind === "text") {
        const json = rawChecks.find((k) => !typeChecks.has(k) && jsonValidColumn(k.expression) !== null && same(jsonValidColumn(k.expression) as string, c.name));
        const en = rawChecks.find((k) => {
          if (typeChecks.has(k) || !k.name.toLowerCase().endsWith(`_${c.name.toLowerCase()}_enum`)) return false;
          const e = enumValues(k.expression);
          return e !== null && same(e.column, c.name);
        });
        if (json) {
          typeChecks.add(json);
          type = { kind: "json" };
        } else if (en) {
          typeChecks.add(en);
          type = { kind: "enum", name: c.name, values: enumValues(en.expression)!.values };
        }
      }
      const generated = c.hidden === 2 || c.hidden === 3;
      // names are case-insensitive: SQLite's own three in one spelling, the application's as written
      const written = declaredCollation(colSql);
      const collation = written !== null && /^(binary|nocase|rtrim)$/i.test(written) ? written.toUpperCase() : written;
      const sqlite = {
        ...(autoincrement !== null && same(autoincrement, c.name) ? { autoincrement: true } : {}),
        ...(collation === null || collation === "BINARY" ? {} : { collation }),
      };
      columns.push({
        name: c.name,
        type,
        nullable: c.notnull === 0 && !neverNull(c),
        default: generated ? null : c.dflt_value,
        identity: null,
        generated: generated && generatedText ? generatedExpression(generatedText) : null,
        ...(c.hidden === 2 ? { generatedVirtual: true } : {}),
        comment: null,
        formatted: c.type,
        ...(Object.keys(sqlite).length === 0 ? {} : { sqlite }),
      });
    }

    const pkColumns = xcolumns.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk).map((c) => c.name);
    const pkName = pkColumns.length ? constraintName(parsed, "primaryKey", pkColumns) : "";
    const primaryKey = pkColumns.length && keep("primaryKey", pkName) ? { name: pkName, columns: pkColumns } : null;

    const fkRows = await pragma<FkRow>("foreign_key_list", t.name);
    const foreignKeys: DbForeignKey[] = [];
    for (const id of [...new Set(fkRows.map((r) => r.id))].sort((a, b) => a - b)) {
      const rows = fkRows.filter((r) => r.id === id).sort((a, b) => a.seq - b.seq);
      const first = rows[0]!;
      const cols = rows.map((r) => r.from);
      const name = constraintName(parsed, "foreignKey", cols, first.table);
      if (!keep("foreignKey", name)) continue;
      const fkText = [...parsed.constraints.filter((c) => c.kind === "foreignKey" && sameList(c.columns, cols)).map((c) => c.text),
        ...(cols.length === 1 ? (parsed.columns.find((x) => same(x.name, cols[0]!))?.constraints.filter((k) => k.kind === "references").map((k) => k.text) ?? []) : [])][0] ?? "";
      const deferrable = /(?<!NOT\s+)\bDEFERRABLE\b/i.test(fkText);
      foreignKeys.push({
        name,
        columns: cols,
        refSchema: "main",
        refTable: first.table,
        // `REFERENCES p` without columns names the referenced table's primary key
        refColumns: rows.map((r) => r.to ?? ""),
        onDelete: action(first.on_delete),
        onUpdate: action(first.on_update),
        match: "simple",
        deferrable,
        initiallyDeferred: deferrable && /\bINITIALLY\s+DEFERRED\b/i.test(fkText),
        validated: true,
      });
    }
    // `REFERENCES p` with no columns: the referenced table's primary key.
    for (let i = 0; i < foreignKeys.length; i++) {
      const fk = foreignKeys[i]!;
      if (fk.refColumns.every((c) => c !== "")) continue;
      const refPk = (await pragma<XColumn>("table_xinfo", fk.refTable)).filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk).map((c) => c.name);
      foreignKeys[i] = { ...fk, refColumns: refPk.length === fk.columns.length ? refPk : fk.refColumns };
    }

    const uniques: DbUnique[] = [];
    const indexes: DbIndex[] = [];
    for (const ix of await pragma<IndexRow>("index_list", t.name)) {
      if (ix.origin === "pk") continue;
      const keys = (await pragma<IndexXRow>("index_xinfo", ix.name)).filter((k) => k.key === 1).sort((a, b) => a.seqno - b.seqno);
      if (ix.origin === "u") {
        const cols = keys.map((k) => k.name ?? "");
        const name = constraintName(parsed, "unique", cols);
        if (keep("uniqueConstraint", name)) uniques.push({ name, columns: cols, nullsNotDistinct: false, deferrable: false, initiallyDeferred: false });
        continue;
      }
      if (!keep("index", ix.name)) continue;
      const stored = indexSql.get(ix.name) ?? null;
      const texts = indexKeyTexts(stored);
      const elements: DbIndexElement[] = keys.map((k, i) => {
        let expression = k.name ?? (texts[i] ?? "").replace(/\s+(ASC|DESC)\s*$/i, "");
        expression = expression.replace(/\s+COLLATE\s+\S+\s*$/i, "");
        const ownCollation = (k.cid >= 0 ? declaredCollation(parsed.columns.find((c) => same(c.name, k.name ?? ""))) : null) ?? "BINARY";
        return {
          column: k.cid >= 0 ? k.name : null,
          expression,
          order: k.desc === 1 ? "desc" : "asc",
          // No NULLS clause (SQLite's CREATE INDEX has none), in the form the shared code reads as "none": a dropped
          // index is created again from this (reverse of dropIndex), and `nulls: "first"` there would be refused.
          // (SQLite itself puts NULLs first ascending; MySQL's introspection reports the same way.)
          nulls: k.desc === 1 ? "first" : "last",
          opclass: null,
          collation: k.coll !== null && !same(k.coll, ownCollation) ? k.coll : null,
          ...(k.cid >= 0 ? { ownCollation } : {}),
        };
      });
      indexes.push({
        name: ix.name,
        unique: ix.unique === 1,
        method: "btree",
        elements,
        include: [],
        where: ix.partial === 1 ? whereOf(stored) : null,
        nullsNotDistinct: false,
        valid: true,
        definition: stored ?? "",
      });
    }

    const checks: DbCheck[] = rawChecks
      .filter((c) => !typeChecks.has(c) && keep("check", c.name))
      .map((c) => ({ name: c.name, expression: c.expression, validated: true }));

    tables.push({
      schema: "main",
      name: t.name,
      columns,
      primaryKey,
      foreignKeys,
      uniques,
      checks,
      indexes,
      exclusions: [],
      comment: null,
      partitioned: false,
      ...nonEmpty("triggers", triggersOf(t.name)),
      ...nonEmpty("views", viewsOf(t.name)),
      ...(/\bSTRICT\b/i.test(parsed.options) ? { acceptedTypes: STRICT_TYPES } : {}),
      // table options createTable doesn't write: a dropped table's downgrade makes it without them
      ...nonEmpty("unmade", [...(withoutRowid ? ["table option WITHOUT ROWID"] : []), ...(/\bSTRICT\b/i.test(parsed.options) ? ["table option STRICT"] : [])]),
    });
  }
  return {
    defaultSchema: "main",
    schemas: ["main"],
    existingSchemas: ["main"],
    serverVersion: (maj ?? 0) * 10000 + (min ?? 0) * 100 + (pat ?? 0),
    tables,
    enums: [],
    // a trigger's SQL may name other tables, which SQLite doesn't track: dropping one leaves the trigger failing
    routines: master
      .filter((r) => r.type === "trigger" && r.sql !== null)
      .map((r) => ({
        description: `trigger ${r.name} on ${r.tbl_name}`,
        tables: tablesNamedIn(r.sql as string, ['""', "``", "[]"]),
        on: { schema: "main", name: r.tbl_name },
      })),
    queries,
  };
}

export const sqliteIntrospector: SchemaIntrospector = { introspect };
