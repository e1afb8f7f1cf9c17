/**
 * MySQL's statement-level rules for user SQL: transaction control (refused
 * inside migrations, see operations/transaction-control.ts) and the
 * statements that commit the open transaction by themselves (DDL and a few
 * administrative statements: "statements that cause an implicit commit").
 */
import type { StatementFinding } from "../dialect.js";
import { type ScannedStatement } from "./sql-scan.js";
/**
 * The first statement that controls the transaction, or null: BEGIN, START
 * TRANSACTION, COMMIT, ROLLBACK [TO SAVEPOINT], SAVEPOINT, RELEASE SAVEPOINT,
 * LOCK TABLES, UNLOCK TABLES, XA ..., SET autocommit. Words inside literals,
 * quoted names and comments do not count; a stored program's body is part
 * of its CREATE statement.
 */
export declare function findTransactionControl(sql: string): StatementFinding | null;
/**
 * The statement commits the open transaction by itself (MySQL's "statements
 * that cause an implicit commit"): CREATE/ALTER/DROP/RENAME/TRUNCATE of
 * tables, indexes, views, databases, routines, triggers, events, sequences,
 * users; GRANT, REVOKE, ANALYZE/OPTIMIZE/REPAIR/CHECK TABLE, FLUSH, LOAD INDEX,
 * CACHE INDEX, INSTALL/UNINSTALL PLUGIN. Data statements (INSERT, UPDATE,
 * DELETE, SELECT, REPLACE, CALL, SET, DO) do not. `CREATE TEMPORARY TABLE`
 * doesn't commit, but MySQL still can't roll it back: it counts as DDL here.
 */
export declare function statementCommitsImplicitly(stmt: ScannedStatement): boolean;
/** Whether any statement of a piece of SQL commits implicitly (for op.execute's raw SQL). */
export declare function commitsImplicitly(sql: string): boolean;
