import { qualify, quoteIdentifier } from "./quote.js";
import { renderDefault } from "./render-clauses.js";
import { renderColumnType, renderOperation } from "./renderer.js";
export async function canonicalize(conn, items) {
    const results = new Map();
    const errors = new Map();
    if (items.length === 0)
        return { results, unavailable: null, errors };
    try {
        await conn.query("BEGIN");
    }
    catch (e) {
        return { results, unavailable: e.message, errors };
    }
    let unavailable = null;
    try {
        const temp = new Map();
        const tempErrors = new Map();
        let n = 0;
        let lastError = "";
        const guarded = async (fn) => {
            await conn.query("SAVEPOINT athanor_canon");
            try {
                const r = await fn();
                await conn.query("RELEASE SAVEPOINT athanor_canon");
                return r;
            }
            catch (e) {
                lastError = e.message;
                await conn.query("ROLLBACK TO SAVEPOINT athanor_canon");
                return null;
            }
        };
        const tempFor = async (t) => {
            const k = `${t.schema}\u0000${t.name}`;
            const have = temp.get(k);
            if (have)
                return have;
            const name = `athanor_canon_${++n}`;
            const ok = await guarded(() => conn.query(`CREATE TEMPORARY TABLE ${quoteIdentifier(name)} (LIKE ${qualify(t.name, t.schema)})`));
            if (ok === null) {
                tempErrors.set(k, lastError);
                return null;
            }
            for (const c of t.extraColumns ?? [])
                await guarded(() => conn.query(`ALTER TABLE ${quoteIdentifier(name)} ADD COLUMN ${quoteIdentifier(c.name)} ${renderColumnType(c.type)}`));
            temp.set(k, name);
            return name;
        };
        for (const item of items) {
            const table = await tempFor(item.table);
            if (table === null) {
                results.set(item, null);
                const why = tempErrors.get(`${item.table.schema}\u0000${item.table.name}`) ?? lastError;
                errors.set(item, `the server could not make a scratch copy of the table to check it on (${why})`);
                continue;
            }
            const q = quoteIdentifier(table);
            const oid = `'pg_temp.${table}'::regclass`;
            let out = null;
            switch (item.kind) {
                case "default":
                    out = await guarded(async () => {
                        await conn.query(`ALTER TABLE ${q} ALTER COLUMN ${quoteIdentifier(item.column)} SET DEFAULT ${renderDefault(item.value, item.type)}`);
                        const r = await conn.query(`select pg_get_expr(d.adbin, d.adrelid) as e from pg_catalog.pg_attrdef d
                 join pg_catalog.pg_attribute a on a.attrelid = d.adrelid and a.attnum = d.adnum
                where d.adrelid = ${oid} and a.attname = $1`, [item.column]);
                        return String(r.rows[0]?.e ?? "");
                    });
                    break;
                case "check": {
                    const cname = `athanor_canon_check_${++n}`;
                    out = await guarded(async () => {
                        await conn.query(`ALTER TABLE ${q} ADD CONSTRAINT ${quoteIdentifier(cname)} CHECK (${item.expression}) NOT VALID`);
                        const r = await conn.query("select pg_get_constraintdef(oid, true) as d from pg_catalog.pg_constraint where conrelid = " + oid + " and conname = $1", [cname]);
                        const def = String(r.rows[0]?.d ?? "");
                        const m = /^CHECK \(([\s\S]*)\)( NOT VALID)?$/.exec(def);
                        return m ? m[1].trim() : def;
                    });
                    break;
                }
                case "index": {
                    const iname = `athanor_canon_ix_${++n}`;
                    out = await guarded(async () => {
                        const { name: _name, ...rest } = item.index;
                        for (const stmt of renderOperation({ kind: "createIndex", ...rest, name: iname, table }))
                            await conn.query(stmt.sql, stmt.params);
                        const r = await conn.query(`select pg_get_indexdef(c.oid) as d from pg_catalog.pg_class c
                where c.relname = $1 and c.relnamespace = pg_my_temp_schema()`, [iname]);
                        const def = String(r.rows[0]?.d ?? "");
                        const at = def.indexOf(" USING ");
                        return { tail: at < 0 ? def : def.slice(at + 1) };
                    });
                    break;
                }
                case "generated": {
                    const cname = `athanor_canon_gen_${++n}`;
                    out = await guarded(async () => {
                        await conn.query(`ALTER TABLE ${q} ADD COLUMN ${quoteIdentifier(cname)} ${renderColumnType(item.type)} GENERATED ALWAYS AS (${item.expression}) STORED`);
                        const r = await conn.query(`select pg_get_expr(d.adbin, d.adrelid) as e from pg_catalog.pg_attrdef d
                 join pg_catalog.pg_attribute a on a.attrelid = d.adrelid and a.attnum = d.adnum
                where d.adrelid = ${oid} and a.attname = $1`, [cname]);
                        return String(r.rows[0]?.e ?? "");
                    });
                    break;
                }
                case "type": {
                    const cname = `athanor_canon_col_${++n}`;
                    out = await guarded(async () => {
                        await conn.query(`ALTER TABLE ${q} ADD COLUMN ${quoteIdentifier(cname)} ${renderColumnType(item.type)}`);
                        const r = await conn.query(`select format_type(atttypid, atttypmod) as f from pg_catalog.pg_attribute where attrelid = ${oid} and attname = $1`, [cname]);
                        return String(r.rows[0]?.f ?? "");
                    });
                    break;
                }
            }
            results.set(item, out);
            if (out === null)
                errors.set(item, `PostgreSQL rejected the model's version (${lastError})`);
        }
    }
    catch (e) {
        unavailable = e.message;
    }
    finally {
        await conn.query("ROLLBACK").catch(() => { });
    }
    return { results, unavailable, errors };
}
