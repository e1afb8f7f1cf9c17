/**
 * Edits of a table's parts (`TableSql`) for the operations SQLite can only do
 * by rebuilding the table: change a column's type, nullability or default;
 * add or drop a constraint; add or drop a column it can't add or drop in
 * place. Each edit also says how the rebuild fills the new column from the
 * old table (`copy`).
 */
import type { AlterColumnOp } from "../../operations/alter-column.js";
import type { CreateConstraintOp, DropConstraintOp } from "../../operations/drop-constraint.js";
import { sqlTextOf } from "../../schema/sql-expression.js";
import { AthanorError } from "../../errors.js";
import { isBinaryCollation } from "./column-collation.js";
import { identifierName, mentionsIdentifier, significant, tokenizeDdl } from "./ddl-tokens.js";
import { quoteIdentifier } from "./quote.js";
import { checkSql, columnSql, enumCheckName, foreignKeySql, jsonCheckName, primaryKeySql, renderDefault, uniqueSql } from "./render-definitions.js";
import { renderColumnType } from "./render-type.js";
import { type ColumnConstraintSql, type ColumnSql, columnText, findColumn, sameName, type TableConstraintSql, type TableSql } from "./table-sql.js";
import type { TableState } from "./table-state.js";
import { foldName } from "../../util/fold-name.js";

/** A table being rebuilt: its new parts, and for each new column the SQL that reads its value from the old table. */
export interface RebuildDraft {
  table: TableSql;
  /** New column name (lower case) → expression over the old table; absent: the column takes its default. */
  readonly copy: Map<string, string>;
  /** Indexes and triggers to write again after the rebuild. */
  objects: TableState["objects"];
}

/** A copy expression that is just a column of the old table (`"name"`): it computes nothing and reads no other table. */
export const PLAIN_COLUMN = /^"(?:[^"]|"")*"$/;

export function startDraft(state: TableState): RebuildDraft {
  const copy = new Map<string, string>();
  for (const c of state.table.columns) copy.set(foldName(c.name), quoteIdentifier(c.name));
  return { table: state.table, copy, objects: state.objects };
}

function editError(message: string): AthanorError {
  return new AthanorError("DIALECT.UNSUPPORTED", message);
}

function replaceColumn(draft: RebuildDraft, name: string, next: ColumnSql): void {
  draft.table = { ...draft.table, columns: draft.table.columns.map((c) => (sameName(c.name, name) ? next : c)) };
}

function column(draft: RebuildDraft, name: string, where: string): ColumnSql {
  const c = findColumn(draft.table, name);
  if (!c) throw editError(`${where}: table ${draft.table.name} has no column ${name}`);
  return c;
}

function edited(c: ColumnSql, changes: Partial<ColumnSql>): ColumnSql {
  const { text: _text, ...rest } = c;
  return { ...rest, ...changes };
}

export function addColumnToDraft(draft: RebuildDraft, col: ColumnSql, where: string): void {
  if (findColumn(draft.table, col.name)) throw editError(`${where}: table ${draft.table.name} already has a column ${col.name}`);
  draft.table = { ...draft.table, columns: [...draft.table.columns, col] };
  // existing rows get the default the column has when it is added (a later default change in the same rebuild
  // must not reach them, as it would not after a separate ADD COLUMN)
  const dflt = col.constraints.find((k) => k.kind === "default");
  const expression = dflt ? dflt.text.replace(/^CONSTRAINT\s+("(?:[^"]|"")*"|\S+)\s+/i, "").replace(/^DEFAULT\s+/i, "") : "NULL";
  draft.copy.set(foldName(col.name), expression);
}

/** Why the column can't be dropped even by a rebuild (something else still names it), or null. */
export function dropBlocker(draft: RebuildDraft, name: string): string | null {
  for (const k of draft.table.constraints) {
    if (k.columns.some((c) => sameName(c, name)) || (k.kind === "check" && mentionsIdentifier(k.text, name)))
      return `the constraint ${k.name ?? k.text} uses it: drop the constraint first`;
  }
  for (const c of draft.table.columns) {
    if (sameName(c.name, name)) continue;
    if (c.constraints.some((k) => (k.kind === "check" || k.kind === "generated") && mentionsIdentifier(k.text, name)))
      return `column ${c.name}'s CHECK or generated expression uses it`;
  }
  for (const o of draft.objects) {
    const body = o.sql.replace(/^[\s\S]*?\bON\s+("(?:[^"]|"")*"|\[[^\]]*\]|`[^`]*`|\S+)/i, "");
    if (mentionsIdentifier(body, name)) return `the ${o.type} ${o.name} uses it: drop the ${o.type} first`;
  }
  return null;
}

export function dropColumnFromDraft(draft: RebuildDraft, name: string, where: string): void {
  column(draft, name, where);
  const blocker = dropBlocker(draft, name);
  if (blocker) throw editError(`${where}: ${blocker}`);
  draft.table = { ...draft.table, columns: draft.table.columns.filter((c) => !sameName(c.name, name)) };
  draft.copy.delete(foldName(name));
}

