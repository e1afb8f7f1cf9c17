/**
 * What the runtime is given to run with: built by the API and commands layer
 * (src/api/runtime-input.ts reads it off a resolved config), never read from
 * the config file here. Everything the runtime needs to connect, lock, record
 * and run is in it; the dialect comes from the URL or the connection passed
 * in (open-session.ts).
 */
import type { TransactionMode } from "../config/settings.js";
import type { DatabaseConnection, Dialect, VersionTableRef } from "../dialects/dialect.js";
export interface RuntimeInput {
    /** The database URL (null: none configured); `invalid` says why it can't be used, and connecting refuses it. */
    readonly url: {
        readonly url: string;
        readonly invalid?: string | undefined;
    } | null;
    /** The version table (its log table is named after it). */
    readonly versionTable: VersionTableRef;
    /** How revisions are grouped into transactions, unless a run says otherwise. */
    readonly transactionMode: TransactionMode;
    /** Session settings as configured (undefined: not set). The idle limit's default is the runtime's own. */
    readonly timeouts: {
        readonly lockTimeout?: number | string | undefined;
        readonly statementTimeout?: number | string | undefined;
        readonly idleInTransactionTimeout?: number | string | undefined;
        /** How long to wait for another process's migration lock, in ms (undefined: forever). */
        readonly lockWaitTimeoutMs?: number | undefined;
    };
    readonly searchPath?: string | string[] | undefined;
    /** Called on every new migration session, after the settings are applied. */
    readonly onConnect?: ((conn: DatabaseConnection) => void | Promise<void>) | undefined;
    /** A database with tables but no version table: refuse, stamp `baseline`, or proceed. */
    readonly unversioned: {
        readonly policy: "refuse" | "baseline" | "proceed";
        readonly baseline: string | undefined;
    };
    /** The schemas whose tables make a database "not empty" (null: the session's default schema). */
    readonly managedSchemas: readonly (string | null)[];
    /** Refuses settings the dialect can't take (names too long for it), naming the setting; called once the dialect is known. */
    readonly checkFor?: ((dialect: Dialect) => void) | undefined;
    /** false: no migration lock (clusters where the dialect's lock is not cluster-wide: Galera, PXC, Vitess). */
    readonly migrationLock?: boolean | undefined;
}
