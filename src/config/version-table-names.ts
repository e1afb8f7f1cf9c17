/**
 * `versionTable` and `versionTableSchema` must fit the database's identifier
 * limit (capabilities.identifierMaxBytes), and the table's name leaves room
 * for the names the dialect derives from it (`<versionTable>_log_pkey` on
 * PostgreSQL). Checked once the dialect is known (from the URL, or from the
 * connection passed in), before anything is read or written; the message
 * names the setting and the file.
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
}
