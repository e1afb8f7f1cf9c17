/**
 * `versionTable` and `versionTableSchema` must fit the database's identifier
 * limit (capabilities.identifierMaxBytes), and the table's name leaves room
 * for the names the dialect derives from it (`<versionTable>_log_pkey` on
 * PostgreSQL). Checked once the dialect is known (from the URL, or from the
 * connection passed in), before anything is read or written; the message
 * names the setting and the file. So is a `versionTableSchema` on a database
 * without schemas (the dialect's SQL for the table refuses it).
 */
import type { Dialect, VersionTableRef } from "../dialects/dialect.js";
import { AthanorError } from "../errors.js";
import { describe } from "./validate-config.js";

export function checkVersionTableNames(ref: VersionTableRef, dialect: Dialect, configFile: string | null): void {
  const limit = dialect.capabilities.identifierMaxBytes;
  const longest = dialect.versionTable.derivedSuffixes.reduce((a, b) => (Buffer.byteLength(b) > Buffer.byteLength(a) ? b : a), "");
  const names: Array<[key: string, value: string | null, max: number, why: string]> = [
    [
      "versionTable",
      ref.table,
      limit - Buffer.byteLength(longest),
      `${dialect.name} names are at most ${limit} bytes${longest ? ` and Athanor also names "<versionTable>${longest}" after it` : ""}`,
    ],
    ["versionTableSchema", ref.schema ?? null, limit, `${dialect.name} names are at most that long`],
  ];
  for (const [key, value, max, why] of names) {
    if (value === null) continue;
    const bytes = Buffer.byteLength(value, "utf8");
    if (bytes > max) {
      const where = configFile ? `${configFile}: setting` : "setting";
      throw new AthanorError("CONFIG.INVALID", `${where} '${key}' is ${bytes} bytes long (${describe(value)}); it may be at most ${max} bytes: ${why}`);
    }
  }
  // A schema the dialect has no place for (SQLite: one file is one schema) is refused here, naming the setting, by
  // every command alike: `current` would otherwise look for the table where the schema is not and report base.
  if (ref.schema !== null && ref.schema !== undefined) {
    try {
      dialect.versionTable.versionTableExists(ref);
    } catch (e) {
      if (!(e instanceof AthanorError) || e.code !== "DIALECT.UNSUPPORTED") throw e;
      const where = configFile ? `${configFile}: setting` : "setting";
      throw new AthanorError("CONFIG.INVALID", `${where} 'versionTableSchema' (${describe(ref.schema)}) can't be used: ${e.message}`);
    }
  }
}
