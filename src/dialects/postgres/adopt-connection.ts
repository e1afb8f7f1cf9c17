/**
 * Wraps a connection object the application already has — a node-postgres
 * `Client` or `Pool`, or a PGlite instance — as a DatabaseConnection. The
 * application keeps ownership: closing the wrapper releases a pooled client
 * but never ends the application's client, pool or database.
 */
import type { DatabaseConnection, QueryResult } from "../dialect.js";
import { type ConnectionParts, urlOfParts } from "../describe-adopted.js";
import { maskUrl } from "../mask-url.js";

type PgLikeClient = {
  query(sql: string, params?: unknown[]): Promise<{ rows: unknown[]; rowCount: number | null }>;
  /** node-postgres: the last ReadyForQuery status, "I" idle, "T" in a transaction, "E" in a failed one. */
  getTransactionStatus?(): string | null;
};
type PgLikePool = PgLikeClient & { connect(): Promise<PgLikeClient & { release(err?: boolean | Error): void }>; totalCount: number };
type PgliteLike = {
  query(sql: string, params?: unknown[]): Promise<{ rows: unknown[]; affectedRows?: number }>;
  exec(sql: string): Promise<unknown>;
  waitReady: Promise<void>;
  isInTransaction?(): boolean;
};

function isFn(o: unknown, name: string): boolean {
  return typeof o === "object" && o !== null && typeof (o as Record<string, unknown>)[name] === "function";
}

export function isDatabaseConnection(o: unknown): o is DatabaseConnection {
  return isFn(o, "query") && isFn(o, "exec") && isFn(o, "close");
}

function fromPgClient(client: PgLikeClient, release: () => void): DatabaseConnection {
  return {
    session: client,
    async inTransaction() {
      const status = typeof client.getTransactionStatus === "function" ? client.getTransactionStatus() : null;
      return status === "T" || status === "E";
    },
    async query<R>(sql: string, params?: readonly unknown[]): Promise<QueryResult<R>> {
      const r = await client.query(sql, params ? [...params] : undefined);
      return { rows: r.rows as R[], rowCount: r.rowCount ?? r.rows.length };
    },
    async exec(sql: string) {
      await client.query(sql);
    },
    async close() {
      release();
    },
  };
}

/** A node-postgres Client (a pool's client is one too): its `connectionParameters`. */
function isPgClient(o: unknown): boolean {
  return isFn(o, "query") && isFn(o, "connect") && typeof o === "object" && o !== null && "connectionParameters" in o;
}

/**
 * Where a PGlite instance, a pg Client or a pg Pool is connected, as a URL
 * without its password: PGlite's data directory, a Client's connection
 * parameters, a Pool's connection string (masked) or options.
 */
export function describeAdopted(external: unknown): string | null {
  const o = external as Record<string, unknown> | null;
  if (isFn(o, "exec") && isFn(o, "query") && o && "waitReady" in o) {
    const dir = o.dataDir;
    return typeof dir === "string" && dir !== "" && !dir.startsWith("memory://") ? `pglite:${dir}` : "pglite:memory";
  }
  if (isPgClient(o)) return urlOfParts("postgresql", (o as { connectionParameters?: ConnectionParts }).connectionParameters);
  const options = isFn(o, "connect") && o && "totalCount" in o ? (o.options as (ConnectionParts & { connectionString?: unknown }) | undefined) : undefined;
  if (options) return typeof options.connectionString === "string" ? maskUrl(options.connectionString) : urlOfParts("postgresql", options);
  return null;
}

/**
 * `driverObjectsOnly`: PGlite, a pg Pool or a pg Client only; otherwise also
 * an Athanor DatabaseConnection and any client with a pg-like `query`.
 */
export async function adoptConnection(external: unknown, opts: { driverObjectsOnly?: boolean } = {}): Promise<DatabaseConnection | null> {
  const o = external as Record<string, unknown>;
  if (isFn(o, "exec") && isFn(o, "query") && o && "waitReady" in o) {
    const db = external as PgliteLike;
    await db.waitReady;
    return {
      embedded: true,
      session: db,
      async inTransaction() {
        return typeof db.isInTransaction === "function" && db.isInTransaction();
      },
      async query<R>(sql: string, params?: readonly unknown[]): Promise<QueryResult<R>> {
        const r = await db.query(sql, params ? [...params] : undefined);
        return { rows: r.rows as R[], rowCount: r.affectedRows ?? r.rows.length };
      },
      async exec(sql: string) {
        await db.exec(sql);
      },
      async close() {},
    };
  }
  if (!opts.driverObjectsOnly && isDatabaseConnection(external)) {
    // Athanor's own interface: use it, but closing stays the owner's job.
    return {
      query: (sql, params, options) => external.query(sql, params, options),
      exec: (sql) => external.exec(sql),
      close: async () => {},
      session: external.session ?? external,
      ...(external.inTransaction ? { inTransaction: () => (external.inTransaction as () => Promise<boolean>).call(external) } : {}),
      ...(external.embedded ? { embedded: true } : {}),
    };
  }
  if (isFn(o, "connect") && isFn(o, "query") && typeof o?.totalCount === "number") {
    const client = await (external as PgLikePool).connect();
    let released = false;
    return fromPgClient(client, () => {
      if (!released) client.release();
      released = true;
    });
  }
  if (isPgClient(o) || (!opts.driverObjectsOnly && isFn(o, "query"))) return fromPgClient(external as PgLikeClient, () => {});
  return null;
}
