import { loadMysql2, Mysql2Session } from "./driver-mysql2.js";
function isFn(o, name) {
    return typeof o === "object" && o !== null && typeof o[name] === "function";
}
/** A mysql2 connection (callback API): it has a thread id and an `execute`. */
function isMysql2Connection(o) {
    return isFn(o, "query") && isFn(o, "execute") && isFn(o, "end") && typeof o === "object" && o !== null && "threadId" in o && "config" in o;
}
/** A mysql2 pool: `getConnection(cb)` handing out pool connections. */
function isMysql2Pool(o) {
    return isFn(o, "getConnection") && isFn(o, "query") && typeof o === "object" && o !== null && ("_allConnections" in o || "pool" in o);
}
export async function adoptConnection(external) {
    // mysql2/promise wraps the callback objects in `.connection` / `.pool`
    const inner = external?.connection ?? external?.pool;
    const target = isMysql2Connection(inner) || isMysql2Pool(inner) ? inner : external;
    if (isMysql2Connection(target))
        return new Mysql2Session(target, await loadMysql2(), false);
    if (isMysql2Pool(target)) {
        const pool = target;
        const conn = await new Promise((resolve, reject) => pool.getConnection((err, c) => (err ? reject(err) : resolve(c))));
        const session = new Mysql2Session(conn, await loadMysql2(), false);
        let released = false;
        return {
            query: (sql, params) => session.query(sql, params),
            exec: (sql) => session.exec(sql),
            async close() {
                if (!released)
                    conn.release();
                released = true;
            },
        };
    }
    return null;
}
