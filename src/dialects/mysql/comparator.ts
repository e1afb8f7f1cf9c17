/**
 * MySQL/MariaDB's comparator for autogenerate: types compared by their
 * canonical text (type-text.ts), defaults and expressions by a parsed normal
 * form (default-text.ts, expression.ts), the names the server keeps
 * (names.ts), and indexes by their parts (prefix lengths, order, FULLTEXT
 * and SPATIAL). Enums are inline column types. MySQL has no server-side
 * check here: everything is settled from the text.
 */
import { rebuildForeignKeysForTypeChanges } from "./foreign-key-column-type.js";
import type { ColumnOptionsDiff, SchemaComparator, Verdict } from "../../autogenerate/schema-comparator.js";
import type { DbColumn, DbIndex, DbIndexElement, DbTable } from "../../autogenerate/schema-model.js";
import type { ColumnDefinition, GeneratedColumn } from "../../schema/column.js";
import { isDrizzleBuiltIndex, isDrizzleBuiltType } from "../../autogenerate/models/drizzle-type-mark.js";
import { charsetOf, sameCharset, sameCollation } from "./collation.js";
import type { ColumnType } from "../../schema/column-type.js";
import type { IndexDefinition, IndexElement } from "../../schema/indexes.js";
import { isSqlExpression, sql, sqlTextOf } from "../../schema/sql-expression.js";
import { compareDefault, splitOnUpdate } from "./default-text.js";
import { identifiersIn, normaliseExpression, sameExpression } from "./expression.js";
import { keepAutoIncrementKeys } from "./auto-increment-key.js";
import { arrangeKeyDrops } from "./key-drop-order.js";
import { systemVersionedWarnings } from "./system-versioned.js";
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

/** FULLTEXT, SPATIAL, or the B-tree (a method named in `method` counts too). */
function indexKind(ix: { readonly method?: string; readonly mysql?: { readonly indexType?: string } }): string {
  return ix.mysql?.indexType ?? method(ix.method);
}

function withPrefix(k: Key, prefixes: Readonly<Record<string, number>> | undefined): Key {
  if (k.column === null || k.prefix !== null || !prefixes) return k;
  const p = Object.entries(prefixes).find(([c]) => c.toLowerCase() === k.column)?.[1];
  return p === undefined ? k : { ...k, prefix: p };
}

/**
 * The prefix MariaDB picks itself for a key on a whole column longer than the longest key InnoDB allows (3072
 * bytes): a TEXT/BLOB column, or a long VARCHAR, indexed without a prefix (drizzle's `index().on(textColumn)`, as
 * drizzle-kit writes it) is kept as `col(768)` in utf8mb4 (3072 / 4), `col(1024)` in utf8mb3, `col(1536)` in a
 * 2-byte character set, `col(3072)` in a 1-byte one or binary. A model key without a prefix matches those.
 */
const SERVER_CHOSEN_PREFIXES: ReadonlySet<number> = new Set([768, 1024, 1536, 3072]);

function samePrefix(model: number | null, db: number | null): boolean {
  return model === db || (model === null && db !== null && SERVER_CHOSEN_PREFIXES.has(db));
}

/**
 * A model index against the database's: uniqueness, kind, keys (column and prefix, or expression) and order. An
 * index of drizzle's `index()` (drizzle-type-mark.ts), which can't say FULLTEXT, SPATIAL or a key prefix, matches
 * the database's of any kind and prefix on the same columns: drizzle-kit pull writes a FULLTEXT key or `title(10)` as
 * a plain `index().on(...)`, and dropping it for a B-tree (losing MATCH ... AGAINST) is no change the schema asked for.
 */
