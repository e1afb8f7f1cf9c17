/**
 * What the PostgreSQL server and PGlite targets share: one dialect, so one
 * schema dump (Athanor's own introspection, normalised to a SchemaDump) and
 * one comparison (autogenerate's `compare`).
 */
import { compare } from "../../../src/autogenerate/compare/compare.js";
import { formatDiff } from "../../../src/autogenerate/render/render.js";
import { postgresDialect } from "../../../src/dialects/postgres/index.js";
import { capabilitiesOf } from "../target.js";
export const POSTGRES_CAPABILITIES = capabilitiesOf(postgresDialect);
const VERSION_TABLE = { table: "athanor_version", schema: null };
const byName = (items) => [...items].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
function columnDump(c) {
    let type = c.formatted;
    if (c.identity)
        type += ` generated ${c.identity.generation === "always" ? "always" : "by default"} as identity`;
    if (c.generated !== null)
        type += ` generated always as (${c.generated}) stored`;
    return { name: c.name, type, nullable: c.nullable, default: c.default, comment: c.comment };
}
function tableDump(t, defaultSchema) {
    const qualified = (schema, name) => (schema === defaultSchema ? name : `${schema}.${name}`);
    return {
        name: qualified(t.schema, t.name),
        comment: t.comment,
        columns: byName(t.columns.map(columnDump)),
        primaryKey: t.primaryKey ? { name: t.primaryKey.name, columns: [...t.primaryKey.columns] } : null,
        foreignKeys: byName(t.foreignKeys.map((f) => ({
            name: f.name,
            columns: [...f.columns],
            refTable: qualified(f.refSchema, f.refTable),
            refColumns: [...f.refColumns],
            onDelete: f.onDelete,
            onUpdate: f.onUpdate,
        }))),
        uniques: byName(t.uniques.map((u) => ({ name: u.name, columns: [...u.columns] }))),
        checks: byName(t.checks.map((c) => ({ name: c.name, expression: c.expression }))),
        indexes: byName(t.indexes.map((i) => ({ name: i.name, unique: i.unique, columns: i.elements.map((e) => e.column ?? e.expression), where: i.where }))),
    };
}
/** Every table, enum and schema outside the system schemas, read with Athanor's introspection. */
export async function dumpPostgresSchema(conn) {
    const head = await conn.query(`select current_schema() as s,
            to_json(array(select nspname::text from pg_catalog.pg_namespace
                           where nspname !~ '^pg_' and nspname <> 'information_schema' order by 1)) as schemas`);
    const row = head.rows[0];
    const defaultSchema = row?.s ?? "public";
    const all = typeof row?.schemas === "string" ? JSON.parse(row.schemas) : (row?.schemas ?? []);
    const introspector = await postgresDialect.introspector?.();
    if (!introspector)
        throw new Error("the postgres dialect has no introspector");
    const db = await introspector.introspect(conn, { schemas: [defaultSchema, ...all.filter((s) => s !== defaultSchema)] });
    const tables = db.tables.map((t) => tableDump(t, db.defaultSchema));
    const enums = db.enums.map((e) => ({ name: e.schema === db.defaultSchema ? e.name : `${e.schema}.${e.name}`, values: [...e.values] }));
    return {
        tables: byName(tables),
        enums: byName(enums),
        schemas: all.filter((s) => s !== defaultSchema).sort(),
    };
}
/** Autogenerate's differences (and its warnings, which can hide one) between `models` and the database. */
export async function comparePostgresModels(models, conn) {
    const result = await compare(models, conn, { versionTable: VERSION_TABLE, dialect: postgresDialect });
    return [...formatDiff(result.operations), ...result.warnings.map((w) => `warning: ${w}`)];
}
