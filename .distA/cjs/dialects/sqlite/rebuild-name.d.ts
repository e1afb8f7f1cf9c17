/** The temporary name of the table being built. */
export declare function rebuildName(table: string): string;
/**
 * A driver error's message with the rebuild's temporary table named as the
 * user's table, and what to do when a copied row breaks NOT NULL; the error
 * itself (its class and code) is kept. Other errors are returned as they are.
 */
export declare function explainRebuildError(e: unknown): unknown;
