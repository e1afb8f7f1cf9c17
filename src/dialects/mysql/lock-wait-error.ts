/**
 * "Lock wait timeout exceeded; try restarting transaction" (1205) told in the
 * user's terms: another session (the application's open transaction, which
 * holds the metadata lock of every table it touched until it ends) held a lock
 * the statement needed for longer than this session waits. The message names
 * the two server settings `lockTimeout` sets, with their values on this
 * session; the error itself (its code and number) is kept, so it is still
 * classified as a lock timeout.
 */
const LOCK_WAIT_TIMEOUT = 1205;

interface Queryable {
  query<R>(sql: string): Promise<{ rows: R[] }>;
}

export function isLockWaitTimeout(e: unknown): boolean {
  return (e as { errno?: unknown } | null)?.errno === LOCK_WAIT_TIMEOUT;
}

export async function explainLockWait(e: unknown, session: Queryable): Promise<unknown> {
  if (!(e instanceof Error) || !isLockWaitTimeout(e)) return e;
  let waits = "";
  try {
    const row = (await session.query<{ mdl: unknown; rows: unknown }>("SELECT @@SESSION.lock_wait_timeout AS mdl, @@SESSION.innodb_lock_wait_timeout AS `rows`")).rows[0];
    if (row) waits = ` (${Number(row.mdl)} s for a table's metadata lock, lock_wait_timeout; ${Number(row.rows)} s for a row, innodb_lock_wait_timeout)`;
  } catch {
    // the session can't say: the message goes without the numbers
  }
  try {
    e.message =
      `${e.message}: another session held a lock this statement needed for longer than this session waits${waits}; ` +
      "end that session's transaction (an open transaction keeps the metadata lock of every table it touched; SHOW PROCESSLIST), or raise lockTimeout";
  } catch {
    return e;
  }
  return e;
}
