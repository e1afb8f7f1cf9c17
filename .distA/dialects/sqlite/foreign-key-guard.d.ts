/**
 * Foreign keys during migration steps. SQLite ignores `PRAGMA foreign_keys`
 * inside a transaction, and a table rebuild with enforcement on would delete
 * child rows (`DROP TABLE` deletes the parent's rows first, firing `ON DELETE
 * CASCADE`). So every step runs with enforcement off: off before its BEGIN,
 * `PRAGMA foreign_key_check` before its COMMIT (a violation fails the step,
 * which is rolled back), on again after. Offline scripts carry the same
 * statements; there the check is an INSERT that a CHECK constraint refuses
 * when a violation exists, which stops `sqlite3 -bail` before the COMMIT.
 */
import type { TransactionGuard } from "../dialect.js";
export declare const foreignKeyGuard: TransactionGuard;
