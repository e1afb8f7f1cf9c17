import { dialectForUrl } from "../dialects/registry.js";
import { AthanorError } from "../errors.js";
import { maskUrl, rememberSecretsOf } from "../util/mask-secrets.js";
export function requireUrl(config) {
    if (!config.url) {
        throw new AthanorError("CONFIG.NO_URL", "no database URL: set DATABASE_URL, pass --url, set `url` in the config, or set DB_HOST/DB_NAME/DB_USER/DB_PASSWORD (see `athanor config`)");
    }
    rememberSecretsOf(config.url.url);
    return config.url.url;
}
export function sessionSettingsOf(config) {
    return {
        lockTimeout: config.raw.lockTimeout,
        statementTimeout: config.raw.statementTimeout,
        searchPath: config.raw.searchPath,
    };
}
export async function openSession(config, opts = {}) {
    let url;
    let conn;
    let dialect;
    if (opts.connection !== undefined) {
        // The application's own client, pool or embedded database.
        url = config.url?.url ?? "postgresql://(provided connection)";
        dialect = dialectForUrl(url).dialect;
        const adopted = await dialect.adoptConnection(opts.connection);
        if (!adopted) {
            throw new AthanorError("CONNECT.UNSUPPORTED_CONNECTION", "the connection passed in is not a pg Client, pg Pool, PGlite instance or DatabaseConnection");
        }
        conn = adopted;
    }
    else {
        url = requireUrl(config);
        const picked = dialectForUrl(url);
        dialect = picked.dialect;
        conn = await picked.driver.connect({ url });
    }
    try {
        for (const stmt of dialect.sessionSettings(sessionSettingsOf(config)))
            await conn.query(stmt.sql, stmt.params);
        if (config.raw.onConnect)
            await config.raw.onConnect(conn);
    }
    catch (e) {
        await conn.close().catch(() => { });
        throw e instanceof AthanorError
            ? e
            : new AthanorError("CONNECT.SETUP_FAILED", `session setup failed on ${maskUrl(url)}: ${e.message}`, { cause: e });
    }
    return {
        dialect,
        conn,
        url,
        displayUrl: maskUrl(url),
        close: () => conn.close(),
    };
}
