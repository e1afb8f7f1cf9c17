/** The SQLite library's version as a number: 3.51.2 is 3051002 (SQLITE_VERSION_NUMBER's form). */
import type { DatabaseConnection } from "../dialect.js";

export function versionNumber(text: string): number {
  const [major = 0, minor = 0, patch = 0] = text.split(".").map((p) => Number.parseInt(p, 10) || 0);
  return major * 1_000_000 + minor * 1_000 + patch;
}

export async function sqliteServerVersion(conn: DatabaseConnection): Promise<number> {
  const res = await conn.query<{ v: string }>("SELECT sqlite_version() AS v");
  return versionNumber(String(res.rows[0]?.v ?? "0"));
}

/** The linked SQLite library's version and the driver's, read on a private in-memory database (the configured file is not opened). */
export async function sqliteEngineVersion(open: () => Promise<DatabaseConnection>): Promise<string> {
  const conn = await open();
  try {
    const res = await conn.query<{ v: string }>("SELECT sqlite_version() AS v");
    return `SQLite ${String(res.rows[0]?.v)} (better-sqlite3)`;
  } finally {
    await conn.close();
  }
}
