/**
 * The session variables a migration session sets on a connection the
 * application passed in (`migrate({ connection })`: a mysql2 connection, or
 * one taken from its pool), put back when the session ends. Without this the
 * application's connection (a pooled one goes back to the pool) would run on
 * in UTC (`time_zone`, which changes NOW() and how TIMESTAMP columns are read
 * and written), with Athanor's `sql_mode` and lock timeouts.
 */
import type { Mysql2Session } from "./driver-mysql2.js";

/** Reads the variables now; the function returned sets them back (it never throws). */
export async function keepSessionVariables(session: Mysql2Session): Promise<() => Promise<void>> {
  const names = ["time_zone", "sql_mode", "lock_wait_timeout", "innodb_lock_wait_timeout", session.flavour.mariadb ? "max_statement_time" : "max_execution_time"];
  let row: Record<string, unknown> | undefined;
  try {
    row = (await session.query<Record<string, unknown>>(`SELECT ${names.map((n) => `@@SESSION.${n} AS ${n}`).join(", ")}`)).rows[0];
  } catch {
    return async () => {};
  }
  const kept = names.filter((n) => row?.[n] !== undefined && row?.[n] !== null);
  // numeric variables refuse a quoted value: keep numbers as numbers
  const values = kept.map((n) => {
    const v = row?.[n];
    return typeof v === "string" && n !== "time_zone" && n !== "sql_mode" && v.trim() !== "" && Number.isFinite(Number(v)) ? Number(v) : v;
  });
  return async () => {
    if (kept.length === 0) return;
    try {
      await session.query(`SET SESSION ${kept.map((n) => `${n} = ?`).join(", ")}`, values);
    } catch {
      // the connection is gone or refuses: nothing more to put back
    }
  };
}
