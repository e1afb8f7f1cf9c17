/**
 * Characters a revision id may have: the width of the version table's
 * `version_num` (and of the log's `revision`), VARCHAR(32) as in Alembic's
 * table, which Athanor can adopt. Every dialect's version table has it;
 * revision files with longer ids are refused when they are read.
 */
export declare const VERSION_NUM_LENGTH = 32;
