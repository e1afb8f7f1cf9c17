/**
 * SQLite's comparator for autogenerate. SQLite keeps DDL as written, so
 * comparing is comparing texts in a normal form:
 * - types: the declared type the renderer writes (render-type.ts), spaces
 *   and case aside; enums and json compare by kind (and an enum by its
 *   values), their CHECKs being part of the type (introspect.ts);
 * - defaults and expressions: tokens with quotes around names dropped,
 *   names and keywords lower-cased, redundant outer parentheses removed;
 * - names: kept as written (no truncation); an identity column is the
 *   table's INTEGER PRIMARY KEY (the rowid alias);
 * - indexes: uniqueness, keys, order, collation and partial predicate.
 * No comments (SQLite stores none), no server-side check.
 */
import type { ResolvedName, ResolvedTable, SchemaComparator, Verdict } from "../../autogenerate/schema-comparator.js";
import type { DbIndex } from "../../autogenerate/schema-model.js";
import type { ColumnDefinition, ColumnReference } from "../../schema/column.js";
import type { ColumnType } from "../../schema/column-type.js";
import type { ForeignKeyDefinition } from "../../schema/constraints.js";
import { type IndexDefinition, type IndexElement, isIndexExpression } from "../../schema/indexes.js";
import { isSqlExpression, sqlTextOf } from "../../schema/sql-expression.js";
import type { TableDefinition } from "../../schema/table.js";
import type { ColumnDefault } from "../../schema/value.js";
import { sameCollation } from "./column-collation.js";
import { identifierName, significant, tokenizeDdl } from "./ddl-tokens.js";
import { isDrizzleBuiltType, keepDrizzleMark } from "../../autogenerate/models/drizzle-type-mark.js";
import { pulledDrizzleType } from "./drizzle-declared-type.js";
import { quoteString } from "./literal.js";
import { renderDefault } from "./render-definitions.js";
import { affinityOf } from "./affinity.js";
import { renderColumnType } from "./render-type.js";
import { strictTypeOf } from "./strict-types.js";

/** A declared type's text in one form: upper case, single spaces, none around parentheses and commas. */
export function declaredTypeText(text: string): string {
  return text
    .trim()
    .replace(/\s+/g, " ")
    .replace(/\s*([(),])\s*/g, "$1")
    .toUpperCase();
}

/**
 * A declared type for comparing: its normal form, with the names SQL uses
 * for one type made one (DECIMAL is NUMERIC, as Alembic's type synonyms have
 * it; both give NUMERIC affinity). Names that differ in affinity or in the
 * rowid (INT and INTEGER: only `INTEGER PRIMARY KEY` is the rowid) stay apart.
 */
function typeIdentity(text: string): string {
  return declaredTypeText(text).replace(/^DECIMAL\b/, "NUMERIC");
}

function typeKey(type: ColumnType): string {
  if (type.kind === "enum") return `ENUM(${(type.values ?? []).map((v) => quoteString(v)).join(",")})`;
  if (type.kind === "json" || type.kind === "jsonb") return "JSON";
  if (type.kind === "serial") return "INTEGER";
  return typeIdentity(renderColumnType(type));
}

function canonicalType(type: ColumnType): ColumnType {
  if (type.kind === "enum" || type.kind === "json") return type;
  return keepDrizzleMark(type, { kind: "raw", sql: declaredTypeText(renderColumnType(type)) });
}

/**
 * Equal types: the same key; or a drizzle column's own type (drizzle-declared-type.ts) and a declared type
 * `drizzle-kit pull` writes as that type.
 */
function typesEqual(a: ColumnType, b: ColumnType): boolean {
  if (typeKey(a) === typeKey(b)) return true;
  const drizzleA = isDrizzleBuiltType(a);
  if (drizzleA === isDrizzleBuiltType(b)) return false;
  const [model, other] = drizzleA ? [a, b] : [b, a];
  if (other.kind === "enum" || other.kind === "json" || other.kind === "jsonb") return false;
  return pulledDrizzleType(renderColumnType(other)) === declaredTypeText(renderColumnType(model)).toLowerCase();
}

