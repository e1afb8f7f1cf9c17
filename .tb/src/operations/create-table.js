import { tsString, tsTableSpec } from "../schema/render-ts.js";
import { validateTable } from "../schema/validate.js";
import { compact, reversed } from "./common.js";
export function createTableOp(name, spec) {
    return compact({
        kind: "createTable",
        table: name,
        schema: spec.schema,
        columns: spec.columns,
        primaryKey: spec.primaryKey,
        foreignKeys: spec.foreignKeys,
        uniques: spec.uniques,
        checks: spec.checks,
        indexes: spec.indexes,
        comment: spec.comment,
        mysql: spec.mysql,
        ifNotExists: spec.ifNotExists,
    });
}
/** A table definition (for models, or `dropTable.original`) into a createTable op. */
export function createTableFromDefinition(def, options) {
    const { name, ...spec } = def;
    return createTableOp(name, { ...spec, ifNotExists: options?.ifNotExists });
}
export function tableDefinitionOf(op) {
    const { kind: _kind, table, ifNotExists: _ine, ...rest } = op;
    return compact({ name: table, ...rest });
}
export function validateCreateTable(op) {
    validateTable(tableDefinitionOf(op));
}
export function reverseCreateTable(op) {
    return reversed(compact({ kind: "dropTable", table: op.table, schema: op.schema, original: tableDefinitionOf(op) }));
}
export function renderCreateTableTs(op, indent = "") {
    const { name: _n, ...spec } = tableDefinitionOf(op);
    const extra = op.ifNotExists === undefined ? [] : [["ifNotExists", String(op.ifNotExists)]];
    return `op.createTable(${tsString(op.table)}, ${tsTableSpec(spec, indent, extra)})`;
}
