import type { MysqlIndexOptions } from "../dialects/mysql/options.js";
import type { SqlExpression, SqlText } from "./sql-expression.js";
/** Options of one index key: `COLLATE`, operator class, `ASC`/`DESC`, `NULLS FIRST`/`LAST`. */
export interface IndexKeyOptions {
    readonly order?: "asc" | "desc";
    readonly nulls?: "first" | "last";
    /** Operator class, e.g. `text_pattern_ops`, `jsonb_path_ops`, `gin_trgm_ops`. */
    readonly opclass?: string;
    /** Collation name, e.g. `C`, `en_US` (written quoted when it needs to be). */
    readonly collation?: string;
}
/** A column with ordering options inside an index. */
export interface IndexColumn extends IndexKeyOptions {
    readonly column: string;
}
/** An expression with ordering options inside an index: `{ expression: sql("lower(email)"), opclass: "text_pattern_ops" }`. */
export interface IndexExpression extends IndexKeyOptions {
    readonly expression: SqlText;
}
/**
 * An index key: a column name (quoted), `sql("lower(email)")` (verbatim; it may end
 * with `COLLATE`, an operator class, `DESC`, `NULLS LAST`, as in PostgreSQL), or a
 * column or expression with options.
 */
export type IndexElement = string | SqlExpression | IndexColumn | IndexExpression;
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
    /** MySQL/MariaDB only: FULLTEXT/SPATIAL, prefix lengths, ALGORITHM/LOCK (other dialects ignore it). */
    readonly mysql?: MysqlIndexOptions;
}
export declare function isIndexExpression(element: IndexElement): element is IndexExpression;
