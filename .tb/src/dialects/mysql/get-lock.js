/** The key: the version table's database ("" = the session's) and name; the lock's name is built from it in SQL. */
function keyFor(ref) {
    return JSON.stringify([ref.schema ?? null, ref.table]);
}
/** The lock's name as SQL (two values bound): `athanor:<db>.<table>`, or `athanor:` and a SHA-256 prefix when over 64 characters. */
const NAME = "(SELECT IF(CHAR_LENGTH(n) > 64, CONCAT('athanor:', LEFT(SHA2(n, 256), 56)), n) FROM (SELECT CONCAT('athanor:', COALESCE(?, DATABASE(), ''), '.', ?) AS n) AS k)";
function params(key) {
    const [schema, table] = JSON.parse(key);
    return [schema, table];
}
export const mysqlGetLock = {
    keyFor,
    async tryAcquire(conn, key) {
        const res = await conn.query(`SELECT GET_LOCK(${NAME}, 0) AS acquired`, params(key));
        return Number(res.rows[0]?.acquired) === 1;
    },
    async holder(conn, key) {
        const res = await conn.query(`SELECT IS_USED_LOCK(${NAME}) AS holder`, params(key));
        const id = res.rows[0]?.holder;
        return id === undefined || id === null ? null : `connection id ${id}`;
    },
    async release(conn, key) {
        await conn.query(`SELECT RELEASE_LOCK(${NAME}) AS released`, params(key));
    },
};
