/**
 * Alembic's `HeadMaintainer` as pure logic. The version table holds one row
 * per head; for each step this decides which rows to INSERT, UPDATE or
 * DELETE, and tracks the resulting set of heads. The runtime executes the
 * actions as SQL (checking that each UPDATE/DELETE touches exactly one row).
 *
 *   upgrade, parents absent (base / new branch)      INSERT rev
 *   upgrade, one parent present                      UPDATE parent -> rev
 *   upgrade of a merge, several parents present      DELETE all but one, UPDATE last -> rev
 *   downgrade, parents still implied by other heads  DELETE rev (branch goes away)
 *   downgrade of a merge                             INSERT extra parents, UPDATE rev -> one parent
 *   downgrade otherwise                              UPDATE rev -> parent
 *
 * Stamp steps follow Alembic's `StampStep` the same way.
 */
import { VersionTableError } from "./errors.js";
import type { MigrationStep, RevisionStep, StampStep } from "./migration-step.js";
import type { Revision, RevisionSource } from "./revision.js";
import type { RevisionMap } from "./revision-map.js";

export type VersionAction =
  | { readonly kind: "insert"; readonly rev: string }
  | { readonly kind: "update"; readonly from: string; readonly to: string }
  | { readonly kind: "delete"; readonly rev: string };

export class HeadMaintainer<S extends RevisionSource = RevisionSource> {
  private readonly current: Set<string>;

  constructor(
    private readonly map: RevisionMap<S>,
    heads: Iterable<string>,
  ) {
    this.current = new Set(heads);
  }

  /** The heads the version table holds now, in insertion order. */
  get heads(): string[] {
    return [...this.current];
  }

  /** Applies a step; returns the version-table actions, in order. */
  updateToStep(step: MigrationStep<S>): VersionAction[] {
    const planned = step.type === "revision" ? this.revisionActions(step) : this.stampActions(step);
    for (const a of planned) this.apply(a, step);
    return planned;
  }

  private apply(a: VersionAction, step: MigrationStep<S>): void {
    const h = this.current;
    const fail = (why: string) => {
      const what = step.type === "revision" ? `${step.direction === "up" ? "upgrade" : "downgrade"} of ${step.revision.id}` : `stamp ${step.fromRevisions.join(", ") || "base"} -> ${step.toRevisions.join(", ") || "base"}`;
      return new VersionTableError(
        `Can't apply ${what} to the version table: ${why} (version table holds: ${h.size > 0 ? [...h].join(", ") : "nothing"})`,
        { revisions: [...h] },
      );
    };
    if (a.kind === "insert") {
      if (h.has(a.rev)) throw fail(`${a.rev} is already present`);
      h.add(a.rev);
    } else if (a.kind === "delete") {
      if (!h.delete(a.rev)) throw fail(`${a.rev} is not present`);
    } else {
      if (!h.has(a.from)) throw fail(`${a.from} is not present`);
      if (a.from !== a.to && h.has(a.to)) throw fail(`${a.to} is already present`);
      h.delete(a.from);
      h.add(a.to);
    }
  }

  private node(id: string): Revision<S> {
    const rev = this.map.get(id);
    if (!rev) throw new VersionTableError(`The version table lists revision '${id}', which is not in the revision scripts`, { revisions: [id] });
    return rev;
  }

  /** `candidates` minus anything that another head (besides `except`) already implies. */
  private notImpliedByOthers(candidates: readonly string[], except: ReadonlySet<string>): string[] {
    const others = [...this.current].filter((h) => !except.has(h)).map((h) => this.node(h));
    if (others.length === 0) return [...candidates];
    return candidates.filter((c) => {
      const rev = this.node(c);
      return !others.some((o) => this.map.isAncestorNode(rev, o, true));
    });
  }

  /** Drops the revisions that are ancestors of another one in the list. */
  private notImplied(revs: string[]): string[] {
    if (revs.length < 2) return revs;
    const nodes = revs.map((id) => this.node(id));
    return revs.filter((_, i) =>
      !nodes.some((o, j) => j !== i && this.map.isAncestorNode(nodes[i] as Revision<S>, o, true)),
    );
  }

