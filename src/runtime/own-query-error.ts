/**
 * A failure of one of Athanor's own queries, outside any revision: reading
 * the version table or its log, creating them. The driver's error alone
 * ("database is locked", "Lock wait timeout exceeded") says neither what
 * Athanor was doing nor that no revision is at fault; this says both, in one
 * line, with the driver's error kept as the cause.
 */
import type { Dialect } from "../dialects/dialect.js";
import { AthanorError } from "../errors.js";
import { describeThrown } from "../util/describe-thrown.js";

export function ownQueryFailed(doing: string, e: unknown, dialect: Dialect): AthanorError {
  if (e instanceof AthanorError) return e;
  const code = dialect.errors.classify(e) === "connection-lost" ? "DB.CONNECTION_LOST" : "DB.QUERY_FAILED";
  return new AthanorError(code, `${doing} failed: ${describeThrown(e)}`, { cause: e });
}
