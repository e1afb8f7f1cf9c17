/**
 * The migration lock between runs in this process that share one database
 * session: two migrate() calls given the same application connection, or two
 * connections that a driver routes through one session
 * (`DatabaseConnection.session`). A dialect's lock is a session-level lock
 * that the database grants again to the session holding it, so it can't keep
 * such runs apart: this registry does, before the database's lock is asked
 * for. It is process-wide (util/process-wide.ts): the ES and the CommonJS copy
 * of the library must see each other's runs.
 */
import { processWide } from "../util/process-wide.js";

/** The lock keys claimed on each session. */
const claimed = processWide("inProcessMigrationLocks", () => new WeakMap<object, Set<string>>());
/** How many runs have a session open on each session. */
const runs = processWide("inProcessRunsBySession", () => new WeakMap<object, number>());

/**
 * Counts the runs in this process that have a session open on `session`
 * (an adopted connection) until the returned function is called. While one
 * has, a transaction found open on it may be that run's, not the application's.
 */
export function openRunOn(session: object): () => void {
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
  return (runs.get(session) ?? 0) > 0;
}

/** Claims `key` on `session` for this run; false when another run in this process holds it. Synchronous: nothing can come between the test and the claim. */
export function claimInProcess(session: object, key: string): boolean {
  let keys = claimed.get(session);
  if (!keys) {
    keys = new Set();
    claimed.set(session, keys);
  }
  if (keys.has(key)) return false;
  keys.add(key);
  return true;
}

export function releaseInProcess(session: object, key: string): void {
  claimed.get(session)?.delete(key);
}
