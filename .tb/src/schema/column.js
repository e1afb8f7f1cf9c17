export function identityOptions(identity) {
    return typeof identity === "string" ? { generation: identity } : identity;
}
/** Effective nullability: explicit `nullable`, else false for primary-key and identity columns, else true. */
export function isNullable(column, inPrimaryKey = false) {
    if (column.nullable !== undefined)
        return column.nullable;
    return !(column.primaryKey || inPrimaryKey || column.identity !== undefined);
}