function withoutKinds(constraints: readonly ColumnConstraintSql[], ...kinds: ColumnConstraintSql["kind"][]): ColumnConstraintSql[] {
  return constraints.filter((k) => !kinds.includes(k.kind));
}

/** Insert `add` after the constraints that come before it in Athanor's order (key, NOT NULL, UNIQUE, DEFAULT). */
function insertConstraint(constraints: readonly ColumnConstraintSql[], add: ColumnConstraintSql): ColumnConstraintSql[] {
  const order: ColumnConstraintSql["kind"][] = ["primaryKey", "notNull", "null", "unique", "default"];
  const rank = order.indexOf(add.kind);
  const at = constraints.findIndex((k) => {
    const r = order.indexOf(k.kind);
    return r < 0 || r > rank;
  });
  const out = [...constraints];
  out.splice(at < 0 ? out.length : at, 0, add);
  return out;
}

/** Type, nullability, collation and default changes of an alterColumn (the rename is done in place, before). */
export function alterColumnInDraft(draft: RebuildDraft, op: AlterColumnOp, name: string, where: string): void {
  let c = column(draft, name, where);
  if (op.type !== undefined) {
    let constraints = c.constraints.filter((k) => !(k.kind === "check" && (sameName(k.name ?? "", enumCheckName(draft.table.name, op.column)) || sameName(k.name ?? "", jsonCheckName(draft.table.name, op.column)))));
    const fresh = columnSql({ name: c.name, type: op.type }, { table: draft.table.name, inPrimaryKey: false, columnPrimaryKey: false, where });
    constraints = [...constraints, ...fresh.constraints.filter((k) => k.kind === "check")];
    c = edited(c, { type: renderColumnType(op.type), constraints });
    if (op.using !== undefined) draft.copy.set(foldName(c.name), `(${sqlTextOf(op.using)})`);
  }
  if (op.nullable !== undefined) {
    const constraints = withoutKinds(c.constraints, "notNull", "null");
    c = edited(c, { constraints: op.nullable ? constraints : insertConstraint(constraints, { name: null, kind: "notNull", text: "NOT NULL" }) });
  }
  const collation = op.sqlite?.collation;
  if (collation !== undefined) {
    // BINARY is no collation of the column's own: no COLLATE is written
    const constraints = withoutKinds(c.constraints, "collate");
    c = edited(c, { constraints: isBinaryCollation(collation) ? constraints : [...constraints, { name: null, kind: "collate", text: `COLLATE ${quoteIdentifier(collation)}` }] });
  }
  if (op.default !== undefined) {
    const constraints = withoutKinds(c.constraints, "default");
    c = edited(c, {
      constraints: op.default === null ? constraints : insertConstraint(constraints, { name: null, kind: "default", text: `DEFAULT ${renderDefault(op.default)}` }),
    });
  }
  replaceColumn(draft, name, c);
}

/** The table constraint an operation creates. */
export function constraintOf(op: CreateConstraintOp, where: string): TableConstraintSql {
  switch (op.kind) {
    case "createPrimaryKey":
      return primaryKeySql(op.name === undefined ? { columns: op.columns } : { name: op.name, columns: op.columns });
    case "createUniqueConstraint":
      return uniqueSql(op, where);
    case "createForeignKey":
      if (op.notValid) throw editError(`${where}: NOT VALID is not supported on sqlite; drop notValid (SQLite never checks existing rows when a key is created; Athanor's foreign_key_check before COMMIT does)`);
      return foreignKeySql(op, where);
    case "createCheckConstraint":
      if (op.notValid) throw editError(`${where}: NOT VALID is not supported on sqlite; drop notValid (the rebuild copies every row through the new CHECK)`);
      return checkSql(op);
  }
}

function hasPrimaryKey(table: TableSql): boolean {
  return table.constraints.some((k) => k.kind === "primaryKey") || table.columns.some((c) => c.constraints.some((k) => k.kind === "primaryKey"));
}

export function addConstraintToDraft(draft: RebuildDraft, constraint: TableConstraintSql, where: string): void {
  if (constraint.kind === "primaryKey" && hasPrimaryKey(draft.table)) throw editError(`${where}: table ${draft.table.name} already has a primary key; drop it first`);
  if (constraint.name !== null && findNamedConstraint(draft.table, constraint.name))
    throw editError(`${where}: table ${draft.table.name} already has a constraint named ${constraint.name}`);
  for (const c of constraint.columns) column(draft, c, where);
  draft.table = { ...draft.table, constraints: [...draft.table.constraints, constraint] };
}

function findNamedConstraint(table: TableSql, name: string): boolean {
  return table.constraints.some((k) => k.name !== null && sameName(k.name, name)) || table.columns.some((c) => c.constraints.some((k) => k.name !== null && sameName(k.name, name)));
}

