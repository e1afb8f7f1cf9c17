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
import type { RebuildDraft } from "./table-edit.js";
import type { TableState } from "./table-state.js";
import { rebuildName } from "./rebuild-name.js";
export { rebuildName };
export declare function rebuildStatements(from: TableState, draft: RebuildDraft): SqlStatement[];
