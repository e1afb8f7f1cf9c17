import type { DatabaseConnection } from "../../../src/dialects/dialect.js";
import { sqliteDialect } from "../../../src/dialects/sqlite/index.js";
import type { Operation } from "../../../src/operations/operation.js";

/** Applies operations as the runtime does: one transaction, the renderer's session, its held-back rebuild flushed. */
export async function applySqliteOperations(conn: DatabaseConnection, ops: readonly Operation[]): Promise<void> {
  const renderer = await sqliteDialect.renderer();
  const reader = { query: async <R>(q: string, p?: readonly unknown[]) => (await conn.query<R>(q, p)).rows };
  for (const stmt of renderer.transactionGuard?.beforeBegin ?? []) await conn.query(stmt.sql, stmt.params);
  await conn.query(sqliteDialect.beginTransaction);
  const session = renderer.session!(reader);
  for (const op of ops) {
    for (const stmt of await session.render(op)) await conn.query(stmt.sql, stmt.params);
    for (const stmt of session.flush?.() ?? []) await conn.query(stmt.sql, stmt.params);
  }
  await conn.query(sqliteDialect.commitTransaction);
  for (const stmt of renderer.transactionGuard?.afterEnd ?? []) await conn.query(stmt.sql, stmt.params);
}
