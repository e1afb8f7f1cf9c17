import type { VersionTableRef, VersionTableSql } from "../dialect.js";
export declare function logTableName(ref: VersionTableRef): string;
export declare const sqliteVersionTableSql: VersionTableSql;
