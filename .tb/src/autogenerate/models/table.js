import { indexElementColumn, validateTable } from "../../schema/validate.js";
import { AUTO_NAMED } from "./naming.js";
/** Registered symbol marking tables built by `table()` (survives two copies of the package). */
export const MODEL_BRAND = Symbol.for("athanor.model.table");
function isColumnType(spec) {
    return typeof spec.kind === "string";
}
function columnsOf(columns) {
    if (Array.isArray(columns))
        return [...columns];
    return Object.entries(columns).map(([name, spec]) => isColumnType(spec) ? { name, type: spec } : { name, ...spec });
}
/** Declares a model table. Validated at once, so a typo fails where it was made. */
export function table(name, spec, options) {
    const schema = options?.schema ?? spec.schema;
    const autoNamed = new Set();
    const indexes = spec.indexes?.map((ix) => {
        if (ix.name !== undefined)
            return ix;
        const cols = (ix.columns ?? []).map((e) => indexElementColumn(e) ?? "expr");
        // Left whole when longer than 63 bytes: autogenerate cuts it the way PostgreSQL does.
        const generated = `${name}_${cols.join("_")}_idx`;
        autoNamed.add(generated);
        return { ...ix, name: generated };
    });
    const { indexes: _ix, columns: _cols, ...rest } = spec;
    const def = {
        ...rest,
        name,
        columns: columnsOf(spec.columns),
        ...(schema === undefined ? {} : { schema }),
        ...(indexes === undefined ? {} : { indexes }),
    };
    validateTable(def);
    Object.defineProperty(def, MODEL_BRAND, { value: true, enumerable: false });
    if (autoNamed.size > 0)
        Object.defineProperty(def, AUTO_NAMED, { value: autoNamed, enumerable: false });
    return def;
}
export function isBrandedModel(value) {
    return typeof value === "object" && value !== null && value[MODEL_BRAND] === true;
}
/** A `TableDefinition`-shaped object (from `table()`, `defineTable()` or hand-written data). */
export function looksLikeTable(value) {
    if (typeof value !== "object" || value === null)
        return false;
    const v = value;
    if (typeof v.name !== "string" || !Array.isArray(v.columns) || v.columns.length === 0)
        return false;
    return v.columns.every((c) => typeof c === "object" &&
        c !== null &&
        typeof c.name === "string" &&
        typeof c.type?.kind === "string");
}
/** A model enum type: `enumType("mood", ["sad", "ok", "happy"])`, usable as a column type. */
export const ENUM_BRAND = Symbol.for("athanor.model.enum");
export function enumType(name, values, options) {
    const e = { kind: "enum", name, values: [...values], ...(options?.schema === undefined ? {} : { schema: options.schema }) };
    Object.defineProperty(e, ENUM_BRAND, { value: true, enumerable: false });
    return e;
}
export function looksLikeEnum(value) {
    if (typeof value !== "object" || value === null)
        return false;
    const v = value;
    return v.kind === "enum" && typeof v.name === "string" && Array.isArray(v.values);
}
