/**
 * MySQL's and MariaDB's failures by error number (and mysql2's symbolic
 * `code` for the same numbers), and the network's by Node's errno codes.
 * Never the message text.
 */
import type { ErrorClassifier } from "../dialect.js";
export declare const mysqlErrorClassifier: ErrorClassifier;
