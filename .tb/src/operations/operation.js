export const OPERATION_KINDS = [
    "createTable",
    "dropTable",
    "renameTable",
    "addColumn",
    "dropColumn",
    "alterColumn",
    "createIndex",
    "dropIndex",
    "createPrimaryKey",
    "createUniqueConstraint",
    "createForeignKey",
    "createCheckConstraint",
    "dropConstraint",
    "createEnum",
    "dropEnum",
    "addEnumValue",
    "renameEnumValue",
    "dropEnumValue",
    "createSchema",
    "dropSchema",
    "setTableComment",
    "setColumnComment",
    "execute",
    "bulkInsert",
];
export function isOperation(value) {
    return (typeof value === "object" &&
        value !== null &&
        OPERATION_KINDS.includes(value.kind));
}
/** Throws at compile time when a switch over `op.kind` misses a case. */
export function assertNever(value, what = "operation") {
    throw new TypeError(`unknown ${what}: ${JSON.stringify(value)}`);
}
