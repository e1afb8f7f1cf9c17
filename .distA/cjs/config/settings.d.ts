/**
 * The settings a project can put in `athanor.config.ts`, their types and
 * defaults. `defineConfig` is an identity function whose job is typing.
 */
import type { DatabaseConnection } from "../dialects/dialect.js";
import type { RunContext } from "./run-context.js";
export type TransactionMode = "per-migration" | "per-run";
/** A shell command run after a revision file is written; `{file}` is replaced by its path. */
export type PostWriteHook = string | {
    command: string;
    cwd?: string;
};
export interface AthanorConfig {
    /** Database URL. Highest first: `--url`, `DATABASE_URL`, this, then DB_HOST/DB_PORT/DB_NAME/DB_USER/DB_PASSWORD. */
    url?: string | undefined;
    /** Used only when nothing else gives a URL (e.g. the embedded PGlite database `init` sets up). */
    defaultUrl?: string | undefined;
    /** Folder holding the revision template and `versions/`. Default `migrations`. */
    scriptLocation?: string;
    /** Folders holding revision files, in load order. Default `[<scriptLocation>/versions]`. */
    versionLocations?: string[];
    /** Also read revision files in sub-folders of the version locations. Default false. */
    recursiveVersionLocations?: boolean;
    /** File name of new revisions, without extension. Default `{rev}_{slug}`. */
    fileTemplate?: string;
    /** IANA time zone for file names and Create Date. Default `UTC`. */
    timezone?: string;
    /** Longest slug in file names. Default 40. */
    truncateSlugLength?: number;
    /** Version table name. Default `athanor_version`. */
    versionTable?: string;
    /** Schema of the version table (created if missing). Default: the connection's default schema. */
    versionTableSchema?: string | null;
    /** Commands run after a revision file is written (formatters, linters). */
    postWriteHooks?: PostWriteHook[];
    /** Language of new revision files. Default `ts`. */
    revisionExtension?: "ts" | "mts" | "js" | "mjs";
    /** How revisions are grouped into transactions. Default `per-migration`. */
    transactionMode?: TransactionMode;
    /** How long a statement may wait for a table lock before it fails, set on each migration session by the dialect (ms, or a duration such as "5s"; docs/configuration.md says what each database does with it). */
    lockTimeout?: number | string;
    /** How long one statement may run, set on each migration session by the dialect (ms, or a duration such as "5min"). */
    statementTimeout?: number | string;
    /**
     * How long a revision may hold its transaction open without running anything
     * on the database (ms, or a duration such as "5min"; 0 = no limit). The
     * revision then fails and its locks are released: Athanor limits the
     * revision's upgrade()/downgrade(), and the dialect sets the server's own
     * idle limit where it has one. Default `5min`.
     */
    idleInTransactionTimeout?: number | string;
    /** The schemas unqualified names resolve in, for each migration session (databases with schemas). */
    searchPath?: string | string[];
    /** How long to wait for another process's migration lock, in ms. Default: wait forever (0 = don't wait). */
    lockWaitTimeout?: number;
    /**
     * Take the migration lock (the dialect's own: docs/running.md). Default true. Turn it off only where the lock
     * can't work, e.g. database clusters whose lock is per node (docs/mysql.md), and then make sure only one process
     * migrates at a time.
     */
    migrationLock?: boolean;
    /** Called on every new migration session, after settings are applied. */
    onConnect?: (conn: DatabaseConnection) => void | Promise<void>;
    /** Modules (or globs) whose exports are the schema models, for autogenerate and `check`. */
    models?: string | string[];
    /** Schemas autogenerate compares. Default: the default schema only. */
    includeSchemas?: string[];
    /** Filter for autogenerate: return false to ignore an object. */
    include?: (object: {
        type: string;
        name: string;
        schema?: string | null;
        table?: string;
    }) => boolean;
    /** Compare column types in autogenerate. Default true. */
    compareType?: boolean;
    /** Compare server defaults in autogenerate. Default true. */
    compareServerDefault?: boolean;
    /**
     * Drizzle models: drizzle's `casing` option, as given to `drizzle(...)` and drizzle.config. Columns declared
     * without a name (`createdAt: timestamp()`) are named `created_at` with "snake_case". Default: keys as they are.
     */
    casing?: "snake_case" | "camelCase";
    /** Revision to stamp when a database has tables but no version table. */
    baseline?: string;
    /**
     * How `upgrade` to the heads builds an empty database: `migrate` (default) runs every revision; `models`
     * creates the schema straight from the models and stamps the heads (faster with long histories).
     */
    freshDatabase?: "migrate" | "models";
    /** What `upgrade` does on a database with tables but no version table. Default `refuse`. */
    onUnversionedDatabase?: "refuse" | "baseline" | "proceed";
    /** `athanor test` (and `check`): how many heads the graph is expected to have. Default `{ heads: 1 }`. */
    test?: {
        heads?: number;
    };
    /** `athanor lint`: `{ rules: { "require-concurrent-index": "warning", "ban-drop": "off" } }` (see docs/lint.md). */
    lint?: LintSettings;
}
/** Settings of `athanor lint`. */
export interface LintSettings {
    /** Severity by rule id: "error" (exit 1), "warning" (reported, exit 0) or "off". */
    rules?: Record<string, "error" | "warning" | "off">;
}
/**
 * A config that depends on the run: called once per command with the run
 * context (`-x key=value`, `--tag`, or `migrate({ context })`), e.g.
 * `(ctx) => ({ searchPath: ctx.require("tenant") })`.
 */
export type AthanorConfigFunction = (context: RunContext) => AthanorConfig | Promise<AthanorConfig>;
export declare function defineConfig(config: AthanorConfig): AthanorConfig;
export declare function defineConfig(config: AthanorConfigFunction): AthanorConfigFunction;
export declare const DEFAULTS: {
    readonly scriptLocation: "migrations";
    readonly recursiveVersionLocations: false;
    readonly fileTemplate: "{rev}_{slug}";
    readonly timezone: "UTC";
    readonly truncateSlugLength: 40;
    readonly versionTable: "athanor_version";
    readonly versionTableSchema: null;
    readonly postWriteHooks: PostWriteHook[];
    readonly revisionExtension: "ts";
    readonly transactionMode: "per-migration";
    readonly idleInTransactionTimeout: "5min";
    readonly compareType: true;
    readonly compareServerDefault: true;
    readonly onUnversionedDatabase: "refuse";
};
