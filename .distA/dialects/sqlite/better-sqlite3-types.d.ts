/** The part of better-sqlite3's API Athanor uses (the package is optional: no import of its types). */
export interface BetterSqliteStatement {
    readonly reader: boolean;
    all(...params: unknown[]): unknown[];
    run(...params: unknown[]): {
        changes: number;
        lastInsertRowid: number | bigint;
    };
}
export interface BetterSqliteDatabase {
    readonly name: string;
    readonly memory: boolean;
    readonly open: boolean;
    readonly inTransaction: boolean;
    prepare(sql: string): BetterSqliteStatement;
    exec(sql: string): unknown;
    pragma(source: string, options?: {
        simple?: boolean;
    }): unknown;
    close(): unknown;
}
export type BetterSqliteModule = {
    default: new (filename: string, options?: {
        timeout?: number;
        fileMustExist?: boolean;
        readonly?: boolean;
        nativeBinding?: string;
    }) => BetterSqliteDatabase;
};
