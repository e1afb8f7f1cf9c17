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
import type { SchemaComparator } from "../../autogenerate/schema-comparator.js";
/** A declared type's text in one form: upper case, single spaces, none around parentheses and commas. */
export declare function declaredTypeText(text: string): string;
/** Normal form of an expression (see the file comment); null when empty. */
export declare function normaliseExpression(text: string, options?: {
    readonly qualifiers?: readonly string[];
}): string | null;
export declare function identifiersIn(text: string): string[];
export declare const primaryKeyName: (table: string) => string;
export declare const uniqueName: (table: string, columns: readonly string[]) => string;
export declare const foreignKeyName: (table: string, columns: readonly string[]) => string;
export declare function checkName(table: string, usedColumns: readonly string[]): string;
export declare const sqliteComparator: SchemaComparator;
