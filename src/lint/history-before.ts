/**
 * What the history built before each revision, from replaying every
 * revision's upgrade() without a database, parents first: the foreign keys
 * (foreign-key-graph.ts) and the columns' types (column-types.ts). A
 * revision that can't be replayed (it does not load, or its upgrade() throws)
 * makes what follows it unknown: null.
 */
import { readFileSync } from "node:fs";
import type { RunContext } from "../config/run-context.js";
import type { SqlLexer } from "../dialects/dialect.js";
import type { ScriptDirectory } from "../script/script-directory.js";
import { ColumnTypes } from "./column-types.js";
import { ForeignKeyGraph } from "./foreign-key-graph.js";
import { recordRevisionFunction } from "./record-revision.js";
import type { SqlReader } from "./types.js";

export interface HistoryBefore {
  readonly keys: ForeignKeyGraph;
  readonly columns: ColumnTypes;
}

export async function historyBefore(
  scripts: ScriptDirectory,
  setup: { readonly lexer: SqlLexer; readonly reader: SqlReader | null; readonly context?: RunContext | undefined },
): Promise<Map<string, HistoryBefore | null>> {
  const before = new Map<string, HistoryBefore | null>();
  let graph: ForeignKeyGraph | null = new ForeignKeyGraph();
  const columns = new ColumnTypes();
  for (const rev of scripts.map.parentsFirst()) {
    before.set(rev.id, graph ? { keys: graph.copy(), columns: columns.copy() } : null);
    if (graph === null) continue;
    const script = scripts.script(rev.id);
    const upgrade = await scripts.importRevision(rev.id).then(
      (r) => r.module.upgrade,
      () => null,
    );
    if (typeof upgrade !== "function") {
      if (upgrade === null) graph = null;
      continue;
    }
    const recording = await recordRevisionFunction(upgrade as (op: unknown) => unknown, {
      path: script.path,
      source: readFileSync(script.path, "utf8"),
      transactional: script.transactional,
      lexer: setup.lexer,
      reader: setup.reader,
      context: setup.context,
    });
    for (const step of recording.steps) {
      if (step.subject.kind !== "operation") continue;
      graph.apply(step.subject.op);
      columns.apply(step.subject.op);
    }
    if (recording.failure) graph = null;
  }
  return before;
}
