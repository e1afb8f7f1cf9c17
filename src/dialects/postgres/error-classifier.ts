/**
 * PostgreSQL's failures by SQLSTATE, and the network's by Node's errno codes.
 * pg raises a few failures without a code (a connection that timed out or
 * was cut, a password it was not given); its driver (driver-pg.ts) gives
 * them one before they get here.
 */
import type { DatabaseErrorKind, ErrorClassifier } from "../dialect.js";
import { decidingKind, errorCodes, NETWORK_ERROR_KINDS } from "../error-chain.js";

/** Set by driver-pg.ts on pg's "client password must be a string": the server asked for a password the URL lacks. */
export const NO_PASSWORD_CODE = "ATHANOR_PG_NO_PASSWORD";

const KINDS: Readonly<Record<string, DatabaseErrorKind>> = {
  ...NETWORK_ERROR_KINDS,
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
  "55P04": "uncommitted-enum-value", // unsafe_new_enum_value_usage
  "0A000": "feature-unsupported", // feature_not_supported
};

export const postgresErrorClassifier: ErrorClassifier = {
  classify(error) {
    const kind = decidingKind(errorCodes(error).map((c) => KINDS[c]));
    return kind === "unknown" && terminated(error) ? "connection-lost" : kind;
  },
};

/**
 * pg's "Connection terminated unexpectedly" on a query of an open
 * connection (the socket closed under it) has no code at all: only its text,
 * here or in a cause, says the connection broke.
 */
function terminated(error: unknown, depth = 0): boolean {
  if (!(error instanceof Error) || depth > 5) return false;
  return /^Connection terminated\b/.test(error.message) || terminated(error.cause, depth + 1);
}
