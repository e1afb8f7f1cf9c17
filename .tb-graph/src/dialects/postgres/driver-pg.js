import { AthanorError } from "../../errors.js";
import { loadOptionalModule } from "../load-module.js";
import { maskUrl, scrubSecrets } from "../mask-url.js";
import { applySessionSettings } from "./session-settings.js";
/** URL schemes accepted; SQLAlchemy driver suffixes (`+psycopg`, ...) are rewritten to `postgresql:`. */
export const PG_PROTOCOLS = [
    "postgresql:",
    "postgres:",
    "postgresql+psycopg:",
    "postgresql+psycopg2:",
    "postgresql+asyncpg:",
    "postgresql+pg8000:",
];
const SCHEME = /^postgres(?:ql)?(?:\+[a-z0-9_]+)?:/i;
/** `postgresql+psycopg://u@h/db` → `postgresql://u@h/db`. */
export function normalizePgUrl(url) {
    return SCHEME.test(url) ? url.replace(SCHEME, "postgresql:") : url;
}
function describeError(e) {
    if (e instanceof Error) {
        const code = e.code;
        const message = e.message || e.name;
        if (e instanceof AggregateError && e.errors.length > 0)
            return e.errors.map(describeError).join("; ");
        return typeof code === "string" && !message.includes(code) ? `${message} (${code})` : message;
    }
    return String(e);
}
/** A connection failure as an AthanorError whose text never contains the password. The raw error is not attached. */
export function connectError(url, e) {
    const detail = scrubSecrets(describeError(e), url);
    // Keep the machine-readable code (SQLSTATE or errno) for callers that
    // classify failures, but not the raw error, whose text is not scrubbed.
    const code = typeof e?.code === "string" ? e.code : undefined;
    return new AthanorError("DB.CONNECT", `could not connect to ${maskUrl(url)}: ${detail}`, code ? { cause: { code } } : undefined);
}
class PgConnection {
    #client;
    #closed = false;
    #fatal = null;
    constructor(client) {
        this.#client = client;
        // An idle client whose server goes away emits "error"; without a listener the process would crash.
        client.on("error", (e) => {
            this.#fatal = e;
        });
    }
    #check() {
        if (this.#closed)
            throw new AthanorError("DB.CLOSED", "the database connection is closed");
        if (this.#fatal)
            throw new AthanorError("DB.CONNECTION_LOST", `the database connection was lost: ${this.#fatal.message}`);
    }
    async query(sql, params) {
        this.#check();
        const res = await this.#client.query({ text: sql, values: params ? [...params] : [] });
        const rows = (res.rows ?? []);
        return { rows, rowCount: res.rowCount ?? rows.length };
    }
    async exec(sql) {
        this.#check();
        await this.#client.query(sql);
    }
    async close() {
        if (this.#closed)
            return;
        this.#closed = true;
        try {
            await this.#client.end();
        }
        catch {
            // Already gone.
        }
    }
}
export const pgDriver = {
    protocols: PG_PROTOCOLS,
    packageName: "pg",
    async connect(options) {
        const mod = await loadOptionalModule("pg", "Connecting to PostgreSQL");
        const { Client: PgClient } = mod.default;
        let client;
        try {
            client = new PgClient({
                connectionString: normalizePgUrl(options.url),
                application_name: "athanor",
                // A host that drops packets must not hang a deploy forever.
                connectionTimeoutMillis: /[?&]connect_timeout=/.test(options.url) ? undefined : 15_000,
            });
        }
        catch (e) {
            throw connectError(options.url, e);
        }
        try {
            await client.connect();
        }
        catch (e) {
            client.end().catch(() => { });
            throw connectError(options.url, e);
        }
        return applySessionSettings(new PgConnection(client), options.settings);
    },
};
