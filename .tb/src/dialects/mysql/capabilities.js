/**
 * What MySQL 8 and MariaDB 10.6+ can do; see DialectCapabilities. Each DDL
 * statement commits by itself (no transactional DDL), so the runtime uses the
 * autocommit step protocol (src/runtime/step-protocol-autocommit.ts). A schema
 * is a database; enums are written inline (`ENUM('a','b')`); identifiers are
 * limited to 64 characters.
 */
export const mysqlCapabilities = {
    transactionalDdl: false,
    schemas: false,
    namedEnums: false,
    alterConstraints: true,
    concurrentIndex: false,
    comments: true,
    partialIndexes: false,
    deferrableConstraints: false,
    arrays: false,
    identifierMaxBytes: 64,
};
