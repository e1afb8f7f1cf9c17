/**
 * node-postgres driver: one `pg.Client` per connection (a real session, so
 * transactions and advisory locks belong to it). `pg` is imported only when
 * a connection is opened.
 */
import type { Client, ClientConfig } from "pg";
import { AthanorError } from "../../errors.js";
import type { ConnectOptions, DatabaseConnection, Driver, QueryOptions, QueryResult, SqlStatement, StatementStream } from "../dialect.js";
import { loadOptionalModule } from "../load-module.js";
import { maskUrl, scrubSecrets } from "../mask-url.js";
import { NO_PASSWORD_CODE } from "./error-classifier.js";
import { applySessionSettings } from "./session-settings.js";
import { withDefaultUser } from "./default-user.js";
import { sslAttempts } from "./ssl-mode.js";
import { PgStatementStream, type ValueMapper } from "./statement-stream.js";
import { utcDates } from "./utc-dates.js";

type PgModule = {
  default: { Client: new (config: ClientConfig) => Client; utils: { prepareValue: ValueMapper }; defaults: { user?: string | undefined } };
};

/** URL schemes accepted; SQLAlchemy driver suffixes (`+psycopg`, ...) are rewritten to `postgresql:`. */
export const PG_PROTOCOLS = [
  "postgresql:",
  "postgres:",
  "postgresql+psycopg:",
  "postgresql+psycopg2:",
  "postgresql+asyncpg:",
  "postgresql+pg8000:",
] as const;

const SCHEME = /^postgres(?:ql)?(?:\+[a-z0-9_]+)?:/i;

/** `postgresql+psycopg://u@h/db` → `postgresql://u@h/db`. */
export function normalizePgUrl(url: string): string {
  return SCHEME.test(url) ? url.replace(SCHEME, "postgresql:") : url;
}

function describeError(e: unknown): string {
  if (e instanceof Error) {
    const code = (e as { code?: unknown }).code;
    const message = e.message || e.name;
    if (e instanceof AggregateError && e.errors.length > 0) return e.errors.map(describeError).join("; ");
    return typeof code === "string" && !message.includes(code) ? `${message} (${code})` : message;
  }
  return String(e);
}

/**
 * The code of a connection failure: the SQLSTATE or errno pg passes on, or,
 * for the failures pg raises without one (it has no other mark than its
 * text), the code of what happened: its connect timeout, a connection cut
 * before the server answered, a password the server asked for and pg was
 * not given.
 */
function codeOf(e: unknown): string | undefined {
  const code = (e as { code?: unknown })?.code;
  if (typeof code === "string") return code;
  if (e instanceof AggregateError) for (const inner of e.errors) if (codeOf(inner)) return codeOf(inner);
  const message = e instanceof Error ? e.message : "";
  if (/^SASL: SCRAM-SERVER-FIRST-MESSAGE: client password must be a (?:non-empty )?string/.test(message)) return NO_PASSWORD_CODE;
  if (/^Connection terminated due to connection timeout|^timeout expired/.test(message)) return "ETIMEDOUT";
  if (/^Connection terminated/.test(message)) return "ECONNRESET";
  return undefined;
}

/** A connection failure as an AthanorError whose text never contains the password. The raw error is not attached. */
export function connectError(url: string, e: unknown): AthanorError {
  const detail = scrubSecrets(describeError(e), url);
  // Keep the machine-readable code (SQLSTATE or errno) for the dialect's
  // error classifier, but not the raw error, whose text is not scrubbed.
  const code = codeOf(e);
  return new AthanorError("CONNECT.FAILED", `could not connect to ${maskUrl(url)}: ${detail}`, code ? { cause: { code } } : undefined);
}

class PgConnection implements DatabaseConnection {
  readonly dialect = "postgresql";
  readonly #client: Client;
  readonly #prepareValue: ValueMapper;
  /** Statement names whose Parse failed or may have failed: used unnamed from then on. */
  readonly #unsureNames = new Set<string>();
  #closed = false;
  #fatal: Error | null = null;

  constructor(client: Client, prepareValue: ValueMapper) {
    this.#client = client;
    this.#prepareValue = (value) => prepareValue(utcDates(value));
    // An idle client whose server goes away emits "error"; without a listener the process would crash.
    client.on("error", (e: Error) => {
      this.#fatal = e;
    });
  }

