/**
 * Opens the migration session for a runtime input: picks the dialect and
 * driver by URL, connects, applies session settings and the onConnect hook,
 * and says (password masked) which database it connected to.
 */
import { DEFAULTS } from "../config/settings.js";
import type { DatabaseConnection, Dialect, SessionSettings } from "../dialects/dialect.js";
import { openRunOn, runsOpenOn } from "./in-process-locks.js";
import { adoptConnection, dialectForUrl } from "../dialects/registry.js";
import { AthanorError } from "../errors.js";
import { maskUrl, rememberSecretsOf } from "../util/mask-secrets.js";
import type { RuntimeInput } from "./runtime-input.js";
import { classifyConnectError } from "./wait-for-database.js";

export interface Session {
  readonly dialect: Dialect;
  readonly conn: DatabaseConnection;
  readonly url: string;
  /** The URL as it may be shown. */
  readonly displayUrl: string;
  close(): Promise<void>;
}

export function requireUrl(config: Pick<RuntimeInput, "url">): string {
  if (!config.url) {
    throw new AthanorError(
      "CONFIG.NO_URL",
      "no database URL: set DATABASE_URL, pass --url, set `url` in the config, or set DB_HOST/DB_NAME/DB_USER/DB_PASSWORD (see `athanor config`)",
    );
  }
  rememberSecretsOf(config.url.url);
  if (config.url.invalid) throw new AthanorError("CONFIG.INVALID", config.url.invalid);
  return config.url.url;
}

/**
 * A connection failure that heals by itself (refused, host not resolvable yet,
 * "the database system is starting up") says how to wait for it: the database
 * is often just not up yet when a container starts.
 */
function withWaitHint(e: unknown, dialect: Dialect): unknown {
  if (!(e instanceof AthanorError) || !classifyConnectError(e, dialect).retry) return e;
  return new AthanorError(
    e.code,
    `${e.message} (not up yet? 'athanor wait' or 'upgrade --wait' wait for it; in code, migrate({ wait: true }))`,
    { cause: e.cause ?? e },
  );
}

/**
 * The settings of a migration session. The idle-in-transaction limit has a
 * default, but only on sessions Athanor opens: on a connection the
 * application passes in, a SET would outlive the run (a pooled client keeps
 * it), so there only a configured value is applied. Never on an embedded
 * database (PGlite): when its timer fires the engine stalls; Athanor's own
 * check of the revision (see revision-call.ts) is what applies there.
 */
export function sessionSettingsOf(input: RuntimeInput, opts: { adopted?: boolean; embedded?: boolean } = {}): SessionSettings {
  const idle = input.timeouts.idleInTransactionTimeout ?? (opts.adopted ? undefined : DEFAULTS.idleInTransactionTimeout);
  return {
    lockTimeout: input.timeouts.lockTimeout,
    statementTimeout: input.timeouts.statementTimeout,
    idleInTransactionTimeout: opts.embedded ? undefined : idle,
    searchPath: input.searchPath,
  };
}

/**
 * Starts opening the session and resolves once the connection attempt is
 * under way (the driver is imported and the first packet is sent), with the
 * session still to come: the caller can do CPU work, such as reading the
 * revision files, while the server sets up the connection.
 */
export async function startSession(
  config: RuntimeInput,
  opts: { connection?: unknown; signal?: AbortSignal | undefined; writes?: boolean; log?: ((line: string) => void) | undefined } = {},
): Promise<{ session: Promise<Session> }> {
  if (opts.connection === undefined && config.url) {
    try {
      await dialectForUrl(config.url.url).driver.load?.();
    } catch {
      // openSession reports it, with its own message
    }
  }
  const session = openSession(config, opts);
  session.catch(() => {}); // the caller awaits it; don't let an early failure go unhandled meanwhile
  // let the connect call run up to its first wait on the network
  await new Promise((resolve) => setImmediate(resolve));
  return { session };
}

/**
 * `createMissing: false`: for a command that only reads (see ConnectOptions.createMissing). `writes`: the session
 * will run Athanor's own transactions, so a connection passed in must not be inside the application's.
 */
