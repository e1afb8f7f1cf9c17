/** The capabilities the suite gates on, read from the dialect (a target may narrow them, e.g. a driver without a client). */
export function capabilitiesOf(dialect, narrowed = {}) {
    const c = dialect.capabilities;
    return {
        transactionalDdl: c.transactionalDdl,
        schemas: c.schemas,
        namedEnums: c.namedEnums,
        concurrentIndex: c.concurrentIndex,
        comments: c.comments,
        ...narrowed,
    };
}
/** Opens a session, runs `fn`, closes it (also when `fn` throws). */
export async function withConnection(db, fn) {
    const conn = await db.connect();
    try {
        return await fn(conn);
    }
    finally {
        await conn.close();
    }
}
