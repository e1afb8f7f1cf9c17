/** MySQL's identifier limit, in characters (tables, columns, indexes, constraints, databases). */
export declare const MAX_IDENTIFIER_CHARS = 64;
export declare function quoteIdentifier(name: string): string;
/** `` `schema`.`name` `` (a MySQL schema is a database), or `` `name` `` without one. */
export declare function qualify(name: string, schema?: string | null): string;
export declare function quoteList(names: readonly string[]): string;
