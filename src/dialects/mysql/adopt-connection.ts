/**
 * Wraps a mysql2 connection or pool the application already has (callback
 * API or `mysql2/promise`). The application keeps ownership: closing the
 * wrapper releases a pooled connection but never ends the application's
 * connection or pool, and puts back the session variables the migration
 * session set (adopted-settings.ts).
 */
import type { DatabaseConnection } from "../dialect.js";
import { type ConnectionParts, urlOfParts } from "../describe-adopted.js";
import { keepSessionVariables } from "./adopted-settings.js";
import { loadMysql2, type Mysql2Connection, Mysql2Session } from "./driver-mysql2.js";

type Obj = Record<string, unknown>;

function isFn(o: unknown, name: string): boolean {
  return typeof o === "object" && o !== null && typeof (o as Obj)[name] === "function";
}

/** A mysql2 connection (callback API): it has a thread id and an `execute`. */
function isMysql2Connection(o: unknown): o is Mysql2Connection {
  return isFn(o, "query") && isFn(o, "execute") && isFn(o, "end") && typeof o === "object" && o !== null && "threadId" in o && "config" in o;
}

/** A mysql2 pool: `getConnection(cb)` handing out pool connections. */
function isMysql2Pool(o: unknown): boolean {
  return isFn(o, "getConnection") && isFn(o, "query") && typeof o === "object" && o !== null && ("_allConnections" in o || "pool" in o);
}

/** The callback-API object behind `external`: mysql2/promise wraps it in `.connection` / `.pool`. */
function callbackObject(external: unknown): unknown {
  const inner = (external as Obj | null)?.connection ?? (external as Obj | null)?.pool;
  return isMysql2Connection(inner) || isMysql2Pool(inner) ? inner : external;
}

/** Where a mysql2 connection or pool connects (its config: host, port, user, database), as a mysql: URL. */
export function describeAdopted(external: unknown): string | null {
  const target = callbackObject(external);
  if (isMysql2Connection(target)) return urlOfParts("mysql", (target as { config?: ConnectionParts }).config);
  if (isMysql2Pool(target)) return urlOfParts("mysql", (target as { config?: { connectionConfig?: ConnectionParts } }).config?.connectionConfig);
  return null;
}

export async function adoptConnection(external: unknown): Promise<DatabaseConnection | null> {
  const target = callbackObject(external);
  if (isMysql2Connection(target)) {
    const session = new Mysql2Session(target, await loadMysql2(), false);
    session.beforeRelease = await keepSessionVariables(session);
    return session;
  }
  if (isMysql2Pool(target)) {
    const pool = target as { getConnection(cb: (err: Error | null, c: Mysql2Connection & { release(): void }) => void): void };
    const conn = await new Promise<Mysql2Connection & { release(): void }>((resolve, reject) =>
      pool.getConnection((err, c) => (err ? reject(err) : resolve(c))),
    );
    const session = new Mysql2Session(conn, await loadMysql2(), false);
    const restore = await keepSessionVariables(session);
    let released = false;
    return {
      query: (sql, params) => session.query(sql, params),
      exec: (sql) => session.exec(sql),
      inTransaction: () => session.inTransaction(),
      async close() {
        if (released) return;
        released = true;
        // back to the pool as it came out of it
        await restore();
        conn.release();
      },
    };
  }
  return null;
}
