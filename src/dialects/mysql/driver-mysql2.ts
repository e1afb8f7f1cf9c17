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
import type { ConnectOptions, DatabaseConnection, Driver, QueryResult } from "../dialect.js";
import { loadOptionalModule } from "../load-module.js";
import { maskUrl, scrubSecrets } from "../mask-url.js";
import { explainLockWait, isLockWaitTimeout } from "./lock-wait-error.js";
import { parseServerVersion, type ServerFlavour } from "./server-version.js";
import { CONNECTION_COLLATION, sessionSettingsSql } from "./session-settings.js";
import { splitSqlStatements, tokenize } from "./sql-scan.js";

/** The callback API of a mysql2 connection, as much of it as Athanor uses. */
export interface Mysql2Connection {
  query(sql: string, cb: (err: Error | null, result: unknown) => void): void;
  end(cb?: (err?: Error | null) => void): void;
  destroy(): void;
  on(event: "error", listener: (e: Error) => void): void;
  once(event: "connect" | "error", listener: (arg: unknown) => void): void;
  readonly threadId: number | null;
  readonly _handshakePacket?: { serverVersion?: string } | null;
}

interface Mysql2Module {
  createConnection(config: Record<string, unknown>): Mysql2Connection;
  escape(value: unknown, stringifyObjects?: boolean, timeZone?: string): string;
}

export const MYSQL_PROTOCOLS = ["mysql:", "mariadb:", "mysql+pymysql:", "mysql+mysqldb:", "mysql+mysqlconnector:", "mysql+aiomysql:", "mysql+asyncmy:", "mariadb+mariadbconnector:"] as const;

let loaded: Promise<Mysql2Module> | undefined;

/** Imports mysql2 once; a missing package is DRIVER.MISSING ("npm install mysql2"). */
export function loadMysql2(): Promise<Mysql2Module> {
  loaded ??= loadOptionalModule<{ default?: Mysql2Module } & Mysql2Module>("mysql2", "Connecting to MySQL/MariaDB", { commonJs: true }).then((m) => m.default ?? m);
  loaded.catch(() => {
    loaded = undefined;
  });
  return loaded;
}

/** A percent-encoded part of the URL, decoded; a `%` not followed by two hex digits is named, not "URI malformed". */
function urlPart(text: string, what: string, url: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    throw new AthanorError(
      "CONFIG.INVALID",
      `the ${what} in the database URL ${maskUrl(url)} has a '%' that is not followed by two hex digits: percent-encode it (a '%' is written %25, '@' %40, ':' %3A, '/' %2F)`,
    );
  }
}