const KEYWORDS = new Set([
  "and", "or", "not", "in", "is", "null", "like", "glob", "between", "case", "when", "then", "else", "end", "exists", "collate",
  "true", "false", "current_timestamp", "current_date", "current_time", "cast", "as", "escape", "regexp", "match", "distinct",
]);

/** Normal form of an expression (see the file comment); null when empty. */
export function normaliseExpression(
  text: string,
  options?: { readonly qualifiers?: readonly string[]; readonly anyQualifier?: boolean },
): string | null {
  const qualifiers = new Set((options?.qualifiers ?? []).map((x) => x.toLowerCase()));
  const dropQualifier = (name: string) => options?.anyQualifier === true || qualifiers.has(name.toLowerCase());
  const tokens = significant(tokenizeDdl(text));
  const parts: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if ((t.kind === "word" || t.kind === "quoted") && tokens[i + 1]?.text === "." && dropQualifier(identifierName(t))) {
      i++;
      continue;
    }
    // SQLite's TRUE and FALSE are 1 and 0
    if (t.kind === "word" && /^(true|false)$/i.test(t.text)) parts.push(t.text.toLowerCase() === "true" ? "1" : "0");
    else if (t.kind === "word" || t.kind === "quoted") parts.push(identifierName(t).toLowerCase());
    else if (t.kind === "number") parts.push(String(Number(t.text)) === "NaN" ? t.text.toLowerCase() : String(Number(t.text)));
    else if (t.kind === "blob") parts.push(t.text.toLowerCase());
    else parts.push(t.text === "==" ? "=" : t.text === "<>" ? "!=" : t.text);
  }
  if (parts.length === 0) return null;
  // outer parentheses around the whole expression
  for (;;) {
    if (parts[0] !== "(" || parts[parts.length - 1] !== ")") break;
    let depth = 0;
    let wraps = true;
    for (let i = 0; i < parts.length; i++) {
      if (parts[i] === "(") depth++;
      else if (parts[i] === ")") depth--;
      if (depth === 0 && i < parts.length - 1) {
        wraps = false;
        break;
      }
    }
    if (!wraps) break;
    parts.shift();
    parts.pop();
  }
  return parts.join(" ");
}

function sameExpression(a: string, b: string, options?: { readonly qualifiers?: readonly string[] }): boolean {
  return normaliseExpression(a, options) === normaliseExpression(b, options);
}

export function identifiersIn(text: string): string[] {
  const tokens = significant(tokenizeDdl(text));
  const out: string[] = [];
  tokens.forEach((t, i) => {
    if (t.kind === "quoted") out.push(identifierName(t));
    else if (t.kind === "word" && !KEYWORDS.has(t.text.toLowerCase()) && tokens[i + 1]?.text !== "(") out.push(t.text);
  });
  return [...new Set(out)];
}

/** A default's text as the number it holds: `0`, `-1.5`, or the same quoted (`'0'`). */
function numberIn(text: string): number | null {
  const m = /^\(*\s*(?:'([+-]?\d+(?:\.\d+)?)'|([+-]?\d+(?:\.\d+)?))\s*\)*$/.exec(text.trim());
  const digits = m?.[1] ?? m?.[2];
  return digits === undefined ? null : Number(digits);
}

/**
 * The default as the renderer writes it, against SQLite's stored text. On a column of numeric affinity (INTEGER,
 * REAL, NUMERIC: `BOOLEAN`, `INT`…) a quoted number is that number, as SQLite stores it (Knex writes
 * `boolean().defaultTo(false)` as `DEFAULT '0'`, and the row holds 0).
 */
function compareDefault(model: ColumnDefault | undefined, dbText: string | null, type: ColumnType): Verdict {
  const dbNone = dbText === null || normaliseExpression(dbText) === "null";
  // `DEFAULT NULL`, `DEFAULT (NULL)` (drizzle-kit pull's sql`(NULL)`): no default, as SQLite reads it
  const modelNone = model === undefined || model === null || (isSqlExpression(model) && normaliseExpression(model.sql) === "null");
  if (modelNone) return dbNone ? "same" : "different";
  if (dbNone) return "different";
  let written: string;
  try {
    written = renderDefault(model);
  } catch {
    return "unsure";
  }
  if (normaliseExpression(written) === normaliseExpression(dbText as string)) return "same";
  const numeric = type.kind !== "enum" && type.kind !== "json" && !["TEXT", "BLOB"].includes(affinityOf(renderColumnType(type)));
  const a = numeric ? numberIn(written) : null;
  return a !== null && a === numberIn(dbText as string) ? "same" : "different";
}

