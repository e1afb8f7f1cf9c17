/**
 * The migration lock between runs in this process that share one database
 * session: two migrate() calls given the same pg Client, mysql2 connection
 * or PGlite instance, or two connections to one file-backed PGlite database
 * (which share its single session). The database grants a session-level
 * lock again to the session that holds it (pg_try_advisory_lock, GET_LOCK),
 * so it can't keep such runs apart: this registry does, before the
 * database's lock is asked for.
 *
 * The registry lives on globalThis, not in this module: the ES and the
 * CommonJS copy of the library (import and require in one process) must
 * see each other's runs.
 */
const REGISTRY = Symbol.for("athanor.inProcessMigrationLocks");
const RUNS = Symbol.for("athanor.inProcessRunsBySession");

type Registry = WeakMap<object, Set<string>>;

function global<T extends object>(name: symbol): T {
  const g = globalThis as Record<symbol, T | undefined>;
  let r = g[name];
  if (!r) {
    r = new WeakMap() as unknown as T;
    g[name] = r;
  }
  return r;
}

function registry(): Registry {
  return global<Registry>(REGISTRY);
}

/**
 * Counts the runs in this process that have a session open on `session`
 * (an adopted connection) until the returned function is called. While one
 * has, a transaction found open on it may be that run's, not the application's.
 */
export function openRunOn(session: object): () => void {
  const runs = global<WeakMap<object, number>>(RUNS);
  runs.set(session, (runs.get(session) ?? 0) + 1);
  let done = false;
  return () => {
    if (done) return;
    done = true;
    const left = (runs.get(session) ?? 1) - 1;
    if (left > 0) runs.set(session, left);
    else runs.delete(session);
  };
}

/** Whether a run in this process has a session open on `session`. */
export function runsOpenOn(session: object): boolean {
  return (global<WeakMap<object, number>>(RUNS).get(session) ?? 0) > 0;
}

/** Claims `key` on `session` for this run; false when another run in this process holds it. Synchronous: nothing can come between the test and the claim. */
export function claimInProcess(session: object, key: string): boolean {
  const r = registry();
  let keys = r.get(session);
  if (!keys) {
    keys = new Set();
    r.set(session, keys);
  }
  if (keys.has(key)) return false;
  keys.add(key);
  return true;
}

export function releaseInProcess(session: object, key: string): void {
  registry().get(session)?.delete(key);
}
