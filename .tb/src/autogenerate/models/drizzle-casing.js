export const DRIZZLE_CASINGS = ["snake_case", "camelCase"];
const WORDS = /[\da-z]+|[A-Z]+(?![a-z])|[A-Z][\da-z]+/g;
/** drizzle-orm's toSnakeCase: `createdAt` -> `created_at`, `userID` -> `user_id`. */
export function toSnakeCase(input) {
    const words = input.replace(/['\u2019]/g, "").match(WORDS) ?? [];
    return words.map((w) => w.toLowerCase()).join("_");
}
/** drizzle-orm's toCamelCase: `created_at` -> `createdAt`. */
export function toCamelCase(input) {
    const words = input.replace(/['\u2019]/g, "").match(WORDS) ?? [];
    return words.reduce((acc, w, i) => acc + (i === 0 ? w.toLowerCase() : `${w[0].toUpperCase()}${w.slice(1)}`), "");
}
function converter(casing) {
    return casing === "snake_case" ? toSnakeCase : toCamelCase;
}
/** The column's name in the database: converted only when drizzle took it from the key. */
export function casedColumnName(column, casing) {
    if (casing === undefined || !column.keyAsName)
        return column.name;
    return converter(casing)(column.name);
}
/** The same object seen with its database name (everything else read through to drizzle's). */
function renamed(column, casing) {
    const name = casedColumnName(column, casing);
    if (name === column.name)
        return column;
    return Object.create(column, { name: { value: name, enumerable: true } });
}
/** drizzle-kit: each original column name in a PK/FK name is replaced (first occurrence) by the converted one. */
function replaceNames(name, original, casing) {
    let out = name;
    for (const c of original)
        out = out.replace(c.name, casedColumnName(c, casing));
    return out;
}
function isIndexedColumn(value) {
    return typeof value === "object" && value !== null && typeof value.name === "string" && !("queryChunks" in value);
}
/** `getTableConfig(table)` with column names (and the names built from them) converted. */
export function casedTableConfig(cfg, casing) {
    const col = (c) => renamed(c, casing);
    return {
        ...cfg,
        columns: cfg.columns.map(col),
        indexes: cfg.indexes.map((ix) => ({
            ...ix,
            config: {
                ...ix.config,
                columns: ix.config.columns.map((c) => (isIndexedColumn(c) ? renamed(c, casing) : c)),
            },
        })),
        foreignKeys: cfg.foreignKeys.map((fk) => ({
            ...fk,
            onDelete: fk.onDelete,
            onUpdate: fk.onUpdate,
            reference() {
                const ref = fk.reference();
                return { ...ref, columns: ref.columns.map(col), foreignColumns: ref.foreignColumns.map(col) };
            },
            getName() {
                const ref = fk.reference();
                return replaceNames(replaceNames(fk.getName(), ref.columns, casing), ref.foreignColumns, casing);
            },
        })),
        primaryKeys: cfg.primaryKeys.map((pk) => ({
            ...pk,
            columns: pk.columns.map(col),
            getName: () => replaceNames(pk.getName(), pk.columns, casing),
        })),
        uniqueConstraints: cfg.uniqueConstraints.map((u) => ({
            ...u,
            columns: u.columns.map(col),
            nullsNotDistinct: u.nullsNotDistinct,
            getName: () => u.getName(),
        })),
    };
}
/**
 * drizzle-orm/pg-core as the converter uses it, with `casing` applied: table
 * configs are read through `casedTableConfig` and SQL (defaults, checks,
 * generated expressions, index expressions) is printed with a dialect that
 * converts the column names it mentions, as drizzle-kit does.
 */
export function drizzleWithCasing(pg, casing) {
    if (casing === undefined)
        return pg;
    const Base = pg.PgDialect;
    return {
        getTableConfig: (table) => casedTableConfig(pg.getTableConfig(table), casing),
        PgDialect: class extends Base {
            constructor() {
                super({ casing });
            }
        },
    };
}
