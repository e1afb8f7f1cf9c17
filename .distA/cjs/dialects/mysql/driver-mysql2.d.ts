/**
 * mysql2 driver for `mysql://` and `mariadb://` URLs: one connection per
 * session (transactions and GET_LOCK belong to it). `mysql2` is an optional
 * dependency, imported only when such a URL is used.
 *
 * Placeholders are `?`. Values are bound in this process: each `?` outside
 * strings, quoted names and comments (read with the dialect's lexer, so a `?`
 * in a backtick-quoted name or a literal is left alone) is replaced by the
 * value escaped by mysql2 (strings, numbers, booleans, Buffers, Dates as UTC
 * wall-clock time; objects and arrays as JSON text). The session runs without
 * NO_BACKSLASH_ESCAPES, which that escaping needs (see session-settings.ts).
 */
import { AthanorError } from "../../errors.js";
import type { DatabaseConnection, Driver, QueryResult } from "../dialect.js";
import { type ServerFlavour } from "./server-version.js";
/** The callback API of a mysql2 connection, as much of it as Athanor uses. */
export interface Mysql2Connection {
    query(sql: string, cb: (err: Error | null, result: unknown) => void): void;
    end(cb?: (err?: Error | null) => void): void;
    destroy(): void;
    on(event: "error", listener: (e: Error) => void): void;
    once(event: "connect" | "error", listener: (arg: unknown) => void): void;
    readonly threadId: number | null;
    readonly _handshakePacket?: {
        serverVersion?: string;
    } | null;
}
interface Mysql2Module {
    createConnection(config: Record<string, unknown>): Mysql2Connection;
    escape(value: unknown, stringifyObjects?: boolean, timeZone?: string): string;
}
export declare const MYSQL_PROTOCOLS: readonly ["mysql:", "mariadb:", "mysql+pymysql:", "mysql+mysqldb:", "mysql+mysqlconnector:", "mysql+aiomysql:", "mysql+asyncmy:", "mariadb+mariadbconnector:"];
/** Imports mysql2 once; a missing package is DRIVER.MISSING ("npm install mysql2"). */
export declare function loadMysql2(): Promise<Mysql2Module>;
/** mysql2's connection options from a URL: host, port, user, password, database; `?socket=`, `?ssl=true|required|skip-verify`, `?charset=`. */
export declare function connectionConfig(url: string): Record<string, unknown>;
/** A connection failure as an AthanorError without the password; the codes (not the raw error) go along for the classifier. */
export declare function connectError(url: string, e: unknown): AthanorError;
/** `sql` with each `?` placeholder replaced by its value, escaped. */
export declare function bindParams(mysql: Mysql2Module, sql: string, params: readonly unknown[]): string;
export declare class Mysql2Session implements DatabaseConnection {
    #private;
    readonly client: Mysql2Connection;
    private readonly mysql;
    private readonly owned;
    readonly dialect = "mysql";
    constructor(client: Mysql2Connection, mysql: Mysql2Module, owned?: boolean);
    get flavour(): ServerFlavour;
    query<R = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<QueryResult<R>>;
    exec(sql: string): Promise<void>;
    close(): Promise<void>;
}
export declare const mysql2Driver: Driver;
export {};
