/**
 * What a revision has created so far: objects created in the same revision
 * are new (empty, unused by the running application), so the rules about
 * locks, rewrites and breaking changes leave them alone.
 */
import type { Operation } from "../operations/operation.js";
import { key, type LintItem, type LintSubject } from "./types.js";

export class NewObjects {
  tables = new Set<string>();
  columns = new Set<string>();
  types = new Set<string>();
  indexes = new Set<string>();

  clone(): NewObjects {
    const c = new NewObjects();
    c.tables = new Set(this.tables);
    c.columns = new Set(this.columns);
    c.types = new Set(this.types);
    c.indexes = new Set(this.indexes);
    return c;
  }

  /** Notes what `subject` creates; returns whether anything changed. */
  note(subject: LintSubject): boolean {
    if (subject.kind !== "operation") return false;
    const op: Operation = subject.op;
    switch (op.kind) {
      case "createTable":
        this.tables.add(key(op.table));
        return true;
      case "renameTable":
        if (!this.tables.has(key(op.table))) return false;
        this.tables.add(key(op.newName));
        return true;
      case "addColumn":
        this.columns.add(`${key(op.table)}.${key(op.column.name)}`);
        return true;
      case "createEnum":
        this.types.add(key(op.name));
        return true;
      case "createIndex":
        this.indexes.add(key(op.name));
        return true;
      default:
        return false;
    }
  }
}

/** Items for recorded steps, each with what had been created before it. */
export function withNewObjects<S extends { readonly subject: LintSubject }>(
  steps: readonly S[],
  start: NewObjects,
  make: (step: S, seen: NewObjects) => LintItem,
): { items: LintItem[]; end: NewObjects } {
  let seen = start;
  const items: LintItem[] = [];
  for (const step of steps) {
    items.push(make(step, seen));
    const next = seen.clone();
    if (next.note(step.subject)) seen = next;
  }
  return { items, end: seen };
}
