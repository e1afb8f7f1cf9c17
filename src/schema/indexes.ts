import type { SqlExpression, SqlText } from "./sql-expression.js";

/** A column with ordering options inside an index. */
export interface IndexColumn {
  readonly column: string;
  readonly order?: "asc" | "desc";
  readonly nulls?: "first" | "last";
  /** Operator class, e.g. `text_pattern_ops`, `gin_trgm_ops`. */
  readonly opclass?: string;
}

/** An index key: a column name (quoted), `sql("lower(email)")` (verbatim), or a column with options. */
export type IndexElement = string | SqlExpression | IndexColumn;

export interface IndexDefinition {
  readonly name: string;
  readonly columns: readonly IndexElement[];
  readonly unique?: boolean;
  /** Partial index predicate (SQL). */
  readonly where?: SqlText;
  /** Access method: btree, hash, gin, gist, brin, spgist, or an extension's. */
  readonly method?: string;
  /** Covering columns (`INCLUDE (...)`). */
  readonly include?: readonly string[];
  /** PostgreSQL 15+: `NULLS NOT DISTINCT` (unique indexes). */
  readonly nullsNotDistinct?: boolean;
}
