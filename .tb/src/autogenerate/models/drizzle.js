/**
 * Drizzle ORM `pgTable` definitions as models, converted through drizzle's
 * public `getTableConfig` (from `drizzle-orm/pg-core`). Drizzle is optional:
 * it is loaded from the models' own folder first, then from Athanor's.
 * Names follow drizzle-kit's defaults (`<table>_<col>_unique`,
 * `<table>_<cols>_<ref>_<refcols>_fk`, `<table>_<cols>_index`), so a database
 * created by drizzle-kit compares clean.
 */
import { createRequire } from "node:module";
import { AthanorError } from "../../errors.js";
import { sql } from "../../schema/sql-expression.js";
import { splitIndexElement } from "../../dialects/postgres/index-element.js";
import { parseSqlType } from "../../dialects/postgres/grammar/types.js";
import { auditDrizzleTable, DrizzleNotes } from "./drizzle-audit.js";
import { drizzleWithCasing } from "./drizzle-casing.js";
const IS_TABLE = Symbol.for("drizzle:IsDrizzleTable");
const NAME = Symbol.for("drizzle:Name");
const SCHEMA = Symbol.for("drizzle:Schema");
const IS_ENUM = Symbol.for("drizzle:isPgEnum");
const ENTITY_KIND = Symbol.for("drizzle:entityKind");
export function isDrizzleTable(value) {
    return typeof value === "object" && value !== null && value[IS_TABLE] === true;
}
export function isDrizzleEnum(value) {
    return typeof value === "function" && value[IS_ENUM] === true;
}
function isDrizzleSql(value) {
    if (typeof value !== "object" || value === null)
        return false;
    const ctor = value.constructor;
    return ctor?.[ENTITY_KIND] === "SQL" && typeof value.toQuery === "function";
}
let cached;
/** Loads `drizzle-orm/pg-core`, preferring the copy next to `fromFile` (the user's). */
export function loadDrizzle(fromFile) {
    if (cached)
        return cached;
    const attempts = [fromFile, import.meta.url].filter((x) => x !== undefined);
    for (const from of attempts) {
        try {
            cached = createRequire(from)("drizzle-orm/pg-core");
            return cached;
        }
        catch {
            // try the next location
        }
    }
    throw new AthanorError("MODELS.DRIZZLE", "the models export drizzle tables, but drizzle-orm could not be loaded: install it with `npm install drizzle-orm`");
}
function escapeLiteral(value) {
    if (value === null || value === undefined)
        return "NULL";
    if (typeof value === "number" || typeof value === "bigint")
        return String(value);
    if (typeof value === "boolean")
        return value ? "true" : "false";
    return `'${String(value).replace(/'/g, "''")}'`;
}
function sqlText(pg, value) {
    const q = new pg.PgDialect().sqlToQuery(value, "indexes");
    return q.sql.replace(/\$(\d+)/g, (_m, n) => escapeLiteral(q.params[Number(n) - 1]));
}
/**
 * A drizzle `sql` index key (`sql\`${t.data} jsonb_path_ops\``, `sql\`${t.at} DESC NULLS LAST\``): drizzle-kit
 * writes it verbatim, so it may carry a collation, an operator class and an order after the key.
 */
