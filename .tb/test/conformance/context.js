/**
 * What every case group gets: the target, the dialect's quoting, fresh
 * databases and projects that are removed when the file's tests end, and
 * dialect-neutral reads over a second connection.
 */
import { after } from "node:test";
import { ConformanceProject } from "./project.js";
import { withConnection } from "./target.js";
/**
 * Options for a case group's `describe`: its tests run one after the other
 * (they share a database and build on each other), while the groups run
 * side by side (see suite.ts).
 */
export const IN_ORDER = { concurrency: false };
export function suiteContext(target) {
    const cleanups = [];
    after(async () => {
        for (const c of cleanups.reverse())
            await c();
    });
    return {
        target,
        q: (name) => target.dialect.quoteIdentifier(name),
        async database() {
            const db = await target.createDatabase();
            cleanups.push(() => db.drop());
            return db;
        },
        project(db, config, env) {
            const p = new ConformanceProject(db, config, env);
            cleanups.push(() => p.cleanup());
            return p;
        },
        known(caseId) {
            const bug = target.knownBugs?.[caseId];
            return bug === undefined ? {} : { todo: `known bug on ${target.name}: ${bug}` };
        },
        needs(capability, what) {
            return target.capabilities[capability] ? {} : { skip: `${target.name} lacks the ${capability} capability: ${what}` };
        },
    };
}
/**
 * Runs `fn` on a new session (a second connection: what it reads was
 * committed), closed afterwards. Close it before running the CLI again:
 * an embedded database may admit one process at a time.
 */
export function read(ctx, db, fn) {
    return withConnection(db, (conn) => fn({
        rows: async (sql) => (await conn.query(sql)).rows,
        async heads(ref = { table: "athanor_version" }) {
            const exists = ctx.target.dialect.versionTable.versionTableExists(ref);
            const e = await conn.query(exists.sql, exists.params);
            if (!truthy(e.rows[0]?.exists))
                return [];
            const table = ctx.target.dialect.qualify(ref.table, ref.schema);
            const rows = await conn.query(`SELECT ${ctx.q("version_num")} AS ${ctx.q("v")} FROM ${table}`);
            return rows.rows.map((r) => r.v).sort();
        },
        schema: () => ctx.target.dumpSchema(conn),
    }));
}
const truthy = (v) => v === true || v === 1 || v === "1" || v === "t" || v === "true" || v === 1n;
/** Table names in the dump, without the version table and its log. */
export function userTables(dump) {
    return dump.tables.map((t) => t.name).filter((n) => n !== "athanor_version" && n !== "athanor_version_log");
}
