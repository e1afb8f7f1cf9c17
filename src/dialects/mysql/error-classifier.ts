/**
 * MySQL's and MariaDB's failures by error number (and mysql2's symbolic
 * `code` for the same numbers), and the network's by Node's errno codes.
 * Never the message text.
 */
import type { DatabaseErrorKind, ErrorClassifier } from "../dialect.js";
import { decidingKind, errorCodes, NETWORK_ERROR_KINDS } from "../error-chain.js";

const KINDS: Readonly<Record<string, DatabaseErrorKind>> = {
  // the network (Node) and mysql2's own
  ...NETWORK_ERROR_KINDS,
  PROTOCOL_CONNECTION_LOST: "connection-lost",
  // server errors: symbolic code and number
  ER_CON_COUNT_ERROR: "too-many-connections",
  "1040": "too-many-connections",
  ER_TOO_MANY_USER_CONNECTIONS: "too-many-connections",
  "1203": "too-many-connections",
  ER_USER_LIMIT_REACHED: "too-many-connections",
  "1226": "too-many-connections",
  ER_SERVER_SHUTDOWN: "starting-up", // "Server shutdown in progress"
  "1053": "starting-up",
  ER_NORMAL_SHUTDOWN: "starting-up",
  "1077": "starting-up",
  ER_SERVER_OFFLINE_MODE: "starting-up", // MySQL offline_mode
  "3032": "starting-up",
  ER_SERVER_ISNT_AVAILABLE: "starting-up", // MySQL 8: server not (yet) accepting connections
  "3169": "starting-up",
  CR_CONN_HOST_ERROR: "connect-refused",
  "2003": "connect-refused",
  CR_SERVER_GONE_ERROR: "connection-lost",
  "2006": "connection-lost",
  CR_SERVER_LOST: "connection-lost",
  "2013": "connection-lost",
  ER_CONNECTION_KILLED: "connection-lost", // MariaDB
  "1927": "connection-lost",
  ER_ACCESS_DENIED_ERROR: "auth-failed",
  "1045": "auth-failed",
  ER_HOST_NOT_PRIVILEGED: "auth-rejected",
  "1130": "auth-rejected",
  ER_NOT_SUPPORTED_AUTH_MODE: "auth-rejected",
  "1251": "auth-rejected",
  ER_HOST_IS_BLOCKED: "auth-rejected",
  "1129": "auth-rejected",
  ER_DBACCESS_DENIED_ERROR: "permission-denied",
  "1044": "permission-denied",
  ER_TABLEACCESS_DENIED_ERROR: "permission-denied",
  "1142": "permission-denied",
  ER_SPECIFIC_ACCESS_DENIED_ERROR: "permission-denied",
  "1227": "permission-denied",
  ER_BAD_DB_ERROR: "database-missing",
  "1049": "database-missing",
  ER_LOCK_WAIT_TIMEOUT: "lock-timeout",
  "1205": "lock-timeout",
  ER_QUERY_TIMEOUT: "statement-timeout", // MySQL max_execution_time
  "3024": "statement-timeout",
  ER_STATEMENT_TIMEOUT: "statement-timeout", // MariaDB max_statement_time
  "1969": "statement-timeout",
  ER_QUERY_INTERRUPTED: "statement-timeout",
  "1317": "statement-timeout",
  ER_CLIENT_INTERACTION_TIMEOUT: "idle-timeout", // MySQL 8.0.24+: wait_timeout
  "4031": "idle-timeout",
  ER_LOCK_DEADLOCK: "deadlock",
  "1213": "deadlock",
};

export const mysqlErrorClassifier: ErrorClassifier = {
  classify(error) {
    return decidingKind(errorCodes(error, { errno: true }).map((c) => KINDS[c]));
  },
};