/**
 * A constraint's text in a form that two spellings of it share: names
 * unquoted ("x", `x`, [x]) and folded, words folded, no spaces between
 * tokens, `ON UPDATE/DELETE NO ACTION` (the default) dropped; string
 * literals kept as written. `CHECK(qty>0)` and `CHECK ("qty" > 0)` are one;
 * so are drizzle-kit's ``REFERENCES `parent`(`id`) ON UPDATE no action`` and
 * Athanor's `REFERENCES "parent" ("id")`.
 */
function normalised(text: string): string {
  const parts = significant(tokenizeDdl(text)).map((t) => (t.kind === "word" || t.kind === "quoted" ? foldName(identifierName(t)) : t.kind === "string" ? t.text : foldName(t.text)));
  return parts.join("").replace(/on(update|delete)noaction/g, "");
}

/** Finds the constraint by name; unnamed ones by their kind and definition (`original`). */
export function dropConstraintFromDraft(draft: RebuildDraft, op: DropConstraintOp, where: string): void {
  const t = draft.table;
  const wanted = op.name;
  const byName = wanted === undefined ? -1 : t.constraints.findIndex((k) => k.name !== null && sameName(k.name, wanted));
  if (byName >= 0) {
    draft.table = { ...t, constraints: t.constraints.filter((_, i) => i !== byName) };
    return;
  }
  for (const c of t.columns) {
    const k = wanted === undefined ? undefined : c.constraints.find((x) => x.name !== null && sameName(x.name, wanted));
    if (k) {
      replaceColumn(draft, c.name, edited(c, { constraints: c.constraints.filter((x) => x !== k) }));
      return;
    }
  }
  const kind = op.constraintType ?? (op.original ? constraintKind(op.original) : undefined);
  if (kind === "primaryKey") {
    const tableKey = t.constraints.findIndex((k) => k.kind === "primaryKey");
    if (tableKey >= 0) {
      draft.table = { ...t, constraints: t.constraints.filter((_, i) => i !== tableKey) };
      return;
    }
    const c = t.columns.find((x) => x.constraints.some((k) => k.kind === "primaryKey"));
    if (c) {
      replaceColumn(draft, c.name, edited(c, { constraints: c.constraints.filter((k) => k.kind !== "primaryKey") }));
      return;
    }
  }
  if (op.original) {
    const wanted = normalised(constraintOf(op.original, where).text.replace(/^CONSTRAINT\s+("(?:[^"]|"")*"|\S+)\s+/i, ""));
    const i = t.constraints.findIndex((k) => normalised(k.text.replace(/^CONSTRAINT\s+("(?:[^"]|"")*"|\S+)\s+/i, "")) === wanted);
    if (i >= 0) {
      draft.table = { ...t, constraints: t.constraints.filter((_, j) => j !== i) };
      return;
    }
    // written on a column (`qty INTEGER CHECK (qty > 0)`, `email TEXT UNIQUE`, `user_id REFERENCES users`)
    const original = op.original;
    const columnOf = (c: ColumnSql): ColumnConstraintSql | undefined => {
      const unnamed = (k: ColumnConstraintSql) => normalised(k.text.replace(/^CONSTRAINT\s+("(?:[^"]|"")*"|\S+)\s+/i, ""));
      switch (original.kind) {
        case "createCheckConstraint":
          return c.constraints.find((k) => k.kind === "check" && unnamed(k) === wanted);
        case "createUniqueConstraint":
          return original.columns.length === 1 && sameName(original.columns[0] as string, c.name) ? c.constraints.find((k) => k.kind === "unique") : undefined;
        case "createForeignKey":
          return original.columns.length === 1 && sameName(original.columns[0] as string, c.name)
            ? c.constraints.find((k) => k.kind === "references" && new RegExp(`^(CONSTRAINT\\s+\\S+\\s+)?REFERENCES\\s+"?${escapeRegExp(original.refTable)}"?`, "i").test(k.text))
            : undefined;
        default:
          return undefined;
      }
    };
    for (const c of t.columns) {
      const k = columnOf(c);
      if (k) {
        replaceColumn(draft, c.name, edited(c, { constraints: c.constraints.filter((x) => x !== k) }));
        return;
      }
    }
  }
  if (op.ifExists) return;
  throw editError(
    op.name === undefined
      ? `${where}: table ${t.name} has no constraint like the one given in original (${op.original ? constraintOf(op.original, where).text : "none given"})`
      : `${where}: table ${t.name} has no constraint named ${op.name} (SQLite keeps only the names written in CREATE TABLE)`,
  );
}

function constraintKind(op: CreateConstraintOp): TableConstraintSql["kind"] {
  return op.kind === "createPrimaryKey" ? "primaryKey" : op.kind === "createUniqueConstraint" ? "unique" : op.kind === "createForeignKey" ? "foreignKey" : "check";
}

/** The column's definition as it will be written (for messages and tests). */
export function describeColumn(c: ColumnSql): string {
  return columnText(c);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
