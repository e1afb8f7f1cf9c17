/**
 * What a rebuild must know about a table: its `CREATE TABLE` in parts, and
 * the indexes and triggers that belong to it (dropped with it, so written
 * again after). Online it is read from `sqlite_master`; offline it is the
 * record kept from the script's earlier operations.
 */
import type { SchemaReader } from "../dialect.js";
import { type TableSql } from "./table-sql.js";
export interface TableObjectSql {
    readonly type: "index" | "trigger";
    readonly name: string;
    readonly sql: string;
}
export interface TableState {
    readonly table: TableSql;
    /** Indexes (not the automatic ones of UNIQUE/PRIMARY KEY) and triggers on the table, in creation order. */
    readonly objects: readonly TableObjectSql[];
}
/** The table's state from the live database, or null when there is no such table. */
export declare function readTableState(reader: SchemaReader, name: string): Promise<TableState | null>;
/** In `CREATE INDEX ... ON t` / `CREATE TRIGGER ... ON t`: the table's name token replaced. */
export declare function retargetObjectSql(sql: string, to: string): string;
/** The table an index or trigger statement is on (the name after ON), and the object's name. */
export declare function objectOf(sql: string): {
    type: "index" | "trigger" | "table" | "view";
    name: string;
    table: string | null;
} | null;
