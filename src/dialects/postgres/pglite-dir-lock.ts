/**
 * PGlite is one process's database: two processes opening the same data
 * directory would corrupt it. A lock file beside the directory
 * (`<dir>.lock`, holding the owner's pid) makes other processes wait their
 * turn; a lock left by a dead process is taken over, also when it names this
 * process's pid without this process holding it (a restarted container's
 * command gets the pid of the one that was killed).
 */
import { existsSync, linkSync, readFileSync, renameSync, unlinkSync, writeFileSync } from "node:fs";
import { AthanorError } from "../../errors.js";
import { processWide } from "../../util/process-wide.js";

/**
 * The locks this process holds. Kept on globalThis: an application that loads
 * Athanor both through `require` and through `import` has two copies of this
 * module, and each must see the other's locks as this process's (a lock with
 * our pid that no copy holds is a dead process's and is taken over).
 */
const held = processWide("pglite-dir-locks", () => new Set<string>());
let exitHookInstalled = false;

/** How long another process's PGlite database is waited for when lockWaitTimeout is not set. */
const DEFAULT_WAIT_MS = 300_000;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

function tryTake(lock: string): number | null {
  // The lock appears with its owner's pid already in it (a hard link of a
  // finished file): created empty and written after, another process could
  // read it in between, take it for a dead owner's and remove it.
  const mine = `${lock}.${process.pid}`;
  writeFileSync(mine, String(process.pid));
  try {
    linkSync(mine, lock);
    return null;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
  } finally {
    try {
      unlinkSync(mine);
    } catch {
      // already gone
    }
  }
  const owner = ownerIn(lock);
  if (Number.isNaN(owner) && !existsSync(lock)) return -1; // released between our try and the read: try again
  // This process's own pid in a lock it doesn't hold: left by a dead process that had the same pid (a container
  // restarted after a SIGKILL runs its command with the same pid again, often 1).
  const deadOwner = owner === process.pid ? !held.has(lock) : !alive(owner);
  if (!Number.isInteger(owner) || owner <= 0 || deadOwner) {
    removeStale(lock);
    return -1;
  }
  return owner;
}

function ownerIn(file: string): number {
  try {
    return Number(readFileSync(file, "utf8").trim());
  } catch {
    return Number.NaN;
  }
}

/**
 * Removes a dead owner's lock. It is moved aside first and read again: if
 * another waiter took the lock over in the meantime, the lock moved is that
 * live process's, and it is put back.
 */
function removeStale(lock: string): void {
  const aside = `${lock}.stale.${process.pid}`;
  try {
    renameSync(lock, aside);
  } catch {
    return; // someone else moved it first
  }
  const moved = ownerIn(aside);
  try {
    const movedLive = moved === process.pid ? held.has(lock) : alive(moved);
    if (Number.isInteger(moved) && moved > 0 && movedLive) linkSync(aside, lock);
  } catch {
    // a third process holds the lock now; the one moved will find its lock gone when it releases it
  } finally {
    try {
      unlinkSync(aside);
    } catch {
      // already gone
    }
  }
}

/**
 * Waits for the directory's lock, at most `timeoutMs` (0: not at all), saying so once through `log`; an abort of
 * `signal` ends the wait, rejecting with the signal's reason.
 */
export async function lockPgliteDir(
  dir: string,
  timeoutMs = DEFAULT_WAIT_MS,
  signal?: AbortSignal,
  log?: (line: string) => void,
): Promise<() => void> {
  const lock = `${dir}.lock`;
  const started = Date.now();
  let saidOwner = 0;
  for (;;) {
    const owner = tryTake(lock);
    if (owner === null) break;
    if (owner === process.pid) {
      throw new AthanorError("CONNECT.FAILED", `the PGlite database ${dir} is already open in this process`);
    }
    if (signal?.aborted) {
      const reason = signal.reason instanceof AthanorError && signal.reason.code === "ABORTED" ? signal.reason.message : "aborted";
      if (owner > 0) throw new AthanorError("ABORTED", `${reason} while waiting for the PGlite database ${dir}, in use by process ${owner}`);
    }
    if (owner > 0 && Date.now() - started >= timeoutMs) {
      const waited = timeoutMs === 0 ? "not waiting (lockWaitTimeout is 0)" : `gave up after ${timeoutMs} ms; raise lockWaitTimeout or stop that process`;
      throw new AthanorError("DB.BUSY", `the PGlite database ${dir} is in use by process ${owner} (lock file ${lock}); ${waited}`);
    }
    if (owner > 0 && owner !== saidOwner) {
      log?.(`waiting for the PGlite database ${dir}, in use by process ${owner}…`);
      saidOwner = owner;
    }
    await new Promise((r) => setTimeout(r, owner > 0 ? 100 : 5));
  }
  if (saidOwner > 0) log?.(`got the PGlite database ${dir} after ${((Date.now() - started) / 1000).toFixed(1)} s`);
  held.add(lock);
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.once("exit", () => {
      for (const l of held) {
        try {
          unlinkSync(l);
        } catch {
          // already gone
        }
      }
    });
  }
  return () => {
    if (!held.delete(lock)) return;
    try {
      unlinkSync(lock);
    } catch {
      // already gone
    }
  };
}
