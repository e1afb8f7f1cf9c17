/** `2026-01-02 03:04:05` (UTC), with `.678` when the Date has milliseconds: SQLite's datetime text. */
export declare function sqliteDateText(d: Date): string;
export declare function bindValue(value: unknown): unknown;
export declare function bindValues(params: readonly unknown[] | undefined): unknown[];
