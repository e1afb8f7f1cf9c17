/**
 * The routines and triggers that name a table the revision drops, for its
 * warning: the server keeps no dependency record for their SQL, so the DROP
 * succeeds and they fail when they next run. A trigger on a table dropped in
 * the same revision goes with it; one already named as blocking the DROP
 * (PostgreSQL: a function over the table's row type) is said there.
 */
import { foldName } from "../../util/fold-name.js";
import type { DbRoutine, DbTable } from "../schema-model.js";

export function routinesNaming(routines: readonly DbRoutine[], table: DbTable, dropped: readonly DbTable[]): string[] {
  const name = table.name.toLowerCase();
  const goesToo = (on: DbRoutine["on"]) => on !== undefined && dropped.some((d) => d.schema === on.schema && foldName(d.name) === foldName(on.name));
  const blocking = new Set(table.blockers ?? []);
  return routines
    .filter((r) => r.tables.includes(name) && !goesToo(r.on) && !blocking.has(r.description))
    .map((r) => r.description)
    .sort();
}
