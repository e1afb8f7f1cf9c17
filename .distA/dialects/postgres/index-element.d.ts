export type IndexKeyKind = "column" | "call" | "parenthesized" | "expression";
export interface SplitIndexElement {
    /** The key's SQL text, without the options. */
    readonly key: string;
    readonly kind: IndexKeyKind;
    /** For `kind: "column"`: the column name (unquoted, or folded to lower case). */
    readonly column: string | null;
    /** Collation and operator class as names (unquoted, or folded to lower case; `schema.name` kept dotted). */
    readonly collation: string | null;
    readonly opclass: string | null;
    readonly order: "asc" | "desc" | null;
    readonly nulls: "first" | "last" | null;
}
/** The value of one identifier token: `"Foo"` is `Foo`, `Foo` is `foo`. */
export declare function identifierValue(text: string): string;
export declare function splitIndexElement(text: string): SplitIndexElement;
/** Splits a list of keys (`a, lower(b) DESC`) at top-level commas. */
export declare function splitIndexElementList(text: string): string[];
/**
 * The key list of a `pg_get_indexdef()` text: what is between the parentheses after `USING method`.
 * Null when the text is not of that shape.
 */
export declare function indexDefinitionKeys(definition: string): string[] | null;
