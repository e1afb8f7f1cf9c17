/** Builds a table definition (for models): `defineTable("users", { columns: [...] })`. */
export function defineTable(name, spec) {
    return { name, ...spec };
}
/** The primary-key columns of a table, from the table-level key or the columns' `primaryKey` flags. */
export function primaryKeyColumns(table) {
    if (table.primaryKey)
        return [...table.primaryKey.columns];
    return table.columns.filter((c) => c.primaryKey).map((c) => c.name);
}
