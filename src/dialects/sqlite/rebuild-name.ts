/**
 * The temporary name a table is rebuilt under (rebuild.ts), and SQLite's
 * errors told in the user's names: a constraint that fails while the rows are
 * copied into the new table names `_athanor_rebuild_<table>`, which the user
 * never wrote.
 */
const PREFIX = "_athanor_rebuild_";

/** The temporary name of the table being built. */
export function rebuildName(table: string): string {
  return `${PREFIX}${table}`;
}

/**
 * A driver error's message with the rebuild's temporary table named as the
 * user's table, and what to do when a copied row breaks NOT NULL; the error
 * itself (its class and code) is kept. Other errors are returned as they are.
 */
export function explainRebuildError(e: unknown): unknown {
  if (!(e instanceof Error) || !e.message.includes(PREFIX)) return e;
  const match = /_athanor_rebuild_([^\s.;:,)]+)/.exec(e.message);
  const table = match?.[1] ?? "the table";
  let message = e.message.split(PREFIX).join("");
  message += ` (while copying the rows of ${table} into its rebuilt table`;
  message += /^NOT NULL constraint failed/.test(e.message)
    ? `: a row holds NULL in a column the revision makes NOT NULL; fill those rows first, with op.execute("UPDATE …") before the change in the same revision)`
    : ")";
  try {
    e.message = message;
  } catch {
    return e;
  }
  return e;
}
