/**
 * Imports the revision modules of a run a few steps ahead, while the database
 * works on the current step: reading, type-stripping and compiling a module
 * costs the client about as much as the server spends on a small revision,
 * and one thread can do it while it waits for the server's answer. The
 * executor calls `advance()` right after it has sent one of the revision's
 * own statements (DDL, which keeps the server busy for a while), and one
 * module is started then; never after quick bookkeeping statements (BEGIN,
 * COMMIT, the version row), whose answers would otherwise wait behind it.
 *
 * A module's top-level code therefore runs a little before its turn (Alembic
 * imports every revision module before it runs any). A failed import is
 * reported when its step is reached, as before: earlier steps still run.
 */
import type { RevisionModule, ScriptDirectory } from "../script/script-directory.js";

export interface ImportedRevision {
  readonly module: RevisionModule;
  readonly checksum: string;
}

export class RevisionPrefetch {
  private readonly started = new Map<number, Promise<ImportedRevision>>();
  private stopped = false;
  private cursor = 0;
  private current = 0;

  /** `revisions[i]`: the revision whose module step i runs, or null (stamps). */
  constructor(
    private readonly scripts: ScriptDirectory,
    private readonly revisions: readonly (string | null)[],
    private readonly ahead = 8,
  ) {}

  /** Step i's module: the one imported ahead, or imported now. */
  get(i: number): Promise<ImportedRevision> {
    const p = this.started.get(i) ?? this.start(i);
    this.started.delete(i);
    this.current = i;
    this.cursor = Math.max(this.cursor, i + 1);
    return p;
  }

  /** Starts importing the next module ahead, if any is due (call while the server is busy). */
  advance(): void {
    if (this.stopped) return;
    while (this.cursor < this.revisions.length && this.revisions[this.cursor] === null) this.cursor++;
    if (this.cursor >= this.revisions.length || this.cursor > this.current + this.ahead) return;
    const i = this.cursor++;
    const p = this.start(i);
    p.catch(() => {}); // reported by get(i), when its step is reached
    this.started.set(i, p);
  }

  stop(): void {
    this.stopped = true;
    this.started.clear();
  }

  private start(i: number): Promise<ImportedRevision> {
    const rev = this.revisions[i];
    if (!rev) return Promise.reject(new Error(`step ${i} has no revision module`));
    return this.scripts.importRevision(rev);
  }
}
