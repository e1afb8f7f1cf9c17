/**
 * What a user made in the session's database besides tables: views and
 * sequences (MariaDB), stored procedures and functions, triggers and events,
 * as `kind schema.name`. One query each (information_schema columns differ in
 * collation between servers, which a UNION would have to reconcile).
 */
import type { DatabaseConnection } from "../dialect.js";

const QUERIES: readonly string[] = [
  `SELECT LOWER(table_type) AS kind, CONCAT(table_schema, '.', table_name) AS name FROM information_schema.tables
   WHERE table_schema = DATABASE() AND table_type IN ('VIEW', 'SEQUENCE')`,
  `SELECT LOWER(routine_type) AS kind, CONCAT(routine_schema, '.', routine_name) AS name FROM information_schema.routines
   WHERE routine_schema = DATABASE()`,
  `SELECT 'trigger' AS kind, CONCAT(trigger_schema, '.', trigger_name) AS name FROM information_schema.triggers
   WHERE trigger_schema = DATABASE()`,
  `SELECT 'event' AS kind, CONCAT(event_schema, '.', event_name) AS name FROM information_schema.events
   WHERE event_schema = DATABASE()`,
];

export async function mysqlUserObjects(conn: DatabaseConnection): Promise<string[]> {
  const found: string[] = [];
  for (const sql of QUERIES) {
    const res = await conn.query<{ kind: string; name: string }>(sql);
    for (const r of res.rows) found.push(`${String(r.kind)} ${String(r.name)}`);
  }
  return found.sort();
}