/* ---------- names ---------- */

export const primaryKeyName = (table: string) => `${table}_pkey`;
export const uniqueName = (table: string, columns: readonly string[]) => `${table}_${columns.join("_")}_key`;
export const foreignKeyName = (table: string, columns: readonly string[]) => `${table}_${columns.join("_")}_fkey`;
export function checkName(table: string, usedColumns: readonly string[]): string {
  const distinct = [...new Set(usedColumns)];
  return distinct.length === 1 ? `${table}_${distinct[0]}_check` : `${table}_check`;
}

function referenceAsKept(r: ColumnReference): ColumnReference {
  const { match: _m, ...rest } = r as ColumnReference & { match?: unknown };
  return rest as ColumnReference;
}

function foreignKeyAsKept(fk: ForeignKeyDefinition): ForeignKeyDefinition {
  const { match: _m, ...rest } = fk;
  return rest;
}

/** An identity column is the INTEGER PRIMARY KEY (SQLite numbers it itself): no identity to compare. */
function columnAsKept(c: ColumnDefinition): ColumnDefinition {
  let out = c;
  if (c.identity !== undefined) {
    const { identity: _i, ...rest } = out;
    out = { ...rest, type: { kind: "integer" } } as ColumnDefinition;
  }
  if (out.references) out = { ...out, references: referenceAsKept(out.references) };
  return out;
}

function resolveServerNames(def: TableDefinition): ResolvedTable {
  const names: ResolvedName[] = [];
  const note = (kind: ResolvedName["kind"], name: string | undefined) => {
    if (name !== undefined) names.push({ kind, written: name, kept: name });
  };
  note("primary key", def.primaryKey?.name);
  for (const u of def.uniques ?? []) note("unique constraint", u.name);
  for (const ix of def.indexes ?? []) note("index", ix.name);
  for (const fk of def.foreignKeys ?? []) note("foreign key", fk.name);
  for (const c of def.columns) note("foreign key", c.references?.name);
  for (const c of def.checks ?? []) note("check constraint", c.name);
  const { foreignKeys, ...rest } = def;
  return {
    def: { ...rest, columns: def.columns.map(columnAsKept), ...(foreignKeys === undefined ? {} : { foreignKeys: foreignKeys.map(foreignKeyAsKept) }) },
    names,
    legacy: new Map(),
  };
}

/** Index names share one namespace per database in SQLite. */
function truncationCollisions(names: ReadonlyArray<ResolvedName & { readonly schema: string; readonly table: string }>): string[] {
  const seen = new Map<string, ResolvedName & { readonly table: string }>();
  const out: string[] = [];
  for (const n of names) {
    if (n.kind !== "index") continue;
    const key = n.kept.toLowerCase();
    const other = seen.get(key);
    if (other) out.push(`index "${n.written}" of table ${n.table} and index "${other.written}" of table ${other.table} have the same name; SQLite keeps index names in one namespace per database`);
    else seen.set(key, n);
  }
  return out;
}

/* ---------- indexes ---------- */

interface Key {
  readonly text: string;
  readonly order: "asc" | "desc";
  readonly collation: string | null;
}