  #check(): void {
    if (this.#closed) throw new AthanorError("DB.CLOSED", "the database connection is closed");
    if (this.#fatal) throw new AthanorError("DB.CONNECTION_LOST", `the database connection was lost: ${this.#fatal.message}`);
  }

  async query<R = Record<string, unknown>>(sql: string, params?: readonly unknown[], options?: QueryOptions): Promise<QueryResult<R>> {
    this.#check();
    const values = params ? params.map(utcDates) : [];
    const name = options?.name && !this.#unsureNames.has(options.name) ? options.name : undefined;
    const res = await this.#client.query(name ? { name, text: sql, values } : { text: sql, values });
    const rows = (res.rows ?? []) as R[];
    return { rows, rowCount: res.rowCount ?? rows.length };
  }

  async exec(sql: string): Promise<void> {
    this.#check();
    await this.#client.query(sql);
  }

  /** All the statements in one message: a statement stream of one group. */
  async batch(statements: readonly SqlStatement[]): Promise<void> {
    const stream = this.stream();
    const done = stream.send(statements);
    done.catch(() => {}); // reported below, once the stream has ended
    await stream.end();
    return done;
  }

  stream(): StatementStream {
    this.#check();
    return new PgStatementStream(this.#client, this.#prepareValue, this.#unsureNames);
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    try {
      await this.#client.end();
    } catch {
      // Already gone.
    }
  }
}

/**
 * Imports pg. When it loads, pg checks whether it runs in a Cloudflare Worker:
 * with no `navigator` global (Node 20) it constructs a `Response`, and that
 * makes Node load its whole fetch implementation (undici, ~15 ms of every
 * command's start). A `navigator` that exists only while pg loads answers
 * "not a Worker" the cheap way; nothing else sees it.
 */
async function importPg(): Promise<PgModule> {
  const g = globalThis as { navigator?: unknown };
  if (g.navigator !== undefined || "navigator" in globalThis) return loadOptionalModule<PgModule>("pg", "Connecting to PostgreSQL", { commonJs: true });
  Object.defineProperty(globalThis, "navigator", { value: { userAgent: "Node.js" }, configurable: true, writable: true, enumerable: false });
  try {
    return await loadOptionalModule<PgModule>("pg", "Connecting to PostgreSQL", { commonJs: true });
  } finally {
    delete g.navigator;
  }
}

export const pgDriver: Driver = {
  protocols: PG_PROTOCOLS,
  urlExamples: ["postgresql://user@localhost:5432/app"],
  packageName: "pg",

  async load(): Promise<void> {
    await importPg();
  },

  async connect(options: ConnectOptions): Promise<DatabaseConnection> {
    const mod = await importPg();
    const { Client: PgClient } = mod.default;
    let attempts: ReturnType<typeof sslAttempts>;
    try {
      attempts = sslAttempts(withDefaultUser(normalizePgUrl(options.url), mod.default.defaults.user));
    } catch (e) {
      throw connectError(options.url, e);
    }
    let client: Client | undefined;
    for (const [i, attempt] of attempts.entries()) {
      let candidate: Client;
      try {
        candidate = new PgClient({
          connectionString: attempt.connectionString,
          application_name: "athanor",
          // A host that drops packets must not hang a deploy forever.
          connectionTimeoutMillis: /[?&]connect_timeout=/.test(options.url) ? undefined : 15_000,
        });
      } catch (e) {
        throw connectError(options.url, e);
      }
      const signal = options.signal;
      // abandoned: drop the socket now rather than at connectionTimeoutMillis
      const abandon = () => (candidate as unknown as { connection?: { stream?: { destroy(): void } } }).connection?.stream?.destroy();
      signal?.addEventListener("abort", abandon, { once: true });
      try {
        if (signal?.aborted) throw Object.assign(new Error("connection attempt abandoned"), { code: "ETIMEDOUT" });
        await candidate.connect();
        client = candidate;
        break;
      } catch (e) {
        candidate.end().catch(() => {});
        if (i < attempts.length - 1 && attempt.fallBackOn(e) && !signal?.aborted) continue;
        throw connectError(options.url, e);
      } finally {
        signal?.removeEventListener("abort", abandon);
      }
    }
    if (!client) throw new AthanorError("CONNECT.FAILED", `could not connect to ${maskUrl(options.url)}`);
    return applySessionSettings(new PgConnection(client, mod.default.utils.prepareValue), options.settings);
  },
};
