/** The tables that are not SQLite's own (`sqlite_%`), as `main.<table>` (SQLite's name for the database's schema). */
import type { DatabaseConnection } from "../dialect.js";

export async function sqliteUserTables(conn: DatabaseConnection): Promise<string[]> {
  const res = await conn.query<{ name: string }>(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name",
  );
  return res.rows.map((r) => `main.${r.name}`);
}
