/**
 * Why `value` is not a valid SqlValue (`"is a function"`), or null when it is.
 * SqlExpressions are accepted only where `allowSql` is set (bulk-insert cells).
 */
export declare function describeInvalidValue(value: unknown, allowSql?: boolean, depth?: number): string | null;
