/** What a user made besides tables: views and triggers, as `view main.<name>`, `trigger main.<name>`. */
import type { DatabaseConnection } from "../dialect.js";

export async function sqliteUserObjects(conn: DatabaseConnection): Promise<string[]> {
  const res = await conn.query<{ type: string; name: string }>(
    "SELECT type, name FROM sqlite_master WHERE type IN ('view', 'trigger') AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'",
  );
  return res.rows.map((r) => `${r.type} main.${r.name}`).sort();
}
