/**
 * PostgreSQL's failures by SQLSTATE, and the network's by Node's errno codes.
 * pg raises a few failures without a code (a connection that timed out or
 * was cut, a password it was not given); its driver (driver-pg.ts) gives
 * them one before they get here.
 */
import type { ErrorClassifier } from "../dialect.js";
/** Set by driver-pg.ts on pg's "client password must be a string": the server asked for a password the URL lacks. */
export declare const NO_PASSWORD_CODE = "ATHANOR_PG_NO_PASSWORD";
export declare const postgresErrorClassifier: ErrorClassifier;
