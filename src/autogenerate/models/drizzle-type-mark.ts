/**
 * Column types read from drizzle's own column builders (`text()`, `varchar()`, `int()`…, not a `customType`, which
 * declares the type it writes). What such a column cannot say — a declared type SQLite keeps by name, a MySQL
 * column's own collation — drizzle-kit pull leaves out of the schema it writes, and a dialect's comparator does not
 * take that silence for a change. Readers mark the types they build (a WeakSet: the type objects travel through the
 * model untouched, and a comparator's canonical form carries the mark over); comparators ask.
 */
import type { ColumnType } from "../../schema/column-type.js";

/** A mark kept beside objects it must not change: `mark` returns the object, `has` asks. */
function marker<T extends object>(): { mark: <U extends T>(x: U) => U; has: (x: T) => boolean } {
  const marked = new WeakSet<T>();
  return {
    mark: (x) => {
      marked.add(x);
      return x;
    },
    has: (x) => marked.has(x),
  };
}

const types = marker<ColumnType>();

/** Marks a type built from one of drizzle's own column builders; returns it. */
export const drizzleBuiltType = types.mark;
export const isDrizzleBuiltType = types.has;

/** Carries the mark over to a type derived from a marked one (its canonical form); returns `to`. */
export function keepDrizzleMark<T extends ColumnType>(from: ColumnType, to: T): T {
  return types.has(from) ? types.mark(to) : to;
}

/*
 * Indexes of drizzle's own `index()`/`uniqueIndex()`, which can't say FULLTEXT, SPATIAL or a key prefix (MySQL): the
 * mark is on the index's list of keys, which the definition keeps when its name is resolved (the index object is
 * copied then).
 */
const indexKeys = marker<readonly unknown[]>();

/** Marks an index built by drizzle's index builders; returns it. */
export function drizzleBuiltIndex<T extends { readonly columns: readonly unknown[] }>(index: T): T {
  indexKeys.mark(index.columns);
  return index;
}

export function isDrizzleBuiltIndex(index: { readonly columns: readonly unknown[] }): boolean {
  return indexKeys.has(index.columns);
}

/*
 * Foreign keys whose name is drizzle's default (`<table>_<cols>_<ref>_<refcols>_fk`): an inline `.references()` or a
 * `foreignKey({...})` without `name`. Drizzle always gives a name, so the reader keeps it (the key is created under
 * it), and marks the key: the models did not choose that name, so it matches a key of the same definition whatever
 * the database calls it. The mark is on the key's list of columns, which the definition keeps when it is copied.
 */
const defaultNamedKeys = marker<readonly unknown[]>();

/** Marks a foreign key whose name drizzle made up (none given); returns it. */
export function drizzleDefaultNamedForeignKey<T extends { readonly columns: readonly unknown[] }>(fk: T): T {
  defaultNamedKeys.mark(fk.columns);
  return fk;
}

/*
 * Foreign keys of drizzle's SQLite builders, which can't say DEFERRABLE (Django's keys are DEFERRABLE INITIALLY
 * DEFERRED, and drizzle-kit pull writes a plain `.references()`): their deferrability is not compared, as drizzle-kit
 * doesn't compare it either. Marked on the key's list of columns, like the default-named keys.
 */
const deferrabilityUnsaidKeys = marker<readonly unknown[]>();

/** Marks a foreign key whose models can't declare deferrability; returns it. */
export function drizzleForeignKeyWithoutDeferrability<T extends { readonly columns: readonly unknown[] }>(fk: T): T {
  deferrabilityUnsaidKeys.mark(fk.columns);
  return fk;
}

export function isForeignKeyWithoutDeferrability(fk: { readonly columns: readonly unknown[] }): boolean {
  return deferrabilityUnsaidKeys.has(fk.columns);
}

/*
 * CHECK constraints named the way drizzle-kit pull names a SQLite table's unnamed CHECK (`<table>_check_<n>`): the
 * name is pull's, not the database's, so such a check matches an unnamed check of the same condition. Pull (0.31)
 * also writes every table's checks on every table (Django's django_admin_log_check_1 on auth_group): one that names
 * none of its table's columns is not created (SQLite refuses the table: no such column), with a warning.
 */
const pullNamedChecks = marker<object>();

/** Marks a check whose name drizzle-kit pull made up; returns it. */
export const drizzlePullNamedCheck = pullNamedChecks.mark;

export function isDrizzlePullNamedCheck(check: object): boolean {
  return pullNamedChecks.has(check);
}

export function isDrizzleDefaultNamedForeignKey(fk: { readonly columns: readonly unknown[] }): boolean {
  return defaultNamedKeys.has(fk.columns);
}
