function isFn(o, name) {
    return typeof o === "object" && o !== null && typeof o[name] === "function";
}
export function isDatabaseConnection(o) {
    return isFn(o, "query") && isFn(o, "exec") && isFn(o, "close");
}
function fromPgClient(client, release) {
    return {
        async query(sql, params) {
            const r = await client.query(sql, params ? [...params] : undefined);
            return { rows: r.rows, rowCount: r.rowCount ?? r.rows.length };
        },
        async exec(sql) {
            await client.query(sql);
        },
        async close() {
            release();
        },
    };
}
export async function adoptConnection(external) {
    const o = external;
    if (isFn(o, "exec") && isFn(o, "query") && o && "waitReady" in o) {
        const db = external;
        await db.waitReady;
        return {
            embedded: true,
            async query(sql, params) {
                const r = await db.query(sql, params ? [...params] : undefined);
                return { rows: r.rows, rowCount: r.affectedRows ?? r.rows.length };
            },
            async exec(sql) {
                await db.exec(sql);
            },
            async close() { },
        };
    }
    if (isDatabaseConnection(external)) {
        // Athanor's own interface: use it, but closing stays the owner's job.
        return {
            query: (sql, params, options) => external.query(sql, params, options),
            exec: (sql) => external.exec(sql),
            close: async () => { },
            ...(external.embedded ? { embedded: true } : {}),
        };
    }
    if (isFn(o, "connect") && isFn(o, "query") && typeof o?.totalCount === "number") {
        const client = await external.connect();
        let released = false;
        return fromPgClient(client, () => {
            if (!released)
                client.release();
            released = true;
        });
    }
    if (isFn(o, "query"))
        return fromPgClient(external, () => { });
    return null;
}