/** mysql2's connection options from a URL: host, port, user, password, database; `?socket=`, `?ssl=true|required|skip-verify`, `?charset=`. */
export function connectionConfig(url: string): Record<string, unknown> {
  let u: URL;
  try {
    u = new URL(url.trim().replace(/^[a-z0-9+]+:\/\//i, "mysql://"));
  } catch {
    throw new AthanorError("CONFIG.INVALID", `can't read the database URL ${maskUrl(url)} (expected mysql://user:password@host:3306/database)`);
  }
  const q = u.searchParams;
  const config: Record<string, unknown> = {
    host: u.hostname.replace(/^\[|\]$/g, "") || "localhost",
    port: u.port ? Number(u.port) : 3306,
    user: u.username ? urlPart(u.username, "user name", url) : "root",
    password: u.password ? urlPart(u.password, "password", url) : undefined,
    database: u.pathname.length > 1 ? urlPart(u.pathname.slice(1), "database name", url) : undefined,
    timezone: "Z",
    supportBigNumbers: true,
    bigNumberStrings: false,
    multipleStatements: false,
    charset: q.get("charset") ?? CONNECTION_COLLATION.toUpperCase(),
    // mysql2 asks for IGNORE_SPACE by default, which adds it to the session's sql_mode: `count (*)` would run online
    // and fail in the offline script the mysql client runs (and function names would be reserved words online only)
    flags: "-IGNORE_SPACE",
  };
  const socket = q.get("socket") ?? q.get("socketPath");
  if (socket) config.socketPath = socket;
  const ssl = (q.get("ssl") ?? q.get("ssl-mode") ?? q.get("sslmode") ?? "").toLowerCase();
  if (["true", "1", "required", "require", "verify_identity", "verify-full", "verify_ca"].includes(ssl)) config.ssl = {};
  else if (["skip-verify", "preferred", "insecure"].includes(ssl)) config.ssl = { rejectUnauthorized: false };
  const timeout = q.get("connectTimeout") ?? q.get("connect_timeout");
  if (timeout && /^\d+$/.test(timeout)) config.connectTimeout = Number(timeout) * (q.has("connect_timeout") ? 1000 : 1);
  return config;
}

/** A connection failure as an AthanorError without the password; the codes (not the raw error) go along for the classifier. */
export function connectError(url: string, e: unknown): AthanorError {
  const err = e as { code?: unknown; errno?: unknown; message?: unknown };
  const message = typeof err?.message === "string" && err.message ? err.message : String(e);
  const code = typeof err?.code === "string" ? err.code : undefined;
  const detail = scrubSecrets(code && !message.includes(code) ? `${message} (${code})` : message, url);
  const codes = { code, errno: typeof err?.errno === "number" ? err.errno : undefined };
  return new AthanorError("CONNECT.FAILED", `could not connect to ${maskUrl(url)}: ${detail}`, code || codes.errno ? { cause: codes } : undefined);
}

function toValue(v: unknown): unknown {
  if (v === undefined) return null;
  if (typeof v === "bigint") return v.toString();
  if (v === null || typeof v !== "object" || v instanceof Date || Buffer.isBuffer(v) || v instanceof Uint8Array) return v instanceof Uint8Array && !Buffer.isBuffer(v) ? Buffer.from(v) : v;
  return JSON.stringify(v);
}

/** `sql` with each `?` placeholder replaced by its value, escaped. */
export function bindParams(mysql: Mysql2Module, sql: string, params: readonly unknown[]): string {
  if (params.length === 0) return sql;
  const marks = tokenize(sql).filter((t) => t.kind === "placeholder");
  if (marks.length !== params.length)
    throw new AthanorError("DIALECT.MISSING_PARAMETER", `the statement has ${marks.length} placeholder(s) (?) but ${params.length} value(s) were given: ${sql.slice(0, 200)}`);
  let out = "";
  let at = 0;
  marks.forEach((m, i) => {
    out += sql.slice(at, m.start) + mysql.escape(toValue(params[i]), false, "Z");
    at = m.end;
  });
  return out + sql.slice(at);
}

const SERVER_STATUS_IN_TRANS = 1;

export class Mysql2Session implements DatabaseConnection {
  readonly dialect = "mysql";
  /** The mysql2 connection: several runs adopting one application connection share its session. */
  get session(): object {
    return this.client;
  }
  #closed = false;
  #fatal: Error | null = null;

  constructor(
    readonly client: Mysql2Connection,
    private readonly mysql: Mysql2Module,
    private readonly owned = true,
  ) {
    client.on("error", (e: Error) => {
      this.#fatal = e;
    });
  }

  get flavour(): ServerFlavour {
    return parseServerVersion(this.client._handshakePacket?.serverVersion ?? "");
  }

  #run(sql: string): Promise<unknown> {
    if (this.#closed) return Promise.reject(new AthanorError("DB.CLOSED", "the database connection is closed"));
    if (this.#fatal) return Promise.reject(new AthanorError("DB.CONNECTION_LOST", `the database connection was lost: ${this.#fatal.message}`, { cause: this.#fatal }));
    return new Promise((resolve, reject) => {
      this.client.query(sql, (err, result) => (err ? reject(err) : resolve(result)));
    });
  }

  async query<R = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<QueryResult<R>> {
    let result: unknown;
    try {
      result = await this.#run(params && params.length > 0 ? bindParams(this.mysql, sql, params) : sql);
    } catch (e) {
      throw isLockWaitTimeout(e) ? await explainLockWait(e, this) : e;
    }
    if (Array.isArray(result)) return { rows: result as R[], rowCount: result.length };
    const header = result as { affectedRows?: number; insertId?: number } | null;
    const insertId = header?.insertId;
    return insertId ? { rows: [], rowCount: header?.affectedRows ?? 0, insertId } : { rows: [], rowCount: header?.affectedRows ?? 0 };
  }

  async exec(sql: string): Promise<void> {
    for (const stmt of splitSqlStatements(sql)) {
      try {
        await this.#run(stmt.text);
      } catch (e) {
        throw isLockWaitTimeout(e) ? await explainLockWait(e, this) : e;
      }
    }
  }

  /**
   * Whether the session is inside a transaction: the server's SERVER_STATUS_IN_TRANS flag, which mysql2 keeps
   * from the last OK packet (`DO 0` brings it up to date).
   */
  async inTransaction(): Promise<boolean> {
    await this.query("DO 0");
    const status = (this.client as { serverStatus?: unknown }).serverStatus;
    return typeof status === "number" && (status & SERVER_STATUS_IN_TRANS) !== 0;
  }

  /** Runs when a connection Athanor does not own is let go, while it can still query (adopted-settings.ts). */
  beforeRelease: (() => Promise<void>) | undefined;

  async close(): Promise<void> {
    if (this.#closed) return;
    if (!this.owned) {
      await this.beforeRelease?.();
      this.#closed = true;
      return;
    }
    this.#closed = true;
    await new Promise<void>((resolve) => {
      this.client.end(() => resolve());
      // a connection whose server is gone never answers the QUIT
      setTimeout(() => {
        this.client.destroy();
        resolve();
      }, 2000).unref();
    });
  }
}

export const mysql2Driver: Driver = {
  protocols: MYSQL_PROTOCOLS,
  urlExamples: ["mysql://root@localhost:3306/app", "mariadb://user:password@db:3306/app"],
  packageName: "mysql2",
  async load() {
    await loadMysql2();
  },
  async connect(options: ConnectOptions): Promise<DatabaseConnection> {
    const mysql = await loadMysql2();
    const config = connectionConfig(options.url);
    const client = mysql.createConnection(config);
    const session = new Mysql2Session(client, mysql);
    try {
      // the greeting has the server's version: the settings are written for its flavour
      await new Promise<void>((resolve, reject) => {
        const signal = options.signal;
        const abandon = () => reject(connectError(options.url, Object.assign(new Error("connection attempt abandoned"), { code: "ETIMEDOUT" })));
        if (signal?.aborted) return abandon();
        signal?.addEventListener("abort", abandon, { once: true });
        client.once("connect", () => {
          signal?.removeEventListener("abort", abandon);
          resolve();
        });
        client.once("error", (e) => {
          signal?.removeEventListener("abort", abandon);
          reject(connectError(options.url, e));
        });
      });
      if (!options.settingsAppliedByCaller)
        for (const s of sessionSettingsSql(options.settings ?? {}, session.flavour)) await session.query(s.sql, s.params);
    } catch (e) {
      client.destroy();
      throw e;
    }
    return session;
  },
};
