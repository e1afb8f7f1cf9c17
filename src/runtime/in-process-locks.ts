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

type Registry = WeakMap<object, Set<string>>;

function registry(): Registry {
  const g = globalThis as { [REGISTRY]?: Registry };
  let r = g[REGISTRY];
  if (!r) {
    r = new WeakMap();
    g[REGISTRY] = r;
  }
  return r;
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
