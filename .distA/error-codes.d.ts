/**
 * Every code an AthanorError can carry, with one line on when it is raised.
 * `new AthanorError(code, ...)` accepts only these (a typo is a type error),
 * and the table "All error codes" in docs/api.md lists exactly these (a test
 * compares them). A new code goes here first, then into that table.
 */
export declare const ERROR_CODES: {
    readonly ABORTED: "the run's `signal` fired";
    readonly "CONFIG.INVALID": "a config setting, a `DB_*` variable or the database URL has a wrong value";
    readonly "CONFIG.LOAD_FAILED": "the config file could not be imported or its function threw";
    readonly "CONFIG.NOT_FOUND": "the config file named by --config or ATHANOR_CONFIG does not exist";
    readonly "CONFIG.NO_URL": "no database URL from --url, DATABASE_URL, the config, DB_HOST/DB_NAME… or defaultUrl";
    readonly "CONFIG.UNKNOWN_KEY": "the config file has a key Athanor does not know";
    readonly "CONFIG.VERSION_PATH": "--version-path is not one of the version locations";
    readonly "CONNECT.FAILED": "could not connect: without `wait` for any reason (the message says when waiting would help), with `wait` a failure that will not heal (wrong password, no such database)";
    readonly "CONNECT.GAVE_UP": "`wait`: the database was still unreachable after all attempts";
    readonly "CONNECT.SETUP_FAILED": "the session settings or the onConnect hook failed on a new connection";
    readonly "CONNECT.UNSUPPORTED_CONNECTION": "the `connection` passed in is nothing a registered dialect can adopt";
    readonly "CONTEXT.INVALID": "`context.flag(key)` got a value that is not yes/no";
    readonly "CONTEXT.MISSING": "`context.require(key)` and the run has no such `-x key=value`";
    readonly "DATABASE.NOT_AT_HEAD": "autogenerate: the database has revisions still to apply";
    readonly "DATABASE.UNVERSIONED": "the database has tables but no version table";
    readonly "DB.BUSY": "a PGlite directory is held by another process";
    readonly "DB.CLOSED": "a query on a connection that was closed";
    readonly "DB.CONNECTION_LOST": "the connection dropped during a run";
    readonly "DIALECT.INVALID_IDENTIFIER": "an identifier is empty, holds a NUL character or is longer than the dialect allows";
    readonly "DIALECT.INVALID_URL": "a URL given to a driver that does not take its form";
    readonly "DIALECT.MISSING_PARAMETER": "a statement refers to a parameter ($n) it was not given";
    readonly "DIALECT.NO_AUTOGENERATE": "the database's dialect has no autogenerate introspector or comparator";
    readonly "DIALECT.NOT_IMPLEMENTED": "the dialect lacks something this run needs (a step protocol without transactional DDL)";
    readonly "DIALECT.UNSUPPORTED": "a revision uses a column type (or operation) the database's dialect cannot do; the line names the operation, the dialect and the alternative";
    readonly "DIALECT.UNSUPPORTED_MODE": "the transaction mode can't be kept on this dialect (`per-run` without transactional DDL)";
    readonly "DIALECT.UNSUPPORTED_URL": "a database URL whose scheme no registered dialect takes";
    readonly "DIALECT.UNSUPPORTED_VALUE": "a value that can't be written as a literal of the dialect";
    readonly "DRIVER.MISSING": "the package of the URL's driver is not installed (`npm ci --omit=optional`?)";
    readonly "GRAPH.AMBIGUOUS_PREFIX": "a revision prefix matches several revisions";
    readonly "GRAPH.AMBIGUOUS_RELATIVE": "a relative target (`+N`, `-N`) is ambiguous";
    readonly "GRAPH.AMBIGUOUS_WALK": "a relative walk reaches a branch point";
    readonly "GRAPH.CYCLE": "the down-revisions form a cycle";
    readonly "GRAPH.DEPENDENCY_CYCLE": "the dependencies (`dependsOn`) form a cycle";
    readonly "GRAPH.DEPENDENCY_SELF_LOOP": "a revision depends on itself";
    readonly "GRAPH.DUPLICATE_BRANCH_LABEL": "two revisions declare the same branch label";
    readonly "GRAPH.DUPLICATE_HEADS": "a target names the same head twice";
    readonly "GRAPH.DUPLICATE_LABEL": "`revision --branch-label` with a label another revision already has";
    readonly "GRAPH.DUPLICATE_REVISION": "two files declare the same revision id";
    readonly "GRAPH.INVALID_BRANCH_LABEL": "a branch label is not a valid name";
    readonly "GRAPH.INVALID_DOWNGRADE_TARGET": "a downgrade target is not below the current revisions";
    readonly "GRAPH.INVALID_RANGE": "a range (`a:b`) can't be read";
    readonly "GRAPH.INVALID_REVISION_ID": "a revision id is not a valid id";
    readonly "GRAPH.INVALID_SYMBOL": "a target is not a revision, a label or a keyword";
    readonly "GRAPH.INVALID_UPGRADE_TARGET": "an upgrade target is not above the current revisions";
    readonly "GRAPH.MISSING_DEPENDENCY": "a `dependsOn` names a revision that does not exist";
    readonly "GRAPH.MISSING_DOWN_REVISION": "a down-revision names a revision that does not exist";
    readonly "GRAPH.MULTIPLE_HEADS": "`head` with several heads";
    readonly "GRAPH.NOT_A_HEAD": "a revision given as a head is not one";
    readonly "GRAPH.NOT_IN_BRANCH": "a revision is not on the branch named with it";
    readonly "GRAPH.OVERLAPPING_REVISIONS": "two targets lie on the same line of descent";
    readonly "GRAPH.PREFIX_TOO_SHORT": "a revision prefix is too short to look up";
    readonly "GRAPH.RANGE_NOT_ANCESTOR": "the start of a range is not an ancestor of its end";
    readonly "GRAPH.RELATIVE_TOO_FAR": "a relative target goes past base or a head";
    readonly "GRAPH.SELF_LOOP": "a revision is its own down-revision";
    readonly "GRAPH.UNKNOWN_BRANCH": "a branch label that no revision declares";
    readonly "GRAPH.UNKNOWN_CURRENT_REVISION": "the database is at a revision the scripts don't have";
    readonly "GRAPH.UNKNOWN_REVISION": "a revision that does not exist";
    readonly "GRAPH.VERSION_TABLE_MISMATCH": "a version-table step does not fit the heads recorded";
    readonly "GRAPH.WALKED_TOO_FAR": "a relative walk ran out of revisions";
    readonly "HOOK.FAILED": "a post-write hook failed";
    readonly "INIT.NOT_EMPTY": "`init` into a folder that is not empty";
    readonly "LOCK.BUSY": "the migration lock is held and `lock.waitTimeoutMs` is 0";
    readonly "LOCK.TIMEOUT": "the migration lock was held longer than `lock.waitTimeoutMs`";
    readonly "MERGE.NOTHING_TO_MERGE": "`merge` of fewer than two revisions";
    readonly "MIGRATION.FAILED": "a revision failed; names the revision, its file and the statement";
    readonly "MIGRATION.FOREIGN_KEY_VIOLATION": "a revision left rows whose foreign key points at no row (checked before COMMIT where enforcement is off during a step: SQLite); it was rolled back";
    readonly "MIGRATION.HALF_APPLIED": "a revision committed some of its statements and then failed or was killed (no transactional DDL); `athanor resolve` or a fixed rerun decides";
    readonly "MIGRATION.IDLE_TIMEOUT": "a revision sat idle inside its transaction for longer than `idleInTransactionTimeout`";
    readonly "MIGRATION.IRREVERSIBLE": "a downgrade reached a revision that declares `export const irreversible`";
    readonly "MIGRATION.NEEDS_NO_TRANSACTION": "a revision ran, inside its transaction, a statement the database ignores there (a setting the dialect knows is ignored inside a transaction); it belongs in a revision with `export const transactional = false`";
    readonly "MIGRATION.NEVER_FINISHES": "a revision's upgrade()/downgrade() awaits a promise that can never settle";
    readonly "MIGRATION.NOT_AWAITED": "a revision did not await an operation it started (or one still ran when it returned)";
    readonly "MIGRATION.OP_AFTER_RETURN": "an operation was called after the revision's upgrade()/downgrade() had returned";
    readonly "MIGRATION.NOT_HALF_APPLIED": "`athanor resolve` named a revision that is not half-applied";
    readonly "MIGRATION.PROCESS_EXIT": "a revision called process.exit()";
    readonly "MIGRATION.RESUME_CHANGED": "a half-applied revision's file changed in the statements that already committed, so the rerun can't resume it";
    readonly "MIGRATION.THREW": "a revision threw a value that is not an Error";
    readonly "MIGRATION.TRANSACTION_ABORTED": "a statement failed inside the revision's transaction and the revision caught the error and went on";
    readonly "MODELS.CONFLICT": "two models define the same table or type differently";
    readonly "MODELS.DRIZZLE": "a Drizzle model can't be read";
    readonly "MODELS.EMPTY": "the models define no tables";
    readonly "MODELS.LOAD_FAILED": "a models file could not be imported";
    readonly "MODELS.NAMING": "a naming convention produced an invalid or clashing name";
    readonly "MODELS.NOT_CONFIGURED": "autogenerate or validation without `models` in the config";
    readonly "MODELS.NOT_FOUND": "a models file that does not exist";
    readonly "OFFLINE.NEEDS_CONNECTION": "`--sql` with a revision that queries the database";
    readonly "OFFLINE.RANGE": "a `--sql` range with `current`, or going the wrong way (exit 2)";
    readonly "OPERATION.INVALID": "an operation's arguments are wrong";
    readonly "OPERATION.IRREVERSIBLE": "an operation has no inverse (autogenerate, `reverse`)";
    readonly "OPERATION.TRANSACTION_CONTROL": "BEGIN/COMMIT/ROLLBACK… in `op.execute` or `op.query`";
    readonly "REVISION.EXISTS": "the new revision's file already exists";
    readonly "REVISION.INVALID_ID": "a revision id given to `revision --rev-id` is not valid";
    readonly "SCHEMA.INVALID": "a table, column or type definition is wrong";
    readonly "SCRIPT.DUPLICATE_EXPORT": "a revision file exports the same name twice";
    readonly "SCRIPT.IMPORT_FAILED": "a revision file could not be imported";
    readonly "SCRIPT.INVALID": "a revision file's metadata has the wrong type";
    readonly "SCRIPT.MISSING_FUNCTION": "a revision file has no `upgrade` (or no `downgrade` when downgrading), or it is not a function";
    readonly "SCRIPT.NOT_LITERAL": "a revision file's metadata is not a literal";
    readonly "SCRIPT.NO_DIRECTORY": "the script location does not exist";
    readonly "SCRIPT.NO_DOWN_REVISION": "a revision file has no `downRevision`";
    readonly "SCRIPT.NO_REVISION": "a revision file has no `revision`";
    readonly "SCRIPT.REVISION_ID_TOO_LONG": "a revision id longer than the version table's column";
    readonly "SCRIPT.TEMPLATE": "the revision template has an unknown placeholder";
    readonly "SCRIPT.UNREADABLE": "a revision folder can't be read";
    readonly "TEST.DATABASE_NOT_EMPTY": "`athanor test --url` on a database that has tables (exit 2)";
    readonly "TEST.FAILED": "`athanor test`: a check of the history failed (revision, step and error named)";
    readonly USAGE: "bad command-line usage (exit 2)";
    readonly "VALIDATE.FAILED": "`validate`: a critical table is missing, or the database differs from the models";
    readonly "VERSION.CREATE_FAILED": "the version table could not be created";
    readonly "VERSION.INVALID": "the version table holds something Athanor did not write";
    readonly "VERSION.ROWCOUNT": "a version-table change did not match exactly one row";
    readonly "VERSION.VERIFY_FAILED": "after COMMIT the version table doesn't show what was committed";
};
export type ErrorCode = keyof typeof ERROR_CODES;
/**
 * Codes of earlier releases, each with the code that replaced it: a program
 * that matches an old code keeps working through `error.hasCode(old)`.
 */
export declare const FORMER_ERROR_CODES: {
    readonly "DB.CONNECT": "CONNECT.FAILED";
};
export type FormerErrorCode = keyof typeof FORMER_ERROR_CODES;
