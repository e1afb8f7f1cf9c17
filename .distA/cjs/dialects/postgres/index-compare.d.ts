/**
 * A model index against one read from PostgreSQL: structurally (method,
 * keys, order, operator classes, collations, INCLUDE, predicate), with
 * expressions by normal form ("unsure" when only those differ by text),
 * and the server's text for a model index against pg_get_indexdef's.
 */
import type { IndexCanon } from "../../autogenerate/canonical-items.js";
import type { Verdict } from "../../autogenerate/schema-comparator.js";
import type { DbIndex } from "../../autogenerate/schema-model.js";
import { type IndexDefinition, type IndexElement } from "../../schema/indexes.js";
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
export declare function modelIndexKey(element: IndexElement): MIndexKey;
/** `USING btree (...) INCLUDE (...) WHERE (...)`: the part of pg_get_indexdef after the table name. */
export declare function indexTail(definition: string): string;
/** Does the server's definition of the model's index (its tail) equal the live index's? */
export declare function sameIndexDefinition(canon: IndexCanon, db: DbIndex): boolean;
/** Index definitions compared structurally; expressions by normal form ("unsure" when only those differ). */
export declare function compareIndex(m: IndexDefinition, d: DbIndex): Verdict;