  private revisionActions(step: RevisionStep<S>): VersionAction[] {
    const rev = step.revision;
    const h = this.current;
    const downs = rev.normalizedDownRevisions;
    if (step.direction === "down") {
      if (h.has(rev.id)) {
        // should_delete_branch / should_unmerge_branches: the parents that stay
        // recorded are those no other head and no other parent already implies
        // (the latter is Alembic's fix for #1373, generalised)
        const to = downs.length === 0 ? [] : this.notImplied(this.notImpliedByOthers(downs, new Set([rev.id])));
        if (to.length === 0) return [{ kind: "delete", rev: rev.id }];
        if (downs.length > 1) {
          const last = to[to.length - 1] as string;
          return [
            ...to.slice(0, -1).map((r): VersionAction => ({ kind: "insert", rev: r })),
            { kind: "update", from: rev.id, to: last },
          ];
        }
      }
      return [{ kind: "update", from: rev.id, to: this.singleDown(rev) }];
    }
    const present = downs.filter((d) => h.has(d));
    if (present.length === 0) return [{ kind: "insert", rev: rev.id }];
    if (downs.length > 1 && present.length > 1) {
      // should_merge_branches: keep the parents no other head implies, fold them into rev
      let from = this.notImpliedByOthers(downs, new Set(downs)).filter((d) => h.has(d));
      if (from.length === 0) from = present;
      const last = from[from.length - 1] as string;
      return [
        ...from.slice(0, -1).map((r): VersionAction => ({ kind: "delete", rev: r })),
        { kind: "update", from: last, to: rev.id },
      ];
    }
    return [{ kind: "update", from: this.singleDown(rev), to: rev.id }];
  }

  /** Alembic `update_version_num`: the one down revision to move along. */
  private singleDown(rev: Revision<S>): string {
    const downs = rev.normalizedDownRevisions;
    if (downs.length === 1) return downs[0] as string;
    const present = downs.filter((d) => this.current.has(d));
    if (present.length !== 1) {
      throw new VersionTableError(
        `Can't do an UPDATE for ${rev.id}: its down revisions (${downs.join(", ") || "none"}) are ${present.length === 0 ? "not in the version table" : "ambiguous"} (version table holds: ${[...this.current].join(", ") || "nothing"})`,
        { revisions: [rev.id] },
      );
    }
    return present[0] as string;
  }

  private stampActions(step: StampStep): VersionAction[] {
    const h = this.current;
    const from = step.fromRevisions;
    const to = step.toRevisions;
    if (step.direction === "down" && step.branchMove) {
      return [{ kind: "delete", rev: from[0] as string }];
    }
    if (
      step.direction === "up" &&
      (step.branchMove || from.some((f) => !h.has(f))) &&
      to.some((t) => !h.has(t))
    ) {
      return [{ kind: "insert", rev: to[0] as string }];
    }
    if (from.length > 1) {
      return [
        ...from.slice(0, -1).map((r): VersionAction => ({ kind: "delete", rev: r })),
        { kind: "update", from: from[from.length - 1] as string, to: to[0] as string },
      ];
    }
    if (to.length > 1) {
      return [
        ...to.slice(0, -1).map((r): VersionAction => ({ kind: "insert", rev: r })),
        { kind: "update", from: from[0] as string, to: to[to.length - 1] as string },
      ];
    }
    return [{ kind: "update", from: from[0] as string, to: to[0] as string }];
  }
}

/**
 * The actions for one step and the heads afterwards, without keeping state.
 */
export function versionTableActions<S extends RevisionSource>(
  map: RevisionMap<S>,
  heads: Iterable<string>,
  step: MigrationStep<S>,
): { actions: VersionAction[]; heads: string[] } {
  const hm = new HeadMaintainer(map, heads);
  const actions = hm.updateToStep(step);
  return { actions, heads: hm.heads };
}
