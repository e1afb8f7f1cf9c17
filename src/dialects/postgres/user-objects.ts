/**
 * What a user made besides tables, in every schema that is not the server's
 * own (the schemas `userTables` searches): views, materialized views,
 * sequences, foreign tables, functions, procedures, aggregates, types (enum,
 * range, composite, base) and domains, as `kind schema.name`.
 *
 * An object an extension owns (`pg_depend` 'e': pgcrypto's functions in
 * `public`) is not the user's, nor is one that comes with another (`pg_depend`
 * 'i' and 'a': a table's row type, an array type, a range's constructor
 * functions and multirange, a serial or identity column's sequence).
 */
import type { DatabaseConnection } from "../dialect.js";

const SQL = `
SELECT o.kind || ' ' || n.nspname || '.' || o.name AS o
FROM (
  SELECT c.relnamespace AS ns, c.relname::text AS name, 'pg_class'::regclass AS cls, c.oid,
         CASE c.relkind WHEN 'v' THEN 'view' WHEN 'm' THEN 'materialized view' WHEN 'S' THEN 'sequence' ELSE 'foreign table' END AS kind
    FROM pg_class c WHERE c.relkind IN ('v', 'm', 'S', 'f')
  UNION ALL
  SELECT p.pronamespace, p.proname::text, 'pg_proc'::regclass, p.oid,
         CASE p.prokind WHEN 'p' THEN 'procedure' WHEN 'a' THEN 'aggregate' ELSE 'function' END
    FROM pg_proc p
  UNION ALL
  SELECT t.typnamespace, t.typname::text, 'pg_type'::regclass, t.oid,
         CASE t.typtype WHEN 'd' THEN 'domain' ELSE 'type' END
    FROM pg_type t
   WHERE t.typtype IN ('b', 'd', 'e', 'r', 'm')
      OR (t.typtype = 'c' AND EXISTS (SELECT 1 FROM pg_class r WHERE r.oid = t.typrelid AND r.relkind = 'c'))
) o
JOIN pg_namespace n ON n.oid = o.ns
WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%'
  AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = o.cls AND d.objid = o.oid AND d.deptype IN ('e', 'i', 'a'))
ORDER BY 1`;

export async function postgresUserObjects(conn: DatabaseConnection): Promise<string[]> {
  const res = await conn.query<{ o: string }>(SQL);
  return res.rows.map((r) => r.o);
}