function sqlIndexElement(text) {
    const split = splitIndexElement(text);
    const options = {
        ...(split.collation === null ? {} : { collation: split.collation }),
        ...(split.opclass === null ? {} : { opclass: split.opclass }),
        ...(split.order === null ? {} : { order: split.order }),
        ...(split.nulls === null ? {} : { nulls: split.nulls }),
    };
    if (split.kind === "column")
        return Object.keys(options).length === 0 ? split.column : { column: split.column, ...options };
    return Object.keys(options).length === 0 ? sql(text) : { expression: sql(split.key), ...options };
}
function columnType(col) {
    if (col.columnType === "PgEnumColumn" && col.enum) {
        return {
            kind: "enum",
            name: col.enum.enumName,
            values: [...col.enum.enumValues],
            ...(col.enum.schema === undefined ? {} : { schema: col.enum.schema }),
        };
    }
    if (col.columnType === "PgArray" && col.baseColumn) {
        let of = columnType(col.baseColumn);
        const dims = (col.getSQLType().match(/\[\d*\]/g) ?? []).length - (col.baseColumn.getSQLType().match(/\[\d*\]/g) ?? []).length;
        for (let i = 1; i < dims; i++)
            of = { kind: "array", of };
        return { kind: "array", of };
    }
    return parseSqlType(col.getSQLType());
}
function identity(col) {
    const gi = col.generatedIdentity;
    if (!gi)
        return undefined;
    const start = gi.sequenceOptions?.startWith;
    const increment = gi.sequenceOptions?.increment;
    if (start === undefined && increment === undefined)
        return gi.type;
    return {
        generation: gi.type,
        ...(start === undefined ? {} : { start: Number(start) }),
        ...(increment === undefined ? {} : { increment: Number(increment) }),
    };
}
/** Column types whose JS values are JSON documents or arrays of the element type, kept as such. */
const JS_VALUE_TYPES = new Set(["PgJson", "PgJsonb", "PgArray"]);
function columnDefault(pg, col) {
    if (col.default === undefined || col.generatedIdentity)
        return undefined;
    if (isDrizzleSql(col.default))
        return sql(sqlText(pg, col.default));
    const value = col.default;
    // An object or array for any other type (point {x, y} or [x, y], line {a, b, c} or [a, b, c], ...) is not a
    // JSON document: its default is what drizzle sends for it, the column's driver value ('(1,2)' for a point).
    if (typeof value === "object" && value !== null && !(value instanceof Date) && !JS_VALUE_TYPES.has(col.columnType) && col.mapToDriverValue) {
        const driver = col.mapToDriverValue(value);
        if (typeof driver === "string" || typeof driver === "number")
            return driver;
    }
    return value;
}
/** `generatedAlwaysAs(sql\`...\`)` (or a function returning it, or SQL text) as a generated column. */
function generatedOf(pg, col) {
    const g = col.generated;
    if (!g)
        return undefined;
    const as = typeof g.as === "function" ? g.as() : g.as;
    const expression = isDrizzleSql(as) ? sqlText(pg, as) : String(as);
    return { expression: sql(expression), stored: g.mode !== "virtual" };
}
function tableName(ref) {
    const schema = ref[SCHEMA];
    return schema === undefined ? { name: ref[NAME] } : { name: ref[NAME], schema };
}
/** Converts one drizzle `pgTable` into a table definition. `warn` gets what cannot be expressed. */
export function fromDrizzleTable(value, warn, fromFile, options = {}) {
    const pg = drizzleWithCasing(loadDrizzle(fromFile), options.casing);
    const cfg = pg.getTableConfig(value);
    const notes = options.notes ?? new DrizzleNotes();
    auditDrizzleTable(cfg, cfg.schema ? `${cfg.schema}.${cfg.name}` : cfg.name, notes);
    if (!options.notes)
        for (const m of notes.messages())
            warn(m);
    const columns = cfg.columns.map((col) => {
        const generated = generatedOf(pg, col);
        const id = identity(col);
        const def = columnDefault(pg, col);
        const c = {
            name: col.name,
            type: columnType(col),
            ...(col.primary ? { primaryKey: true } : {}),
            ...(col.notNull || col.primary ? { nullable: false } : {}),
            ...(def === undefined ? {} : { default: def }),
            ...(id === undefined ? {} : { identity: id }),
            ...(generated === undefined ? {} : { generated }),
        };
        return c;
    });
    const uniques = [];
    for (const col of cfg.columns) {
        if (!col.isUnique)
            continue;
        uniques.push({
            name: col.uniqueName ?? `${cfg.name}_${col.name}_unique`,
            columns: [col.name],
            ...(col.uniqueType === "not distinct" ? { nullsNotDistinct: true } : {}),
        });
    }
    for (const u of cfg.uniqueConstraints) {
        uniques.push({ name: u.getName(), columns: u.columns.map((c) => c.name), ...(u.nullsNotDistinct ? { nullsNotDistinct: true } : {}) });
    }
    const foreignKeys = cfg.foreignKeys.map((fk) => {
        const ref = fk.reference();
        const target = tableName(ref.foreignColumns[0].table);
        return {
            name: fk.getName(),
            columns: ref.columns.map((c) => c.name),
            refTable: target.name,
            ...(target.schema === undefined ? {} : { refSchema: target.schema }),
            refColumns: ref.foreignColumns.map((c) => c.name),
            ...(fk.onDelete === undefined ? {} : { onDelete: fk.onDelete }),
            ...(fk.onUpdate === undefined ? {} : { onUpdate: fk.onUpdate }),
        };
    });
    const checks = cfg.checks.map((c) => ({ name: c.name, expression: sqlText(pg, c.value) }));
    const indexes = cfg.indexes.map((ix) => {
        const elements = ix.config.columns.map((c) => {
            if (isDrizzleSql(c))
                return sqlIndexElement(sqlText(pg, c));
            const ic = c;
            const o = ic.indexConfig;
            return o && (o.order === "desc" || o.nulls === "first" || o.opClass)
                ? {
                    column: ic.name,
                    ...(o.order === "desc" ? { order: "desc" } : {}),
                    // drizzle writes NULLS LAST explicitly; PostgreSQL's default for DESC is NULLS FIRST.
                    ...(o.order === "desc" && o.nulls !== "first" ? { nulls: "last" } : {}),
                    ...(o.order !== "desc" && o.nulls === "first" ? { nulls: "first" } : {}),
                    ...(o.opClass ? { opclass: o.opClass } : {}),
                }
                : ic.name;
        });
        const colNames = ix.config.columns.map((c) => (isDrizzleSql(c) ? "" : c.name)).filter(Boolean);
        return {
            name: ix.config.name ?? `${cfg.name}_${colNames.join("_")}_index`,
            columns: elements,
            ...(ix.config.unique ? { unique: true } : {}),
            ...(ix.config.method && ix.config.method !== "btree" ? { method: ix.config.method } : {}),
            ...(ix.config.where ? { where: sqlText(pg, ix.config.where) } : {}),
        };
    });
    let primaryKey;
    const pk = cfg.primaryKeys[0];
    if (pk) {
        primaryKey = { name: pk.getName(), columns: pk.columns.map((c) => c.name) };
        for (let i = 0; i < columns.length; i++) {
            const c = columns[i];
            if (primaryKey.columns.includes(c.name) && c.nullable === undefined)
                columns[i] = { ...c, nullable: false };
        }
    }
    return {
        name: cfg.name,
        ...(cfg.schema === undefined ? {} : { schema: cfg.schema }),
        columns,
        ...(primaryKey === undefined ? {} : { primaryKey }),
        ...(foreignKeys.length === 0 ? {} : { foreignKeys }),
        ...(uniques.length === 0 ? {} : { uniques }),
        ...(checks.length === 0 ? {} : { checks }),
        ...(indexes.length === 0 ? {} : { indexes }),
    };
}
export function fromDrizzleEnum(value) {
    return {
        kind: "enum",
        name: value.enumName,
        values: [...value.enumValues],
        ...(value.schema === undefined ? {} : { schema: value.schema }),
    };
}