function modelKey(e: IndexElement): Key {
  if (typeof e === "string") return { text: e.toLowerCase(), order: "asc", collation: null };
  if (isSqlExpression(e)) {
    const m = /^([\s\S]*?)\s+(asc|desc)\s*$/i.exec(e.sql);
    const key = m ? m[1]! : e.sql;
    // drizzle's sql`${t.sku} collate nocase`: a key with a collation, as SQLite reads it back
    const c = /^([\s\S]*?)\s+collate\s+("[^"]+"|`[^`]+`|\[[^\]]+\]|\w+)\s*$/i.exec(key);
    const collation = c ? c[2]!.replace(/^["`[]|["`\]]$/g, "").toLowerCase() : null;
    return { text: normaliseExpression(c ? c[1]! : key) ?? key, order: m && m[2]!.toLowerCase() === "desc" ? "desc" : "asc", collation };
  }
  const text = isIndexExpression(e) ? (normaliseExpression(sqlTextOf(e.expression)) ?? "") : e.column.toLowerCase();
  return { text, order: e.order ?? "asc", collation: e.collation ? e.collation.toLowerCase() : null };
}

function compareIndex(model: IndexDefinition, db: DbIndex): Verdict {
  if ((model.unique ?? false) !== db.unique) return "different";
  if (model.columns.length !== db.elements.length) return "different";
  for (let i = 0; i < model.columns.length; i++) {
    const m = modelKey(model.columns[i]!);
    const d = db.elements[i]!;
    const dText = d.column !== null ? d.column.toLowerCase() : (normaliseExpression(d.expression) ?? d.expression);
    // a collation written out that is the column's own is no collation of the key's own
    const own = d.ownCollation?.toLowerCase();
    const mColl = m.collation === own ? null : m.collation;
    if (m.text !== dText || m.order !== d.order || mColl !== (d.collation ? d.collation.toLowerCase() : null)) return "different";
  }
  // a partial index's WHERE names only its own table's columns: any qualifier (drizzle's "items"."sku") is that table
  const mWhere = model.where === undefined ? null : normaliseExpression(sqlTextOf(model.where), { anyQualifier: true });
  const dWhere = db.where === null ? null : normaliseExpression(db.where, { anyQualifier: true });
  return mWhere === dWhere ? "same" : "different";
}

export const sqliteComparator: SchemaComparator = {
  viewOverDroppedTable:
    'they fail when read, and every later table rename or rebuild fails ("error in view …: no such table") until they are dropped',
  canonicalType,
  typesEqual,
  typeWithin: strictTypeOf,
  exactTypes: true,
  inlineEnums: true,
  commentsInColumn: true,
  columnNamesFoldCase: true,
  tableNamesFoldCase: true,
  nullableKeyColumns: true,
  sameTypeText: (a, b) => typeIdentity(a) === typeIdentity(b),
  // a rebuild copies the values; SQLite converts by the new column's affinity
  needsConversion: () => false,
  conversionExpression: (column) => column,
  compareDefault,
  // a column's own collation: a difference is an alterColumn that carries both (a rebuild), the type restated; a
  // drizzle column can't declare one (sqlite-core has no collate()), so a database column's own is no difference
  columnOptions: (model, db) => {
    if (model.sqlite?.collation === undefined && isDrizzleBuiltType(model.type)) return { differ: false, fields: {} };
    const from = db.sqlite?.collation ?? "BINARY";
    const to = model.sqlite?.collation ?? "BINARY";
    if (sameCollation(from, to)) return { differ: false, fields: {} };
    return { differ: true, fields: { sqlite: { collation: to }, existingSqlite: { collation: from } }, description: `collation ${from} -> ${to}` };
  },
  normaliseExpression,
  sameExpression,
  expressionVerdict: (a, b, options) => (sameExpression(a, b, options) ? "same" : "different"),
  identifiersIn,
  primaryKeyName,
  uniqueName,
  foreignKeyName,
  checkName,
  resolveServerNames,
  truncationCollisions,
  compareIndex,
  sameIndexDefinition: () => false,
  // the downgrade of a dropped AUTOINCREMENT key (addColumn, then createPrimaryKey) is refused when it runs
  // (render-definitions.ts, addedColumnSql): said when the revision is written, so that it is edited then
  arrangeOperations: (operations) => ({
    operations: [...operations],
    warnings: operations.flatMap((op) =>
      op.kind === "dropColumn" && op.original?.sqlite?.autoincrement === true
        ? [
            `${op.table}.${op.column}: the dropped column is the table's AUTOINCREMENT key, which SQLite writes only in the key column's own definition: the downgrade as written (op.addColumn, then op.createPrimaryKey) is refused when it runs; edit it to one op.addColumn with primaryKey: true (and no op.createPrimaryKey), or drop sqlite.autoincrement from it for a plain INTEGER PRIMARY KEY`,
          ]
        : [],
    ),
  }),
};
