/**
 * The settings a migration session changes on a connection the application
 * passed in (`migrate({ connection: db })`), put back when the session ends,
 * so the application's connection runs on as it was configured:
 *
 * - `busy_timeout` (the application's `timeout`): the session sets it from
 *   `lockTimeout`;
 * - `legacy_alter_table`: a table rebuild turns it on for its rename, and a
 *   rebuild that fails halfway leaves it on (a PRAGMA is not rolled back).
 *
 * `foreign_keys` is left ON, as the session settings make it (and a step turns
 * it off only inside its own transaction): whatever ended the run, the
 * application's connection goes on enforcing foreign keys.
 */
import type { BetterSqliteDatabase } from "./better-sqlite3-types.js";

const KEPT = ["busy_timeout", "legacy_alter_table"] as const;

/** Reads the settings now; the function returned puts them back (never throws). */
export function keepAdoptedSettings(db: BetterSqliteDatabase): () => void {
  const before = new Map<string, number>();
  for (const name of KEPT) {
    try {
      const v = Number(db.pragma(name, { simple: true }));
      if (Number.isInteger(v)) before.set(name, v);
    } catch {
      // not readable: left as the session leaves it
    }
  }
  return () => {
    if (!db.open || db.inTransaction) return;
    for (const [name, v] of before) {
      try {
        db.pragma(`${name} = ${v}`);
      } catch {
        // the application's connection is still usable; the setting stays as the session left it
      }
    }
    try {
      db.pragma("foreign_keys = ON");
    } catch {
      // as above
    }
  };
}
