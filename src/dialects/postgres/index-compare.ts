/**
 * A model index against one read from PostgreSQL: structurally (method,
 * keys, order, operator classes, collations, INCLUDE, predicate), with
 * expressions by normal form ("unsure" when only those differ by text),
 * and the server's text for a model index against pg_get_indexdef's.
 */
import type { IndexCanon } from "../../autogenerate/canonical-items.js";
import type { Verdict } from "../../autogenerate/schema-comparator.js";
import type { DbIndex } from "../../autogenerate/schema-model.js";
import { type IndexDefinition, type IndexElement, type IndexKeyOptions, isIndexExpression } from "../../schema/indexes.js";
import { isSqlExpression, sqlTextOf } from "../../schema/sql-expression.js";
import { normaliseExpression, sameExpression } from "./grammar/expression.js";
import { splitIndexElement } from "./index-element.js";

/** One model index key in the shape the database reports: a column or an expression, with every option explicit. */
export interface MIndexKey {
  readonly column: string | null;
  /** The expression's SQL (null for a column). */
  readonly expression: string | null;
  readonly collation: string | null;
  readonly opclass: string | null;
  readonly order: "asc" | "desc";
  readonly nulls: "first" | "last";
}

/** A model index element as a key: `sql("data jsonb_path_ops")` is the column `data` with an operator class. */
export function modelIndexKey(element: IndexElement): MIndexKey {
  let column: string | null = null;
  let expression: string | null = null;
  let options: IndexKeyOptions = {};
  if (typeof element === "string") column = element;
  else if (isSqlExpression(element) || isIndexExpression(element)) {
    const text = isSqlExpression(element) ? element.sql : sqlTextOf(element.expression);
    const split = splitIndexElement(text);
    if (split.kind === "column") column = split.column;
    else expression = split.key;
    options = {
      ...(split.collation === null ? {} : { collation: split.collation }),
      ...(split.opclass === null ? {} : { opclass: split.opclass }),
      ...(split.order === null ? {} : { order: split.order }),
      ...(split.nulls === null ? {} : { nulls: split.nulls }),
    };
    if (isIndexExpression(element)) options = { ...options, ...definedOptions(element) };
  } else {
    column = element.column;
    options = element;
  }
  const order = options.order ?? "asc";
  return {
    column,
    expression,
    collation: options.collation ?? null,
    opclass: options.opclass ?? null,
    order,
    nulls: options.nulls ?? (order === "desc" ? "first" : "last"),
  };
}

function definedOptions(o: IndexKeyOptions): IndexKeyOptions {
  return {
    ...(o.collation === undefined ? {} : { collation: o.collation }),
    ...(o.opclass === undefined ? {} : { opclass: o.opclass }),
    ...(o.order === undefined ? {} : { order: o.order }),
    ...(o.nulls === undefined ? {} : { nulls: o.nulls }),
  };
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** `USING btree (...) INCLUDE (...) WHERE (...)`: the part of pg_get_indexdef after the table name. */
export function indexTail(definition: string): string {
  const i = definition.indexOf(" USING ");
  return i < 0 ? definition : definition.slice(i + 1);
}

/**
 * `WITH (fillfactor='80')`: an index's storage parameters, which autogenerate doesn't manage (a warning says so);
 * the live index's are no difference from the scratch copy's, which has none.
 */
function withoutStorageParameters(tail: string): string {
  return tail.replace(/ WITH \((?:\w+=(?:'[^']*'|[^,)\s]*)(?:, )?)+\)(?= TABLESPACE | WHERE |$)/, "");
}

/** Does the server's definition of the model's index (its tail) equal the live index's (storage parameters aside)? */
export function sameIndexDefinition(canon: IndexCanon, db: DbIndex): boolean {
  return withoutStorageParameters(canon.tail) === withoutStorageParameters(indexTail(db.definition));
}

/** Index definitions compared structurally; expressions by normal form ("unsure" when only those differ). */
export function compareIndex(m: IndexDefinition, d: DbIndex): Verdict {
  if ((m.unique ?? false) !== d.unique) return "different";
  if ((m.method ?? "btree").toLowerCase() !== d.method) return "different";
  if (!sameList(m.include ?? [], d.include)) return "different";
  if ((m.nullsNotDistinct ?? false) !== d.nullsNotDistinct) return "different";
  if (m.columns.length !== d.elements.length) return "different";
  let unsure = false;
  const mWhere = m.where === undefined ? null : typeof m.where === "string" ? m.where : m.where.sql;
  if ((mWhere === null) !== (d.where === null)) return "different";
  if (mWhere !== null && d.where !== null && !sameExpression(mWhere, d.where, {})) unsure = true;
  for (let i = 0; i < m.columns.length; i++) {
    const mk = modelIndexKey(m.columns[i]!);
    const de = d.elements[i]!;
    if (mk.order !== de.order || mk.nulls !== de.nulls) return "different";
    // A name the model gives but the server does not print may be the default one (for the type, for the column).
    for (const [mv, dv] of [
      [mk.opclass, de.opclass],
      [mk.collation, de.collation],
    ] as const) {
      if (mv !== null && dv !== null && lastNamePart(mv) !== lastNamePart(dv)) return "different";
      if (mv === null && dv !== null) return "different";
      if (mv !== null && dv === null) unsure = true;
    }
    if (mk.column !== null) {
      // The database has an expression; a model column name may still be it ("lower(x)" is not a column).
      if (de.column === null || mk.column !== de.column) return "different";
      continue;
    }
    const expr = mk.expression ?? "";
    if (de.column !== null) {
      if (normaliseExpression(expr) === de.column.toLowerCase() || normaliseExpression(expr) === `"${de.column}"`) continue;
      unsure = true;
      continue;
    }
    if (!sameExpression(expr, de.expression)) unsure = true;
  }
  return unsure ? "unsure" : "same";
}

/** `pg_catalog.C` and `C`, `public.gin_trgm_ops` and `gin_trgm_ops`: the catalog reports names unqualified. */
function lastNamePart(name: string): string {
  const dot = name.lastIndexOf(".");
  return dot < 0 ? name : name.slice(dot + 1);
}

