/**
 * A table rebuilt by hand, as drizzle-kit and SQLite's documented procedure
 * write it: `CREATE TABLE __new_t …; INSERT INTO __new_t SELECT … FROM t;
 * DROP TABLE t; ALTER TABLE __new_t RENAME TO t`. The name `t` stands again
 * when the function ends, on a table the function made (and filled): the
 * drop is part of replacing it, not the loss of a table the running
 * application uses. Likewise a table renamed away (`ALTER TABLE t RENAME TO
 * t_old`) while another takes its name is not a rename the application
 * sees; dropping `t_old` later is still a drop (whether its rows were copied
 * is not known).
 */
import type { LintItem } from "./types.js";
import { key } from "./types.js";

const cache = new WeakMap<readonly LintItem[], ReadonlySet<LintItem>>();

/** The items of `items` (one function of a revision) that drop or rename away a table that a later item puts back under its name. */
export function replacementSteps(items: readonly LintItem[]): ReadonlySet<LintItem> {
  const known = cache.get(items);
  if (known) return known;
  const out = new Set<LintItem>();
  const name = (table: string, schema?: string) => `${key(schema ?? "")}.${key(table)}`;
  /** Does an item after `from` give `table` its name again: a table this function made renamed to it, or (`created`) a new table of that name? */
  const madeAgain = (from: number, table: string, created: boolean) =>
    items.slice(from + 1).some((i) => {
      const s = i.subject;
      if (s.kind !== "operation") return false;
      if (s.op.kind === "createTable") return created && name(s.op.table, s.op.schema) === table;
      if (s.op.kind === "renameTable") return name(s.op.newName, s.op.schema) === table && i.newTables.has(key(s.op.table));
      return false;
    });
  items.forEach((item, n) => {
    const s = item.subject;
    if (s.kind !== "operation") return;
    if (s.op.kind === "dropTable" && madeAgain(n, name(s.op.table, s.op.schema), false)) out.add(item);
    else if (s.op.kind === "renameTable" && madeAgain(n, name(s.op.table, s.op.schema), true)) out.add(item);
  });
  cache.set(items, out);
  return out;
}