function compareIndex(model: IndexDefinition, db: DbIndex): Verdict {
  if ((model.unique ?? false) !== db.unique) return "different";
  const kind = indexKind(db);
  const loose = isDrizzleBuiltIndex(model) && indexKind(model) === "btree";
  if (indexKind(model) !== kind && !loose) return "different";
  if (model.columns.length !== db.elements.length) return "different";
  let unsure = false;
  for (let i = 0; i < model.columns.length; i++) {
    const m = withPrefix(modelKey(model.columns[i]!), model.mysql?.prefixLengths);
    const d = withPrefix(dbKey(db.elements[i]!), db.mysql?.prefixLengths);
    // FULLTEXT and SPATIAL keys have no order.
    if (kind === "btree" && m.order !== d.order) return "different";
    if (m.column !== null || d.column !== null) {
      if (m.column !== d.column || !(samePrefix(m.prefix, d.prefix) || (loose && m.prefix === null))) return "different";
      continue;
    }
    if (m.expression !== d.expression) {
      if (normaliseExpression(m.expression ?? "") === null || normaliseExpression(d.expression ?? "") === null) unsure = true;
      else return "different";
    }
  }
  return unsure ? "unsure" : "same";
}

/**
 * A generated column's expression, which every MODIFY of the column restates (else the server makes it a plain
 * column, or refuses): the model's when it differs from the database's (the upgrade changes it in place; see
 * `alterGeneratedExpression`), else the database's on both sides. Nothing for a column generated on one side only
 * (that is a drop and an add).
 */
function generationOptions(model: ColumnDefinition, db: DbColumn): { keep: { generated?: GeneratedColumn }; existing: { generated?: GeneratedColumn } } {
  if (model.generated === undefined || db.generated === null) return { keep: {}, existing: {} };
  const live: GeneratedColumn = { expression: sql(db.generated), stored: db.generatedVirtual !== true };
  const wanted: GeneratedColumn = { expression: sql(sqlTextOf(model.generated.expression)), stored: model.generated.stored !== false };
  const same = wanted.stored === live.stored && sameExpression(sqlTextOf(model.generated.expression), db.generated);
  return { keep: { generated: same ? live : wanted }, existing: { generated: live } };
}

/**
 * ON UPDATE CURRENT_TIMESTAMP (as the option, or written after the default
 * as Alembic users do), and the character set and collation the model asks
 * for against the column's (or, when the column has none of its own, the
 * table's). AUTO_INCREMENT rides along on every MODIFY.
 */
function columnOptions(model: ColumnDefinition, db: DbColumn, table: DbTable): ColumnOptionsDiff {
  const d = model.default;
  const mOnUpdate = model.mysql?.onUpdateCurrentTimestamp === true || (d !== undefined && d !== null && isSqlExpression(d) && splitOnUpdate(d.sql).onUpdate !== null);
  const dOnUpdate = db.mysql?.onUpdateCurrentTimestamp === true;
  const why: string[] = [];
  if (mOnUpdate !== dOnUpdate) why.push(`ON UPDATE CURRENT_TIMESTAMP ${mOnUpdate ? "added" : "removed"}`);
  const dbCollation = db.mysql?.collation ?? null;
  const effective = dbCollation ?? table.mysql?.collation ?? null;
  if (model.mysql?.collation !== undefined) {
    if (effective === null || !sameCollation(model.mysql.collation, effective)) why.push(`collation ${effective ?? "default"} -> ${model.mysql.collation}`);
  } else if (model.mysql?.charset !== undefined) {
    if (effective === null || !sameCharset(model.mysql.charset, charsetOf(effective)))
      why.push(`character set ${effective === null ? "default" : charsetOf(effective)} -> ${model.mysql.charset}`);
  } else if (dbCollation !== null && !isDrizzleBuiltType(model.type)) why.push(`collation ${dbCollation} -> the table's`);
  // the table's collation, said: MODIFY keeps a column's own collation unless told (a revision that left it unsaid
  // changed nothing, and the next check found the same difference); a drizzle column can't declare one, so its
  // column's own collation is not a difference and stays
  const toTable = why.some((w) => w.endsWith("-> the table's")) && table.mysql?.collation !== undefined ? { collation: table.mysql.collation } : {};
  const autoIncrement = db.identity !== null ? { autoIncrement: true } : {};
  const generation = generationOptions(model, db);
  // ON UPDATE is said either way when one side has it: an online MODIFY keeps the live column's ON UPDATE unless
  // told `false`, so removing it (the upgrade of a model without it, or the downgrade of one that added it) must
  // say so.
  const keep = {
    ...(model.mysql?.charset === undefined ? {} : { charset: model.mysql.charset }),
    ...(model.mysql?.collation === undefined ? toTable : { collation: model.mysql.collation }),
    ...(mOnUpdate ? { onUpdateCurrentTimestamp: true } : dOnUpdate ? { onUpdateCurrentTimestamp: false } : {}),
    ...autoIncrement,
    ...generation.keep,
  };
  const existing = {
    ...(dbCollation === null ? {} : { collation: dbCollation }),
    ...(dOnUpdate ? { onUpdateCurrentTimestamp: true } : mOnUpdate ? { onUpdateCurrentTimestamp: false } : {}),
    ...autoIncrement,
    ...generation.existing,
  };
  // MODIFY COLUMN restates the whole column: the default and comment it keeps go with every change.
  const restated = { existingDefault: db.default === null ? null : sql(db.default), existingComment: db.comment };
  const same = JSON.stringify(keep) === JSON.stringify(existing);
  return {
    differ: why.length > 0,
    fields: {
      ...restated,
      ...(Object.keys(keep).length === 0 ? {} : { mysql: keep }),
      ...(same ? {} : { existingMysql: existing }),
    },
    ...(why.length > 0 ? { description: why.join(", ") } : {}),
  };
}

