/**
 * A rename of a table, or of one of its columns, while the table's rebuild
 * is held open (render-session.ts): the native `ALTER TABLE ... RENAME` runs
 * at once, before the rebuild is written, and the held rebuild is renamed to
 * match, so the table's changes before and after the rename stay one
 * rebuild ("several operations on one table in one revision are one
 * rebuild").
 *
 * Why the order may change: the rebuild reads and writes only its own
 * table, and renaming first then rebuilding the renamed definition leaves
 * what rebuilding then renaming leaves. SQLite's RENAME (legacy_alter_table
 * off) still rewrites the references to the name in other tables, views and
 * triggers, as it does where nothing is held. What Athanor must rewrite
 * itself is the held definition: the column or table name in its columns,
 * constraints, indexes and copy expressions (renamed-references.ts). That
 * rewrite is by identifier, which is exact for those texts but not for a
 * trigger's body or a computed copy (a `using` expression, which may name
 * another table's column of the same name), so a table with a trigger, or
 * whose rebuild computes a column from the renamed name, is not hoisted:
 * its rebuild is written before the rename, as before.
 */
import type { Operation } from "../../operations/operation.js";
import type { SqlStatement } from "../dialect.js";
import { mentionsIdentifier } from "./ddl-tokens.js";
import { foldName } from "../../util/fold-name.js";
import { quoteIdentifier } from "./quote.js";
import { renamesCaseOnly } from "./table-rename.js";
import { type PendingRebuild, RENAME_COLUMN_VERSION } from "./render-operation.js";
import { afterColumnRename, afterTableRename, renamedColumn, renamedTable } from "./renamed-references.js";
import { PLAIN_COLUMN, type RebuildDraft } from "./table-edit.js";
import { findColumn, sameName } from "./table-sql.js";
import type { TableState } from "./table-state.js";

type RenameTableOp = Extract<Operation, { kind: "renameTable" }>;
type AlterColumnOp = Extract<Operation, { kind: "alterColumn" }>;

function hasTrigger(rebuild: PendingRebuild): boolean {
  return [...rebuild.state.objects, ...rebuild.draft.objects].some((o) => o.type === "trigger");
}

function draftState(draft: RebuildDraft): TableState {
  return { table: draft.table, objects: draft.objects };
}

function setDraft(draft: RebuildDraft, state: TableState): void {
  draft.table = state.table;
  draft.objects = state.objects;
}

/** The draft's copy expressions with the column `drafted` keyed as `to`, and (with `from`) the old table's column `from` read as `to`. */
function renameInCopy(copy: Map<string, string>, drafted: string, to: string, from?: string): void {
  const entries: [string, string][] = [...copy].map(([name, expression]) => [
    sameName(name, drafted) ? foldName(to) : name,
    from !== undefined && mentionsIdentifier(expression, from) ? quoteIdentifier(to) : expression,
  ]);
  copy.clear();
  for (const [name, expression] of entries) copy.set(name, expression);
}

/**
 * `ALTER TABLE p RENAME TO q` run before `own` (p's held rebuild), which
 * becomes q's: returns the statement, or null when it can't be hoisted. The
 * caller re-keys the held rebuild under the new name.
 */
export function hoistTableRename(op: RenameTableOp, own: PendingRebuild): SqlStatement | null {
  // a rename of the letters' case alone is two statements (table-rename.ts): not hoisted, the rebuild is written first
  if (hasTrigger(own) || renamesCaseOnly(op.table, op.newName)) return null;
  // a computed copy naming the table (a subquery on it, or a qualified column) would read a name that is gone
  for (const expression of own.draft.copy.values()) if (!PLAIN_COLUMN.test(expression) && mentionsIdentifier(expression, op.table)) return null;
  const rename = (state: TableState) => afterTableRename(renamedTable(state, op.newName), op.table, op.newName);
  own.state = rename(own.state);
  setDraft(own.draft, rename(draftState(own.draft)));
  return { sql: `ALTER TABLE ${quoteIdentifier(op.table)} RENAME TO ${quoteIdentifier(op.newName)}` };
}

/**
 * `ALTER TABLE t RENAME COLUMN a TO b` run before `own` (t's held rebuild),
 * which is renamed to match: returns the statement, or null when it can't be
 * hoisted (SQLite before 3.25; the column is not the table's own yet, or is
 * not carried over as it is; the new name is taken; a trigger, or a computed
 * copy naming the column).
 */
export function hoistColumnRename(op: AlterColumnOp, own: PendingRebuild, version: number): SqlStatement | null {
  const from = op.column;
  const to = op.newName;
  if (to === undefined || version < RENAME_COLUMN_VERSION || hasTrigger(own)) return null;
  const live = findColumn(own.state.table, from);
  const drafted = findColumn(own.draft.table, from);
  if (!live || !drafted || findColumn(own.state.table, to) || findColumn(own.draft.table, to)) return null;
  const copy = own.draft.copy;
  // the drafted column must be the live one carried over ("from" copied as it is), not one dropped and added again
  if (copy.get(foldName(drafted.name)) !== quoteIdentifier(live.name)) return null;
  for (const expression of copy.values()) if (!PLAIN_COLUMN.test(expression) && mentionsIdentifier(expression, from)) return null;

  const table = own.state.table.name;
  const rename = (state: TableState) => afterColumnRename(renamedColumn(state, from, to), table, from, to);
  own.state = rename(own.state);
  setDraft(own.draft, rename(draftState(own.draft)));
  // the old table's column is called `to` when the rows are copied
  renameInCopy(copy, drafted.name, to, from);
  return { sql: `ALTER TABLE ${quoteIdentifier(table)} RENAME COLUMN ${quoteIdentifier(from)} TO ${quoteIdentifier(to)}` };
}

/**
 * `rebuild`, held for another table, as SQLite's RENAME leaves the foreign
 * keys of that table (see followsRename in rebuild-order.ts): the table as
 * the database holds it and the definition it is rebuilt to both name the
 * new name.
 */
export function followRename(rebuild: PendingRebuild, op: RenameTableOp | AlterColumnOp): void {
  const to = op.newName;
  if (to === undefined) return;
  const edit = (state: TableState) => (op.kind === "renameTable" ? afterTableRename(state, op.table, to) : afterColumnRename(state, op.table, op.column, to));
  rebuild.state = edit(rebuild.state);
  setDraft(rebuild.draft, edit(draftState(rebuild.draft)));
}

/**
 * A rename of a column that exists only in `own`'s draft (added since the
 * rebuild was opened): nothing in the database has it yet, so the rename is
 * the draft's alone, and no statement runs. Returns false (nothing changed)
 * unless the column is the draft's only, the new name is free, and the table
 * has no trigger; the caller checks that nothing else names it.
 */
export function renameInDraft(op: AlterColumnOp, own: PendingRebuild): boolean {
  const from = op.column;
  const to = op.newName;
  if (to === undefined || hasTrigger(own)) return false;
  const drafted = findColumn(own.draft.table, from);
  if (!drafted || findColumn(own.state.table, from) || findColumn(own.draft.table, to)) return false;
  const copy = own.draft.copy;
  for (const expression of copy.values()) if (mentionsIdentifier(expression, from)) return false;
  const table = own.state.table.name;
  setDraft(own.draft, afterColumnRename(renamedColumn(draftState(own.draft), from, to), table, from, to));
  renameInCopy(copy, drafted.name, to);
  return true;
}
