/**
 * Naming conventions for constraints and indexes, in SQLAlchemy's format:
 *
 *   namingConvention({
 *     ix: "ix_%(column_0_label)s",
 *     uq: "uq_%(table_name)s_%(column_0_name)s",
 *     ck: "ck_%(table_name)s_%(constraint_name)s",
 *     fk: "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
 *     pk: "pk_%(table_name)s",
 *   })
 *
 * Tokens: table_name, column_0_name, column_0_N_name (all, joined by "_"),
 * column_0N_name (all, joined), the same with `label` (table_column) and
 * `key`, referred_table_name, referred_column_0_name (and _N_/0N forms), and
 * constraint_name. A convention may also be a function of the same values.
 * Names longer than PostgreSQL's 63 bytes are left whole here: autogenerate
 * cuts them the way the server does (see compare/names.ts `serverName`), so
 * a database built with the long names by any tool compares clean.
 */
import { createHash } from "node:crypto";
import { MAX_IDENTIFIER_BYTES } from "../../dialects/postgres/quote.js";
import { AthanorError } from "../../errors.js";
import { indexElementColumn } from "../../schema/validate.js";
export const NAMING_BRAND = Symbol.for("athanor.model.namingConvention");
/** Declares the naming convention; export it from a models module and `collectModels` applies it. */
export function namingConvention(convention) {
    const copy = { ...convention };
    Object.defineProperty(copy, NAMING_BRAND, { value: true, enumerable: false });
    return copy;
}
export function isNamingConvention(value) {
    return typeof value === "object" && value !== null && value[NAMING_BRAND] === true;
}
/** PostgreSQL's identifier limit (NAMEDATALEN - 1) in bytes: the dialect's one constant. */
export { MAX_IDENTIFIER_BYTES };
/**
 * Cuts a name to 63 bytes with an 8-hex hash. Earlier versions named long
 * convention and index names this way; autogenerate still recognises such
 * names in a database, but no longer produces them (it cuts names the way
 * PostgreSQL does).
 */
export function fitName(name) {
    if (Buffer.byteLength(name) <= MAX_IDENTIFIER_BYTES)
        return name;
    const hash = createHash("md5").update(name).digest("hex").slice(0, 8);
    return `${truncateBytes(name, MAX_IDENTIFIER_BYTES - 9)}_${hash}`;
}
/** What PostgreSQL does to a too-long identifier: cut at 63 bytes, on a character boundary. */
export function truncateBytes(name, max = MAX_IDENTIFIER_BYTES) {
    if (Buffer.byteLength(name) <= max)
        return name;
    let out = "";
    let bytes = 0;
    for (const ch of name) {
        const n = Buffer.byteLength(ch);
        if (bytes + n > max)
            break;
        out += ch;
        bytes += n;
    }
    return out;
}
function columnToken(kind, table, column) {
    return kind === "label" ? `${table}_${column}` : column;
}
export function expandTemplate(template, ctx, what) {
    if (typeof template === "function")
        return template(ctx);
    const out = template.replace(/%\(([a-z0-9_]+)\)s/gi, (_m, token) => {
        if (token === "table_name")
            return ctx.table;
        if (token === "constraint_name") {
            if (ctx.constraintName === undefined)
                throw new AthanorError("MODELS.NAMING", `${what}: the naming convention "${template}" uses %(constraint_name)s, so this constraint needs a name`);
            return ctx.constraintName;
        }
        const m = /^(referred_)?column_0(_N|N)?_(name|label|key)$/.exec(token);
        if (m) {
            const referred = m[1] !== undefined;
            const cols = referred ? (ctx.referredColumns ?? []) : ctx.columns;
            const table = referred ? (ctx.referredTable ?? "") : ctx.table;
            const kind = m[3];
            if (cols.length === 0)
                throw new AthanorError("MODELS.NAMING", `${what}: %(${token})s needs columns`);
            const parts = (m[2] === undefined ? cols.slice(0, 1) : cols).map((c) => columnToken(kind, table, c));
            return parts.join(m[2] === "N" ? "" : "_");
        }
        if (token === "referred_table_name")
            return ctx.referredTable ?? "";
        throw new AthanorError("MODELS.NAMING", `${what}: unknown naming-convention token %(${token})s in "${template}"`);
    });
    return out;
}
/** Hidden marker on indexes that `table()` named itself (so a convention may rename them). */
export const AUTO_NAMED = Symbol.for("athanor.model.autoNamedIndexes");
/** Returns a copy of `table` with the convention's names filled in where the model left them out. */
export function applyNamingConvention(def, convention) {
    const where = `table "${def.name}"`;
    const auto = def[AUTO_NAMED];
    const pkCols = def.primaryKey ? def.primaryKey.columns : def.columns.filter((c) => c.primaryKey).map((c) => c.name);
    let primaryKey = def.primaryKey;
    let columns = def.columns;
    const uniques = [...(def.uniques ?? [])];
    const foreignKeys = [...(def.foreignKeys ?? [])];
    if (convention.pk && pkCols.length > 0 && !def.primaryKey?.name) {
        primaryKey = { columns: pkCols, name: expandTemplate(convention.pk, { table: def.name, columns: pkCols }, where) };
    }
    if (convention.uq || convention.fk) {
        // Column-level `unique` and `references` become table-level so they can carry a name.
        columns = def.columns.map((c) => {
            let col = c;
            if (col.unique && convention.uq) {
                uniques.push({ columns: [col.name], name: expandTemplate(convention.uq, { table: def.name, columns: [col.name] }, where) });
                const { unique: _u, ...rest } = col;
                col = rest;
            }
            if (col.references && !col.references.name && convention.fk) {
                const ref = col.references;
                const name = expandTemplate(convention.fk, { table: def.name, columns: [col.name], referredTable: ref.table, referredColumns: ref.column ? [ref.column] : [] }, where);
                col = { ...col, references: { ...ref, name } };
            }
            return col;
        });
    }
    const named = (items, tpl, ctx) => tpl === undefined ? items : items.map((x) => (x.name ? x : { ...x, name: expandTemplate(tpl, ctx(x), where) }));
    const out = {
        ...def,
        columns,
        ...(primaryKey === undefined ? {} : { primaryKey }),
        ...(uniques.length === 0 ? {} : { uniques: named(uniques, convention.uq, (u) => ({ table: def.name, columns: u.columns })) }),
        ...(foreignKeys.length === 0
            ? {}
            : {
                foreignKeys: named(foreignKeys, convention.fk, (f) => ({
                    table: def.name,
                    columns: f.columns,
                    referredTable: f.refTable,
                    referredColumns: f.refColumns,
                })),
            }),
        ...(def.checks === undefined
            ? {}
            : {
                checks: def.checks.map((c) => convention.ck === undefined || (c.name !== undefined && !conventionUsesConstraintName(convention.ck))
                    ? c
                    : { ...c, name: expandTemplate(convention.ck, { table: def.name, columns: [], ...(c.name ? { constraintName: c.name } : {}) }, where) }),
            }),
        ...(def.indexes === undefined
            ? {}
            : {
                indexes: def.indexes.map((ix) => convention.ix && auto?.has(ix.name)
                    ? {
                        ...ix,
                        name: expandTemplate(convention.ix, { table: def.name, columns: ix.columns.map((e) => indexElementColumn(e) ?? "expr") }, where),
                    }
                    : ix),
            }),
    };
    return out;
}
function conventionUsesConstraintName(tpl) {
    return typeof tpl === "string" && tpl.includes("%(constraint_name)s");
}
