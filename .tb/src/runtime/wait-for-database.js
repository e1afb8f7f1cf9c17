import { dialectForUrl } from "../dialects/registry.js";
import { AthanorError } from "../errors.js";
import { maskSecrets, maskUrl, rememberSecretsOf } from "../util/mask-secrets.js";
/** Failures that heal by themselves: retried. */
const RETRYABLE = new Set([
    "connect-refused",
    "connection-lost",
    "starting-up",
    "too-many-connections",
]);
/** Failures that won't heal, each with the words that start its reason. */
const FATAL = {
    "auth-failed": "wrong password",
    "auth-rejected": "authentication rejected",
    "database-missing": "the database does not exist",
    "permission-denied": "permission denied",
};
/** The driver's own "could not connect to <url>: " prefix: the caller names the URL once. */
function detail(message) {
    return message.replace(/^could not connect to \S+: /, "");
}
/** The innermost message of an error and its causes: what happened, for the reason shown. */
function lastMessage(e) {
    let last;
    const seen = new Set();
    for (let x = e; x && typeof x === "object" && !seen.has(x); x = x.cause) {
        seen.add(x);
        const m = x.message;
        if (typeof m === "string" && m !== "")
            last = m;
    }
    return last === undefined ? undefined : detail(last);
}
/**
 * Whether a failed connection attempt is worth retrying, and the reason to
 * show. The dialect reads the failure's kind from its codes; the reason is
 * the failure's own message (its URL already masked by the driver).
 */
export function classifyConnectError(e, dialect) {
    const kind = dialect.errors.classify(e);
    const last = lastMessage(e);
    const fatal = FATAL[kind];
    if (fatal)
        return { retry: false, reason: `${fatal}: ${last ?? kind}`, kind };
    if (kind === "password-missing")
        return { retry: false, reason: "the server asks for a password and the URL has none", kind };
    return { retry: RETRYABLE.has(kind), reason: last ?? String(e), kind };
}
/** One attempt: connect and `select 1`, within `timeoutMs` (0: no limit). */
async function attemptOnce(driver, url, timeoutMs) {
    const attempt = (async () => {
        const conn = await driver.connect({ url });
        try {
            await conn.query("select 1");
        }
        finally {
            await conn.close().catch(() => { });
        }
    })();
    if (timeoutMs <= 0)
        return attempt;
    let timer;
    const timeout = new Promise((_, reject) => {
        timer = setTimeout(() => reject(Object.assign(new Error(`no answer within ${(timeoutMs / 1000).toFixed(1)} s`), { code: "ETIMEDOUT" })), timeoutMs);
    });
    try {
        await Promise.race([attempt, timeout]);
    }
    finally {
        clearTimeout(timer);
        // A late outcome of an abandoned attempt closes its own connection; nothing else to do.
        attempt.catch(() => { });
    }
}
/**
 * A number from the options, else from the environment variable, else the
 * default. A value that is not a number would make the loop spin or never end:
 * refuse it, naming where it came from.
 */
function setting(given, option, env, variable, dflt, count) {
    const raw = env[variable];
    const fromEnv = given === undefined && variable !== "" && raw !== undefined && raw.trim() !== "";
    const value = given !== undefined ? given : fromEnv ? Number(raw) : dflt;
    const ok = Number.isFinite(value) && (count ? Number.isInteger(value) && value >= 1 : value >= 0);
    if (!ok) {
        const shown = fromEnv ? `${variable}=${raw}` : `${option}: ${given}`;
        throw new AthanorError("CONFIG.INVALID", `invalid ${shown}: ${count ? "the number of attempts must be a whole number, at least 1" : "seconds must be a number, 0 or more"}`);
    }
    return value;
}
export async function waitForDatabase(url, opts = {}) {
    const env = opts.env ?? process.env;
    rememberSecretsOf(url);
    const attempts = setting(opts.attempts, "attempts", env, "DB_MAX_RETRIES", 30, true);
    let interval = setting(opts.intervalSeconds, "intervalSeconds", env, "DB_RETRY_INTERVAL", 2, false) * 1000;
    const { dialect, driver } = dialectForUrl(url);
    // An embedded database runs in this process (opening one can take seconds): no network to time out.
    const timeoutMs = driver.inProcess ? 0 : setting(opts.connectTimeoutSeconds, "connectTimeoutSeconds", {}, "", 10, false) * 1000;
    const started = Date.now();
    for (let attempt = 1;; attempt++) {
        const attemptStarted = Date.now();
        try {
            await attemptOnce(driver, url, timeoutMs);
            const waitedMs = attemptStarted - started;
            if (attempt > 1)
                opts.log?.(`database ${maskUrl(url)} is up (attempt ${attempt})`);
            return { attempts: attempt, waitedMs };
        }
        catch (e) {
            const { retry, reason } = classifyConnectError(e, dialect);
            const why = maskSecrets(reason);
            if (!retry) {
                throw new AthanorError("CONNECT.FAILED", `cannot connect to ${maskUrl(url)}: ${why} (not retrying)`, { cause: e });
            }
            if (attempt >= attempts) {
                throw new AthanorError("CONNECT.GAVE_UP", `database ${maskUrl(url)} still not reachable after ${attempt} attempt${attempt === 1 ? "" : "s"} over ${((Date.now() - started) / 1000).toFixed(1)} s: ${why}`, { cause: e });
            }
            opts.log?.(`waiting for database ${maskUrl(url)} (attempt ${attempt}/${attempts}): ${why}; retrying in ${(interval / 1000).toFixed(1)} s`);
            if (opts.signal?.aborted)
                throw new AthanorError("ABORTED", "aborted while waiting for the database");
            await sleep(interval, opts.signal);
            if (opts.signal?.aborted)
                throw new AthanorError("ABORTED", "aborted while waiting for the database");
            if (opts.backoff)
                interval = Math.min(interval * 2, 30_000);
        }
    }
}
/** Resolves after `ms`, or as soon as `signal` aborts. */
function sleep(ms, signal) {
    return new Promise((resolve) => {
        const done = () => {
            clearTimeout(timer);
            signal?.removeEventListener("abort", done);
            resolve();
        };
        const timer = setTimeout(done, ms);
        signal?.addEventListener("abort", done, { once: true });
    });
}
