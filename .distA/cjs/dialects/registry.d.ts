import type { DatabaseConnection, Dialect, Driver, UrlComponents } from "./dialect.js";
/**
 * The first built-in dialect: what reads SQL where no dialect is known yet
 * (an operation checked when it is built, before the runtime renders it).
 */
export declare function defaultDialect(): Dialect;
/** The dialect whose driver opened `conn` (DatabaseConnection.dialect), or null. */
export declare function dialectOfConnection(conn: {
    readonly dialect?: string;
} | null | undefined): Dialect | null;
/** Every dialect known, registered ones first. */
export declare function registeredDialects(): readonly Dialect[];
/** Adds a third-party dialect; its drivers' protocols take precedence over built-in ones. */
export declare function registerDialect(dialect: Dialect): void;
/** URL forms accepted, for messages: `postgresql://`, ..., `pglite:`. */
export declare function supportedUrlSchemes(): string[];
export declare function dialectForUrl(url: string): {
    dialect: Dialect;
    driver: Driver;
};
/** The URL trimmed and in its dialect's canonical form (`postgresql+asyncpg://` → `postgresql://`); unknown schemes are only trimmed. */
export declare function normalizeUrl(url: string): string;
/** The URL with its relative file paths made absolute against `base`, for drivers whose URLs hold paths. */
export declare function resolveUrlPaths(url: string, base: string): string;
export interface ComponentUrl {
    readonly url: string;
    /** The variables read, in the order host, port, database, user, password. */
    readonly variables: string[];
    /** Each component and the variable it came from. */
    readonly from: {
        readonly [K in keyof UrlComponents]?: readonly [variable: string, value: string];
    };
}
/** Every variable that can hold a database password: the generic one and each dialect's own (masked in all output). */
export declare function passwordVariables(): string[];
/**
 * A URL from DB_HOST, DB_PORT, DB_NAME, DB_USER, DB_PASSWORD and a dialect's
 * own variables (POSTGRES_DB, ...), the generic ones first. The
 * dialect is the first whose own variables are set, else the first built-in
 * one. Null unless a host or a database name is set.
 */
export declare function urlFromEnvironment(env: NodeJS.ProcessEnv): ComponentUrl | null;
/**
 * Wraps a connection object the application already has: the dialect of
 * `url` tries first (it says which dialect a plain DatabaseConnection
 * speaks), then every registered dialect in turn.
 */
export declare function adoptConnection(external: unknown, url?: string): Promise<{
    dialect: Dialect;
    conn: DatabaseConnection;
} | null>;
