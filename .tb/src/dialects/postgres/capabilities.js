/** What PostgreSQL (a server or PGlite) can do; see DialectCapabilities. */
export const postgresCapabilities = {
    transactionalDdl: true,
    schemas: true,
    namedEnums: true,
    alterConstraints: true,
    concurrentIndex: true,
    comments: true,
    partialIndexes: true,
    deferrableConstraints: true,
    arrays: true,
    identifierMaxBytes: 63,
};
