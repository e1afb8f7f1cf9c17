/**
 * A table rebuild, SQLite's documented procedure for what `ALTER TABLE`
 * can't do (https://www.sqlite.org/lang_altertable.html, "Making Other Kinds
 * Of Table Schema Changes"): create the new table under a temporary name,
 * copy the rows, drop the old table, give the new one its name, write its
 * indexes and triggers again.
 *
 * Foreign keys: the step runs with enforcement off (the renderer's
 * transaction guard turns it off before the step's BEGIN and checks
 * `PRAGMA foreign_key_check` before its COMMIT), so dropping the old table
 * deletes no child row through `ON DELETE CASCADE`. The rename runs with
 * `legacy_alter_table` on: the children's `REFERENCES t`, the views and the
 * other tables' triggers keep naming `t`, which is the new table once renamed.
 */
import type { SqlStatement } from "../dialect.js";
import { identifierName, tokenizeDdl } from "./ddl-tokens.js";
import { quoteString } from "./literal.js";
import { quoteIdentifier } from "./quote.js";
import type { RebuildDraft } from "./table-edit.js";
import { autoincrementColumn } from "./autoincrement.js";
import { type ColumnSql, isGenerated, renderTableSql, type TableSql } from "./table-sql.js";
import type { TableState } from "./table-state.js";

import { rebuildName } from "./rebuild-name.js";
import { foldName } from "../../util/fold-name.js";

export { rebuildName };

/**
 * `text` without the table's own name as a qualifier (`"t"."qty" > 0` -> `"qty" > 0`). drizzle writes a CHECK
 * (and drizzle-kit a partial index's WHERE) that way; in the new definition, created under the temporary name,
 * `"t".` names no table ("no such column: t.qty"). Inside a CREATE TABLE a column can only be the table's own,
 * so the qualifier is dropped (compare reads both forms as the same expression).
 */
function withoutOwnQualifier(text: string, names: ReadonlySet<string>): string {
  const tokens = tokenizeDdl(text);
  let out = "";
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if ((t.kind === "word" || t.kind === "quoted") && names.has(foldName(identifierName(t)))) {
      let j = i + 1;
      while (j < tokens.length && (tokens[j]!.kind === "space" || tokens[j]!.kind === "comment")) j++;
      if (tokens[j]?.kind === "punct" && tokens[j]!.text === ".") {
        j++;
        while (j < tokens.length && tokens[j]!.kind === "space") j++;
        i = j - 1;
        continue;
      }
    }
    out += t.text;
  }
  return out;
}

function definitionUnderTemporaryName(table: TableSql, oldName: string): TableSql {
  const names = new Set([foldName(oldName), foldName(table.name)]);
  const column = (c: ColumnSql): ColumnSql => ({
    ...c,
    ...(c.text === undefined ? {} : { text: withoutOwnQualifier(c.text, names) }),
    constraints: c.constraints.map((k) => ({ ...k, text: withoutOwnQualifier(k.text, names) })),
  });
  return { ...table, columns: table.columns.map(column), constraints: table.constraints.map((k) => ({ ...k, text: withoutOwnQualifier(k.text, names) })) };
}

export function rebuildStatements(from: TableState, draft: RebuildDraft): SqlStatement[] {
  const name = from.table.name;
  const temp = rebuildName(name);
  const targets: string[] = [];
  const sources: string[] = [];
  for (const c of draft.table.columns) {
    if (isGenerated(c)) continue;
    const source = draft.copy.get(foldName(c.name));
    if (source === undefined) continue;
    targets.push(quoteIdentifier(c.name));
    sources.push(source);
  }
  const out: SqlStatement[] = [
    { sql: "PRAGMA legacy_alter_table = ON" },
    { sql: renderTableSql(definitionUnderTemporaryName(draft.table, name), temp) },
  ];
  if (targets.length > 0)
    out.push({ sql: `INSERT INTO ${quoteIdentifier(temp)} (${targets.join(", ")}) SELECT ${sources.join(", ")} FROM ${quoteIdentifier(name)}` });
  if (autoincrementColumn(from.table) !== null && autoincrementColumn(draft.table) !== null) {
    // keep the AUTOINCREMENT counter (it may be past the largest id still in the table)
    out.push({ sql: `DELETE FROM sqlite_sequence WHERE name = ${quoteString(temp)}` });
    out.push({ sql: `INSERT INTO sqlite_sequence (name, seq) SELECT ${quoteString(temp)}, seq FROM sqlite_sequence WHERE name = ${quoteString(name)}` });
  }
  out.push({ sql: `DROP TABLE ${quoteIdentifier(name)}` });
  out.push({ sql: `ALTER TABLE ${quoteIdentifier(temp)} RENAME TO ${quoteIdentifier(draft.table.name)}` });
  out.push({ sql: "PRAGMA legacy_alter_table = OFF" });
  for (const o of draft.objects) out.push({ sql: o.sql });
  return out;
}