export async function openSession(
  config: RuntimeInput,
  opts: {
    connection?: unknown;
    createMissing?: boolean;
    signal?: AbortSignal | undefined;
    writes?: boolean;
    log?: ((line: string) => void) | undefined;
  } = {},
): Promise<Session> {
  let url: string;
  let conn: DatabaseConnection;
  let dialect: Dialect;
  let endRun = (): void => {};
  if (opts.connection !== undefined) {
    // The application's own client, pool or embedded database.
    const adopted = await adoptConnection(opts.connection, config.url?.url);
    if (!adopted) {
      throw new AthanorError(
        "CONNECT.UNSUPPORTED_CONNECTION",
        "the connection passed in is not a pg Client or Pool, a PGlite instance, a mysql2 connection or pool, a better-sqlite3 Database or a DatabaseConnection",
      );
    }
    ({ dialect, conn } = adopted);
    if (opts.writes) endRun = await refuseApplicationTransaction(conn);
    // where the object itself says it is connected; else the config's URL, only when it is of the connection's kind
    url =
      dialect.describeAdopted?.(opts.connection) ??
      (adopted.urlIsItsDialect && config.url ? config.url.url : `${dialect.name}://(provided connection)`);
  } else {
    url = requireUrl(config);
    const picked = dialectForUrl(url);
    dialect = picked.dialect;
    try {
      conn = await picked.driver.connect({
        url,
        settingsAppliedByCaller: true,
        createMissing: opts.createMissing,
        signal: opts.signal,
        lockWait: { timeoutMs: config.timeouts.lockWaitTimeoutMs, log: opts.log },
      });
    } catch (e) {
      throw withWaitHint(e, dialect);
    }
  }
  try {
    const settings = dialect.sessionSettings(sessionSettingsOf(config, { adopted: opts.connection !== undefined, embedded: conn.embedded === true }), conn);
    // all in one round trip when none carries values
    if (settings.length > 1 && settings.every((s) => !s.params?.length)) await conn.exec(settings.map((s) => s.sql).join(";\n"));
    else for (const stmt of settings) await conn.query(stmt.sql, stmt.params);
    if (config.onConnect) await config.onConnect(conn);
  } catch (e) {
    await conn.close().catch(() => {});
    endRun();
    throw e instanceof AthanorError
      ? e
      : new AthanorError("CONNECT.SETUP_FAILED", `session setup failed on ${maskUrl(url)}: ${(e as Error).message}`, { cause: e });
  }
  return {
    dialect,
    conn,
    url,
    displayUrl: maskUrl(url),
    close: async () => {
      try {
        await conn.close();
      } finally {
        endRun();
      }
    },
  };
}

/**
 * The application passed its connection in the middle of a transaction: the
 * run's BEGIN would be ignored or would commit the application's work,
 * depending on the database, and its COMMIT or ROLLBACK would end the
 * application's transaction. Refused before anything is sent on it (the
 * connection says: `DatabaseConnection.inTransaction`).
 */
async function refuseApplicationTransaction(conn: DatabaseConnection): Promise<() => void> {
  const shared = conn.session;
  // another run in this process on the same connection: a transaction open on it may be that run's (this run waits
  // for the migration lock), and one of the application's would have been refused to the first run
  const othersOpen = shared !== undefined && runsOpenOn(shared);
  const done = shared === undefined ? () => {} : openRunOn(shared);
  let open: boolean;
  try {
    open = !othersOpen && (await conn.inTransaction?.()) === true;
  } catch (e) {
    done();
    await conn.close().catch(() => {});
    throw new AthanorError("CONNECT.SETUP_FAILED", `could not use the connection passed in: ${(e as Error).message}`, { cause: e });
  }
  if (!open) return done;
  done();
  await conn.close().catch(() => {});
  throw new AthanorError(
    "CONNECT.IN_TRANSACTION",
    "the connection passed in is inside a transaction of the application's (BEGIN without COMMIT or ROLLBACK yet): migrating on it would commit or roll back that work; end the transaction first, or pass a pool",
  );
}
