/**
 * The SQLite renderer's session (see RenderSession in dialect.ts). Online it
 * reads the definition of the table an operation changes from the live
 * database just before rendering it; offline it keeps a record of the tables
 * the script's earlier operations created and changed, so that a rebuild is
 * written out in full, and refuses a rebuild of a table it has not seen.
 */
import type { Operation } from "../../operations/operation.js";
import type { RenderSession, SchemaReader, SqlLexer, SqlStatement } from "../dialect.js";
/** The SQLite an offline script is written for: 3.35 or later (native DROP COLUMN). */
export declare const OFFLINE_VERSION = 3035000;
/** `3.45.1` as 3045001. */
export declare function versionNumber(text: string): number;
export declare class SqliteRenderSession implements RenderSession {
    private readonly reader;
    private readonly lexer?;
    /** Offline: tables by lower-case name; null: dropped; absent: unknown. */
    private readonly record;
    private version;
    /**
     * The rebuild of the last table changed, not written yet: the operations
     * that follow on the same table join it (one rebuild for all), anything
     * else writes it first, and so does `flush()` (the executor calls it before
     * a query, a COMMIT, the end of a step).
     */
    private pending;
    constructor(reader: SchemaReader | null, lexer?: SqlLexer | undefined);
    render(op: Operation): Promise<SqlStatement[]>;
    /** The open rebuild's statements (none when there is none). */
    flush(): SqlStatement[];
    /** `flushed`: the table whose rebuild was just written out (not run yet): its state is the rebuild's result, not what the database holds. */
    private renderOnline;
    /** Offline, before the script: what an earlier revision's operation did to the tables (see RenderSession.prime). */
    prime(op: Operation): void;
    /** Offline: one operation, all its statements (a rebuild written out at once). */
    renderOffline(op: Operation): SqlStatement[];
    private renderWithRecord;
    /** What raw SQL did to the tables, as far as its leading words tell; anything else altered becomes unknown. */
    private noteExecute;
}
