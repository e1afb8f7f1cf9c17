export async function readCatalog(conn, schema) {
    const tables = await conn.query(`SELECT c.relname AS "table", obj_description(c.oid, 'pg_class') AS comment
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = $1 AND c.relkind = 'r' ORDER BY 1`, [schema]);
    const columns = await conn.query(`SELECT c.relname AS "table", a.attname AS "column", format_type(a.atttypid, a.atttypmod) AS type,
            NOT a.attnotnull AS nullable, pg_get_expr(d.adbin, d.adrelid) AS "default",
            a.attidentity::text AS identity, col_description(c.oid, a.attnum) AS comment
       FROM pg_attribute a
       JOIN pg_class c ON c.oid = a.attrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace
       LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
      WHERE n.nspname = $1 AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped
      ORDER BY 1, 2`, [schema]);
    const constraints = await conn.query(`SELECT c.relname AS "table", k.conname AS name, k.contype::text AS type, pg_get_constraintdef(k.oid) AS def
       FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = $1 ORDER BY 1, 2`, [schema]);
    const indexes = await conn.query("SELECT indexname AS name, indexdef AS def FROM pg_indexes WHERE schemaname = $1 ORDER BY 1", [schema]);
    const enums = await conn.query(`SELECT t.typname AS name, json_agg(e.enumlabel ORDER BY e.enumsortorder) AS labels
       FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
      WHERE n.nspname = $1 GROUP BY t.typname ORDER BY 1`, [schema]);
    return { tables: tables.rows, columns: columns.rows, constraints: constraints.rows, indexes: indexes.rows, enums: enums.rows };
}
export async function schemaExists(conn, schema) {
    const r = await conn.query("SELECT count(*)::int AS n FROM pg_namespace WHERE nspname = $1", [schema]);
    return r.rows[0]?.n === 1;
}
/** Renders and runs ops one statement at a time (no surrounding transaction). */
export async function applyOps(dialect, conn, ops) {
    const renderer = await dialect.renderer();
    for (const op of ops) {
        for (const stmt of renderer.renderOperation(op)) {
            try {
                if (stmt.params && stmt.params.length > 0)
                    await conn.query(stmt.sql, stmt.params);
                else
                    await conn.exec(stmt.sql);
            }
            catch (e) {
                throw new Error(`${op.kind} failed: ${e.message}\nSQL: ${stmt.sql}`);
            }
        }
    }
}
export function column(cat, table, name) {
    return cat.columns.find((c) => c.table === table && c.column === name);
}
export function constraintDef(cat, table, name) {
    return cat.constraints.find((c) => c.table === table && c.name === name)?.def;
}
export function indexDef(cat, name) {
    return cat.indexes.find((i) => i.name === name)?.def;
}
