/**
 * `versionTable` and `versionTableSchema` must fit the database's identifier
 * limit (capabilities.identifierMaxBytes), and the table's name leaves room
 * for the names the dialect derives from it (`<versionTable>_log_pkey` on
 * PostgreSQL). Checked once the dialect is known (from the URL, or from the
 * connection passed in), before anything is read or written; the message
 * names the setting and the file.
 */
import type { Dialect, VersionTableRef } from "../dialects/dialect.js";
export declare function checkVersionTableNames(ref: VersionTableRef, dialect: Dialect, configFile: string | null): void;
