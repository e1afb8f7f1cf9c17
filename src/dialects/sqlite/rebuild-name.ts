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
  if (!(e instanceof Error)) return e;
  if (!e.message.includes(PREFIX)) return explainStrictType(e, e.message);
  let message: string;
  const taken = /^table "?_athanor_rebuild_(.*?)"? already exists/.exec(e.message);
  const notCopying = /\b(unknown datatype|duplicate column)/.test(e.message);
  if (taken) {
    // the user has a table of that name: the rebuild can't be created
    message = `a table named ${PREFIX}${taken[1]} already exists, and Athanor rebuilds table ${taken[1]} under that name: rename or drop that table first`;
  } else if (notCopying) {
    // the new table's CREATE failed (a type a STRICT table refuses): no row was copied yet
    const table = /_athanor_rebuild_([^\s.;:,)"]+)/.exec(e.message)?.[1];
    return explainStrictType(e, `${e.message.split(PREFIX).join("")} (while creating the rebuilt table of ${table ?? "the table"})`);
  } else {
    // "NOT NULL constraint failed: _athanor_rebuild_my table.v", "UNIQUE constraint failed: _athanor_rebuild_t.a, _athanor_rebuild_t.b":
    // the table is what stands before the first column's last dot (a name may hold spaces and dots)
    const failed = /constraint failed: _athanor_rebuild_(.*)$/s.exec(e.message);
    const table = failed ? (failed[1] as string).split(", ")[0]?.replace(/\.[^.]*$/, "") : /_athanor_rebuild_([^\s.;:,)"]+)/.exec(e.message)?.[1];
    message = e.message.split(PREFIX).join("");
    message += ` (while copying the rows of ${table ?? "the table"} into its rebuilt table`;
    message += /^NOT NULL constraint failed/.test(e.message)
      ? `: a row holds NULL in a column the revision makes NOT NULL; fill those rows first, with op.execute("UPDATE …") before the change in the same revision)`
      : ")";
  }
  try {
    e.message = message;
  } catch {
    return e;
  }
  return e;
}

/**
 * SQLite's "unknown datatype for t.c: "VARCHAR(50)"": a STRICT table takes only six type names, which the message
 * doesn't say. The message gets them and the way to write them.
 */
function explainStrictType(e: Error, message: string): Error {
  const strict = /\bunknown datatype for /.test(message)
    ? `${message}: a STRICT table accepts only the types INT, INTEGER, REAL, TEXT, BLOB and ANY (write t.text(), t.integer(), t.real(), t.bytea() or t.sql("ANY"))`
    : message;
  if (strict === e.message) return e;
  try {
    e.message = strict;
  } catch {
    return e;
  }
  return e;
}
