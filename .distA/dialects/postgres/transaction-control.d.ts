/**
 * PostgreSQL's statement-level rules for user SQL: transaction control
 * (refused inside migrations, see operations/transaction-control.ts) and
 * statements PostgreSQL will not run inside a transaction.
 *
 * The transaction-control guard reads SQL as the server does (sql-scan.ts)
 * and, because a session may run with `standard_conforming_strings = off`
 * (where `'\''` is a whole literal), it reads the text both ways and refuses
 * what either reading finds.
 */
import type { StatementFinding } from "../dialect.js";
/**
 * The first statement that controls the transaction, or null: BEGIN, START
 * TRANSACTION, COMMIT, END, ROLLBACK, ABORT, SAVEPOINT, RELEASE [SAVEPOINT],
 * ROLLBACK TO [SAVEPOINT], PREPARE TRANSACTION, COMMIT PREPARED, ROLLBACK
 * PREPARED. Words inside literals, quoted identifiers, comments, dollar-quoted
 * bodies (`DO $$ BEGIN ... END $$`) and `BEGIN ATOMIC` bodies do not count.
 * The text is read with standard_conforming_strings on and off; the earliest
 * finding of either reading is returned.
 */
export declare function findTransactionControl(sql: string): StatementFinding | null;
/** The first statement PostgreSQL refuses to run in a transaction block (CONCURRENTLY, VACUUM, CREATE DATABASE, ...). */
export declare function findNonTransactionalStatement(sql: string): StatementFinding | null;
