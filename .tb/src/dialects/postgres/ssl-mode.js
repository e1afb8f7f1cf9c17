/**
 * `sslmode` with the meaning libpq (psql, psycopg, Alembic) gives it, on top of
 * node-postgres. pg 8 treats `prefer`, `require` and `verify-ca` as
 * `verify-full` (so `require` fails on a self-signed certificate, and `prefer`
 * fails on a server without SSL) and prints a seven-line deprecation warning on
 * every run. pg-connection-string's supported way to the libpq meaning is
 * `uselibpqcompat=true`; what it doesn't do — `prefer` falling back to a plain
 * connection, `allow` trying a plain one first — is done here, as a second
 * attempt.
 *
 *   disable      plain connection
 *   allow        plain; if the server refuses it, encrypted (certificate not checked)
 *   prefer       encrypted (certificate not checked); if the server has no SSL, plain
 *   require      encrypted, certificate not checked (with sslrootcert: as verify-ca)
 *   verify-ca    encrypted, certificate signed by sslrootcert's CA
 *   verify-full  encrypted, certificate checked, host name too
 *
 * `PGSSLMODE` counts when the URL has no `sslmode` and no `ssl` (as in libpq).
 * A URL that already says `uselibpqcompat`, or pg's own `sslmode=no-verify`,
 * is left as it is.
 */
import { AthanorError } from "../../errors.js";
export const SSL_MODES = ["disable", "allow", "prefer", "require", "verify-ca", "verify-full"];
const never = () => false;
/** The attempts to make, in order, for a (scheme-normalized) PostgreSQL URL. */
export function sslAttempts(url, env = process.env) {
    const q = url.indexOf("?");
    const base = q < 0 ? url : url.slice(0, q);
    const params = new URLSearchParams(q < 0 ? "" : url.slice(q + 1));
    if (params.has("uselibpqcompat"))
        return [{ connectionString: url, fallBackOn: never }];
    const given = params.get("sslmode") ?? (params.has("ssl") ? null : nonEmpty(env.PGSSLMODE));
    if (given === null || given === "no-verify")
        return [{ connectionString: url, fallBackOn: never }];
    const mode = given.toLowerCase();
    if (!SSL_MODES.includes(mode)) {
        const from = params.has("sslmode") ? "sslmode" : "PGSSLMODE";
        throw new AthanorError("CONFIG.INVALID", `${from}=${given} is not one of ${SSL_MODES.join(", ")} (or no-verify)`);
    }
    const as = (m) => {
        const p = new URLSearchParams(params);
        p.set("sslmode", m);
        if (m !== "disable")
            p.set("uselibpqcompat", "true");
        return `${base}?${p.toString()}`;
    };
    switch (mode) {
        case "allow":
            return [
                { connectionString: as("disable"), fallBackOn: refusedWithoutEncryption },
                { connectionString: as("require"), fallBackOn: never },
            ];
        case "prefer":
            return [
                { connectionString: as("prefer"), fallBackOn: serverHasNoSsl },
                { connectionString: as("disable"), fallBackOn: never },
            ];
        default:
            return [{ connectionString: as(mode), fallBackOn: never }];
    }
}
function nonEmpty(v) {
    return v === undefined || v.trim() === "" ? null : v.trim();
}
function messageOf(e) {
    return e instanceof Error ? e.message : String(e);
}
/** pg's answer when the server says no to SSLRequest. */
function serverHasNoSsl(e) {
    return /does not support SSL/i.test(messageOf(e));
}
/** The server wants an encrypted connection (pg_hba.conf `hostssl`, or `hostnossl` missing). */
function refusedWithoutEncryption(e) {
    const code = e?.code;
    return code === "28000" || code === "28P01" || /no pg_hba\.conf entry|SSL off|no encryption/i.test(messageOf(e));
}
