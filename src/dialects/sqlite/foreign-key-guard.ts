/**
 * Foreign keys during migration steps. SQLite ignores `PRAGMA foreign_keys`
 * inside a transaction, and a table rebuild with enforcement on would delete
 * child rows (`DROP TABLE` deletes the parent's rows first, firing `ON DELETE
 * CASCADE`). So every step runs with enforcement off: off before its BEGIN,
 * `PRAGMA foreign_key_check` before its COMMIT (a violation fails the step,
 * which is rolled back), on again after. Offline scripts carry the same
 * statements; there the check is an INSERT that a CHECK constraint refuses
 * when a violation exists, which stops `sqlite3 -bail` before the COMMIT.
 */
import type { SchemaReader, TransactionGuard } from "../dialect.js";

const CHECK_TABLE = '"_athanor_foreign_key_check"';

interface Violation {
  table: string;
  rowid: number | null;
  parent: string;
  fkid: number;
}

async function check(reader: SchemaReader): Promise<string | null> {
  const enforcement = await reader.query<{ foreign_keys: number }>("PRAGMA foreign_keys");
  if (Number(enforcement[0]?.foreign_keys) === 1)
    return "foreign-key enforcement was on during the step (a transaction was already open when it began), so a table rebuild could have deleted child rows; the step was rolled back";
  const rows = await reader.query<Violation>("PRAGMA foreign_key_check");
  if (rows.length === 0) return null;
  const shown = rows
    .slice(0, 5)
    .map((r) => `${r.table} row ${r.rowid ?? "?"} -> ${r.parent}`)
    .join(", ");
  return `the revision left ${rows.length} row(s) whose foreign key points at no row (${shown}${rows.length > 5 ? ", ..." : ""}); PRAGMA foreign_key_check lists them; the step was rolled back`;
}

export const foreignKeyGuard: TransactionGuard = {
  beforeBegin: [{ sql: "PRAGMA foreign_keys = OFF" }],
  afterEnd: [{ sql: "PRAGMA foreign_keys = ON" }],
  check,
  offlineCheck: [
    {
      sql: `CREATE TEMP TABLE IF NOT EXISTS ${CHECK_TABLE} (violations INTEGER CONSTRAINT "foreign keys violated: the revision left rows whose foreign key points at no row (PRAGMA foreign_key_check lists them)" CHECK (violations = 0))`,
    },
    { sql: `INSERT INTO temp.${CHECK_TABLE} SELECT count(*) FROM pragma_foreign_key_check` },
  ],
};
