/**
 * MySQL/MariaDB's comparator for autogenerate: types compared by their
 * canonical text (type-text.ts), defaults and expressions by a parsed normal
 * form (default-text.ts, expression.ts), the names the server keeps
 * (names.ts), and indexes by their parts (prefix lengths, order, FULLTEXT
 * and SPATIAL). Enums are inline column types. MySQL has no server-side
 * check here: everything is settled from the text.
 */
import type { SchemaComparator, Verdict } from "../../autogenerate/schema-comparator.js";
import type { DbIndex, DbIndexElement } from "../../autogenerate/schema-model.js";
import type { ColumnType } from "../../schema/column-type.js";
import type { IndexDefinition, IndexElement } from "../../schema/indexes.js";
import { isSqlExpression } from "../../schema/sql-expression.js";
import { compareDefault } from "./default-text.js";
import { identifiersIn, normaliseExpression, sameExpression } from "./expression.js";
import { checkName, foreignKeyName, nameCollisions, primaryKeyName, resolveServerNames, uniqueName } from "./names.js";
import { canonicalTypeText, typeText } from "./type-text.js";

function canonicalType(type: ColumnType): ColumnType {
  return { kind: "raw", sql: typeText(type), dialect: "mysql" };
}

function typesEqual(a: ColumnType, b: ColumnType): boolean {
  return typeText(a) === typeText(b);
}

/** An index key as comparable parts: a column (with a prefix length) or an expression's normal form. */
interface Key {
  readonly column: string | null;
  readonly prefix: number | null;
  readonly expression: string | null;
  readonly order: "asc" | "desc";
}

const PREFIX = /^\s*`?([^`()]+?)`?\s*\(\s*(\d+)\s*\)\s*$/;

function keyOfText(text: string, order: "asc" | "desc"): Key {
  const p = PREFIX.exec(text);
  if (p) return { column: p[1]!.toLowerCase(), prefix: Number(p[2]), expression: null, order };
  const n = normaliseExpression(text);
  if (n !== null && /^[a-z_$][a-z0-9_$]*$/.test(n)) return { column: n, prefix: null, expression: null, order };
  return { column: null, prefix: null, expression: n ?? text.trim(), order };
}

function modelKey(e: IndexElement): Key {
  if (typeof e === "string") return { column: e.toLowerCase(), prefix: null, expression: null, order: "asc" };
  if (isSqlExpression(e)) {
    const m = /^([\s\S]*?)\s+(asc|desc)\s*$/i.exec(e.sql);
    return keyOfText(m ? m[1]! : e.sql, m && m[2]!.toLowerCase() === "desc" ? "desc" : "asc");
  }
  if ("column" in e) return { column: e.column.toLowerCase(), prefix: null, expression: null, order: e.order ?? "asc" };
  const text = typeof e.expression === "string" ? e.expression : e.expression.sql;
  return keyOfText(text, e.order ?? "asc");
}

function dbKey(e: DbIndexElement): Key {
  if (e.column !== null) return { column: e.column.toLowerCase(), prefix: null, expression: null, order: e.order };
  return keyOfText(e.expression, e.order);
}

/** HASH on InnoDB is a B-tree (the catalog says BTREE). */
function method(m: string | undefined): string {
  const x = (m ?? "btree").toLowerCase();
  return x === "hash" ? "btree" : x;
}

function compareIndex(model: IndexDefinition, db: DbIndex): Verdict {
  if ((model.unique ?? false) !== db.unique) return "different";
  if (method(model.method) !== method(db.method)) return "different";
  if (model.columns.length !== db.elements.length) return "different";
  let unsure = false;
  for (let i = 0; i < model.columns.length; i++) {
    const m = modelKey(model.columns[i]!);
    const d = dbKey(db.elements[i]!);
    // FULLTEXT and SPATIAL keys have no order.
    if (method(db.method) === "btree" && m.order !== d.order) return "different";
    if (m.column !== null || d.column !== null) {
      if (m.column !== d.column || m.prefix !== d.prefix) return "different";
      continue;
    }
    if (m.expression !== d.expression) {
      if (normaliseExpression(m.expression ?? "") === null || normaliseExpression(d.expression ?? "") === null) unsure = true;
      else return "different";
    }
  }
  return unsure ? "unsure" : "same";
}

export const mysqlComparator: SchemaComparator = {
  canonicalType,
  typesEqual,
  exactTypes: true,
  inlineEnums: true,
  sameTypeText: (a, b) => canonicalTypeText(a) === canonicalTypeText(b),
  // MySQL converts values itself in ALTER TABLE ... MODIFY: no USING clause.
  needsConversion: () => false,
  conversionExpression: (column) => column,
  compareDefault,
  normaliseExpression: (text, options) => normaliseExpression(text, options),
  sameExpression: (a, b, options) => sameExpression(a, b, options),
  identifiersIn,
  primaryKeyName,
  uniqueName,
  foreignKeyName,
  checkName,
  resolveServerNames,
  truncationCollisions: nameCollisions,
  compareIndex,
  // No server-side check, so no server text to compare.
  sameIndexDefinition: () => false,
};
