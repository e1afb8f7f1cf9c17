/**
 * Imports the revision modules of a run a few steps ahead, while the database
 * works on the current step: reading, type-stripping and compiling a module
 * costs the client about as much as the server spends on a small revision,
 * and one thread can do it while it waits for the server's answer. One module
 * is started per turn of the event loop, so the server's answers are never
 * kept waiting behind a batch of them.
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
  private scheduled = false;
  private stopped = false;
  private cursor = 0;

  /** `revisions[i]`: the revision whose module step i runs, or null (stamps). */
  constructor(
    private readonly scripts: ScriptDirectory,
    private readonly revisions: readonly (string | null)[],
    private readonly ahead = 8,
  ) {}

  /** Step i's module (imported now unless it already was), and the next ones queued for idle time. */
  get(i: number): Promise<ImportedRevision> {
    const p = this.started.get(i) ?? this.start(i);
    this.started.delete(i);
    this.cursor = Math.max(this.cursor, i + 1);
    this.schedule(i);
    return p;
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

  private schedule(current: number): void {
    if (this.scheduled || this.stopped) return;
    while (this.cursor < this.revisions.length && (this.revisions[this.cursor] === null || this.started.has(this.cursor))) this.cursor++;
    if (this.cursor >= this.revisions.length || this.cursor > current + this.ahead) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      if (this.stopped || this.cursor >= this.revisions.length) return;
      const i = this.cursor++;
      const p = this.start(i);
      p.catch(() => {}); // reported by get(i), when its step is reached
      this.started.set(i, p);
      this.schedule(current);
    });
  }
}
