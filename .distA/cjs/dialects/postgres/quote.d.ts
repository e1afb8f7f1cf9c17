/** PostgreSQL's NAMEDATALEN - 1 (the dialect's `identifierMaxBytes`): longer identifiers are silently truncated by the server. */
export declare const MAX_IDENTIFIER_BYTES: number;
export declare function quoteIdentifier(name: string): string;
/** `"schema"."name"`, or `"name"` without a schema. */
export declare function qualify(name: string, schema?: string | null): string;
export declare function quoteList(names: readonly string[]): string;
/**
 * A catalog name that is conventionally written bare (access method,
 * operator class): bare when it is a plain lower-case word, else quoted.
 * Dotted names are treated as `schema.name`.
 */
export declare function catalogName(name: string): string;
