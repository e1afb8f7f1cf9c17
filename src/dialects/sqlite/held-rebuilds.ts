/**
 * The table rebuilds a SQLite render session holds open: at most one per
 * table, in the order they were opened (the order they are written in). An
 * operation on a table joins its rebuild when it can; which of the others it
 * must follow is rebuild-order.ts's rule.
 */
import type { Operation } from "../../operations/operation.js";
import { mustFollow } from "./rebuild-order.js";
import type { PendingRebuild } from "./render-operation.js";
import { sameName } from "./table-sql.js";
import { foldName } from "../../util/fold-name.js";

export class HeldRebuilds {
  /** By the table's name in lower case; a Map keeps the order of opening. */
  private readonly byTable = new Map<string, PendingRebuild>();

  /** Holds a newly opened rebuild (its table has none held). */
  hold(rebuild: PendingRebuild): void {
    this.byTable.set(foldName(rebuild.state.table.name), rebuild);
  }

  /** The held rebuild `op` may join: its table's; for a dropIndex, the one whose table has the index. */
  ownOf(op: Operation): PendingRebuild | undefined {
    if (op.kind === "dropIndex") {
      for (const rebuild of this.byTable.values())
        if (rebuild.draft.objects.some((o) => o.type === "index" && sameName(o.name, op.name))) return rebuild;
      return op.table === undefined ? undefined : this.byTable.get(foldName(op.table));
    }
    return "table" in op && typeof op.table === "string" ? this.byTable.get(foldName(op.table)) : undefined;
  }

  /** The held rebuilds other than `own` that must be written before `op` runs (see mustFollow). */
  followedBy(op: Operation, own: PendingRebuild | undefined): PendingRebuild[] {
    return [...this.byTable.values()].filter((rebuild) => rebuild !== own && mustFollow(rebuild, op));
  }

  /** Keys the held rebuilds again by their tables' names, keeping their order (after a held table was renamed). */
  rekey(): void {
    const rebuilds = [...this.byTable.values()];
    this.byTable.clear();
    for (const rebuild of rebuilds) this.hold(rebuild);
  }

  /** Every held rebuild. */
  all(): PendingRebuild[] {
    return [...this.byTable.values()];
  }

  /** Stops holding `chosen`; returns them in the order they were opened. */
  take(chosen: readonly PendingRebuild[]): PendingRebuild[] {
    const taken: PendingRebuild[] = [];
    for (const [key, rebuild] of this.byTable) {
      if (!chosen.includes(rebuild)) continue;
      taken.push(rebuild);
      this.byTable.delete(key);
    }
    return taken;
  }
}