export const mysqlComparator: SchemaComparator = {
  canonicalType,
  typesEqual,
  exactTypes: true,
  inlineEnums: true,
  commentsInColumn: true,
  columnNamesFoldCase: true,
  identityChange:
    'op.execute("ALTER TABLE ... MODIFY COLUMN ... AUTO_INCREMENT"), or without AUTO_INCREMENT to drop it; a model column matches an AUTO_INCREMENT one with identity: "byDefault"',
  // MODIFY COLUMN ... GENERATED ALWAYS AS (...) changes the expression in place (STORED <-> VIRTUAL: neither server)
  alterGeneratedExpression: true,
  sameTypeText: (a, b) => canonicalTypeText(a) === canonicalTypeText(b),
  // MySQL converts values itself in ALTER TABLE ... MODIFY: no USING clause.
  needsConversion: () => false,
  conversionExpression: (column) => column,
  compareDefault,
  normaliseExpression: (text, options) => normaliseExpression(text, options),
  sameExpression: (a, b, options) => sameExpression(a, b, options),
  expressionVerdict: (a, b, options) => {
    const na = normaliseExpression(a, options);
    const nb = normaliseExpression(b, options);
    if (na === null || nb === null) return sameExpression(a, b, options) ? "same" : "unsure";
    return na === nb ? "same" : "different";
  },
  identifiersIn,
  primaryKeyName,
  primaryKeyNamesIgnored: true,
  uniqueName,
  foreignKeyName,
  checkName,
  resolveServerNames,
  truncationCollisions: nameCollisions,
  compareIndex,
  columnOptions,
  // keys an AUTO_INCREMENT column needs are kept first (auto-increment-key.ts), then drops a foreign key needs placed,
  // then the foreign keys a column's type change needs out of the way dropped and added again around it (or a
  // warning: foreign-key-column-type.ts); changes to a system-versioned table get their warning (system-versioned.ts)
  arrangeOperations: (operations, db) => {
    const auto = keepAutoIncrementKeys(operations, db);
    const keys = arrangeKeyDrops(auto.operations, db);
    const typed = rebuildForeignKeysForTypeChanges(keys.operations, db);
    return {
      operations: typed.operations,
      warnings: [...auto.warnings, ...keys.warnings, ...typed.warnings, ...systemVersionedWarnings(typed.operations, db)],
    };
  },
  // No server-side check, so no server text to compare.
  sameIndexDefinition: () => false,
};
