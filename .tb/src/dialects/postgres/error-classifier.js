import { errorCodes } from "../error-chain.js";
/** Set by driver-pg.ts on pg's "client password must be a string": the server asked for a password the URL lacks. */
export const NO_PASSWORD_CODE = "ATHANOR_PG_NO_PASSWORD";
const KINDS = {
    // the network (Node)
    ECONNREFUSED: "connect-refused",
    ENOTFOUND: "connect-refused",
    EAI_AGAIN: "connect-refused",
    ETIMEDOUT: "connect-refused",
    EHOSTUNREACH: "connect-refused",
    ENETUNREACH: "connect-refused",
    ECONNRESET: "connection-lost",
    EPIPE: "connection-lost",
    // SQLSTATE
    "08001": "connect-refused", // sqlclient_unable_to_establish_sqlconnection
    "08006": "connection-lost", // connection_failure
    "57P01": "connection-lost", // admin_shutdown
    "57P02": "connection-lost", // crash_shutdown
    "57P03": "starting-up", // cannot_connect_now: starting up, shutting down, in recovery
    "53300": "too-many-connections",
    "28P01": "auth-failed", // invalid_password
    "28000": "auth-rejected", // invalid_authorization_specification: unknown role, pg_hba.conf
    [NO_PASSWORD_CODE]: "password-missing",
    "42501": "permission-denied", // insufficient_privilege
    "3D000": "database-missing", // invalid_catalog_name
    "55P03": "lock-timeout", // lock_not_available
    "57014": "statement-timeout", // query_canceled
    "25P03": "idle-timeout", // idle_in_transaction_session_timeout
    "57P05": "idle-timeout", // idle_session_timeout
    "40P01": "deadlock",
};
/** When an error carries several codes, the one that decides: a failure that won't heal before one that will. */
const PRECEDENCE = [
    "auth-failed",
    "auth-rejected",
    "database-missing",
    "permission-denied",
    "password-missing",
    "lock-timeout",
    "statement-timeout",
    "idle-timeout",
    "deadlock",
    "starting-up",
    "too-many-connections",
    "connect-refused",
    "connection-lost",
];
export const postgresErrorClassifier = {
    classify(error) {
        const kinds = new Set(errorCodes(error).map((c) => KINDS[c]));
        return PRECEDENCE.find((k) => kinds.has(k)) ?? "unknown";
    },
};
