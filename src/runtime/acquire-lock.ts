/**
 * Takes the session-level migration lock before anything else (before the
 * version table is even created). Another process holding it makes us wait,
 * saying who holds it; a lock held by a killed process goes with its session.
 */
import type { VersionTableRef } from "../dialects/dialect.js";
import { AthanorError } from "../errors.js";
import { claimInProcess, releaseInProcess } from "./in-process-locks.js";
import { ownQueryFailed } from "./own-query-error.js";
import { stopReason } from "./stopped-run.js";
import type { Session } from "./open-session.js";
import type { VersionStore } from "./version-store.js";
import { abortablePause } from "../util/abortable-pause.js";

export interface LockOptions {
  /** Give up after this many ms (undefined: wait forever; 0: don't wait). */
  waitTimeoutMs?: number | undefined;
  /** Poll interval (ms). */
  pollMs?: number;
  log?: (line: string) => void;
  signal?: AbortSignal | undefined;
}

export interface HeldLock {
  /** Whether another process held the lock and we waited for it. */
  readonly waited: boolean;
  readonly waitedMs: number;
  release(): Promise<void>;
}

const SAME_SESSION_HOLDER = "another migrate() in this process on the same connection";

export async function acquireMigrationLock(session: Session, store: VersionStore, opts: LockOptions = {}): Promise<HeldLock> {
  const { dialect, conn } = session;
  const key = dialect.lock.keyFor(await lockedTable(session, store));
  const started = Date.now();
  let waited = false;
  let poll = opts.pollMs ?? 100;
  let lastHolder: string | null | undefined;
  const shared = conn.session;
  for (;;) {
    // another run in this process on the same session: the database would grant it the lock again
    const inProcess = shared !== undefined && !claimInProcess(shared, key);
    const got =
      !inProcess &&
      (await dialect.lock.tryAcquire(conn, key).then(
        (taken) => {
          if (!taken && shared !== undefined) releaseInProcess(shared, key);
          return taken;
        },
        (e: unknown) => {
          if (shared !== undefined) releaseInProcess(shared, key);
          throw ownQueryFailed("taking the migration lock", e, dialect);
        },
      ));
    if (got) break;
    if (opts.waitTimeoutMs === 0) {
      throw new AthanorError("LOCK.BUSY", `${inProcess ? SAME_SESSION_HOLDER : "another process"} holds the migration lock${inProcess ? "" : await holderText()}; not waiting (lockWaitTimeout is 0)`);
    }
    const holder = inProcess ? SAME_SESSION_HOLDER : await dialect.lock.holder(conn, key).catch(() => null);
    if (!waited || holder !== lastHolder) {
      opts.log?.(`waiting for migration lock…${holder ? ` (${describeHolder(holder)})` : ""}`);
      lastHolder = holder;
    }
    waited = true;
    if (opts.waitTimeoutMs !== undefined && Date.now() - started >= opts.waitTimeoutMs) {
      throw new AthanorError(
        "LOCK.TIMEOUT",
        `gave up waiting for the migration lock after ${opts.waitTimeoutMs} ms${holder ? ` (${describeHolder(holder)})` : ""}; raise lockWaitTimeout or find the other process`,
      );
    }
    if (opts.signal?.aborted) throw new AthanorError("ABORTED", `${stopReason(opts.signal)} while waiting for the migration lock`);
    await abortablePause(poll, opts.signal);
    if (opts.signal?.aborted) throw new AthanorError("ABORTED", `${stopReason(opts.signal)} while waiting for the migration lock`);
    poll = Math.min(poll * 1.5, 1000);
  }
  const waitedMs = Date.now() - started;
  if (waited) opts.log?.(`got the migration lock after ${(waitedMs / 1000).toFixed(1)} s`);
  return {
    waited,
    waitedMs,
    release: async () => {
      try {
        await dialect.lock.release(conn, key);
      } finally {
        if (shared !== undefined) releaseInProcess(shared, key);
      }
    },
  };

  async function holderText(): Promise<string> {
    const h = await dialect.lock.holder(conn, key).catch(() => null);
    return h ? ` (${describeHolder(h)})` : "";
  }
}

/**
 * The version table the lock is named after: the one the session will
 * write. With no schema configured, on a dialect with schemas, that is where
 * the unqualified name resolves (the schema holding the table, else the
 * session's current schema), so that a process finding it through
 * `searchPath` and one configured with `versionTableSchema` take one lock.
 * Reading it is a catalog query: nothing is created before the lock.
 */
async function lockedTable(session: Session, store: VersionStore): Promise<VersionTableRef> {
  if (!store.configured.schema && session.dialect.capabilities.schemas) await store.exists(session.conn);
  return store.ref;
}

/** A backend pid (PostgreSQL) is said to hold it; any other text is the dialect's own description (SQLite: "another process's write lock on <file>"). */
function describeHolder(holder: string): string {
  return /^\d+$/.test(holder) ? `held by database session pid ${holder}` : holder;
}
