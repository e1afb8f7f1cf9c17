/**
 * The models a database should match after a sequence of operations: each
 * operation applied to plain table definitions, the way a person would edit
 * the model file. Kept deliberately simple (and independent of Athanor's own
 * code) so that it can serve as the expectation autogenerate compares with.
 */
import { enumType, table } from "../../src/autogenerate/models/table.js";
const keyOf = (name, schema) => (schema ? `${schema}.${name}` : name);
export class ModelState {
    #tables = new Map();
    #enums = new Map();
    #table(name, schema) {
        const t = this.#tables.get(keyOf(name, schema));
        if (!t)
            throw new Error(`model state: no table ${keyOf(name, schema)}`);
        return t;
    }
    #column(t, name) {
        const i = t.columns.findIndex((c) => c.name === name);
        if (i < 0)
            throw new Error(`model state: no column ${t.name}.${name}`);
        return i;
    }
    apply(op) {
        switch (op.kind) {
            case "createTable": {
                const { kind: _k, table: name, ifNotExists: _i, ...spec } = op;
                this.#tables.set(keyOf(name, op.schema), {
                    ...spec,
                    name,
                    columns: [...spec.columns],
                    foreignKeys: [...(spec.foreignKeys ?? [])],
                    uniques: [...(spec.uniques ?? [])],
                    checks: [...(spec.checks ?? [])],
                    indexes: [...(spec.indexes ?? [])],
                });
                return;
            }
            case "dropTable":
                this.#tables.delete(keyOf(op.table, op.schema));
                return;
            case "renameTable": {
                const t = this.#table(op.table, op.schema);
                this.#tables.delete(keyOf(op.table, op.schema));
                t.name = op.newName;
                this.#tables.set(keyOf(op.newName, op.schema), t);
                for (const other of this.#tables.values())
                    other.foreignKeys = other.foreignKeys.map((f) => f.refTable === op.table && (f.refSchema ?? undefined) === op.schema ? { ...f, refTable: op.newName } : f);
                return;
            }
            case "addColumn":
                this.#table(op.table, op.schema).columns.push(op.column);
                return;
            case "dropColumn": {
                const t = this.#table(op.table, op.schema);
                t.columns.splice(this.#column(t, op.column), 1);
                return;
            }
            case "alterColumn": {
                const t = this.#table(op.table, op.schema);
                const i = this.#column(t, op.column);
                const c = t.columns[i];
                const next = { ...c };
                if (op.type !== undefined)
                    next.type = op.type;
                if (op.nullable !== undefined)
                    next.nullable = op.nullable;
                if (op.default === null)
                    delete next.default;
                else if (op.default !== undefined)
                    next.default = op.default;
                if (op.comment === null)
                    delete next.comment;
                else if (op.comment !== undefined)
                    next.comment = op.comment;
                if (op.newName !== undefined) {
                    next.name = op.newName;
                    const rename = (cols) => cols.map((x) => (x === op.column ? op.newName : x));
                    t.indexes = t.indexes.map((ix) => ({ ...ix, columns: ix.columns.map((e) => (e === op.column ? op.newName : e)) }));
                    t.uniques = t.uniques.map((u) => ({ ...u, columns: rename(u.columns) }));
                    t.foreignKeys = t.foreignKeys.map((f) => ({ ...f, columns: rename(f.columns) }));
                    if (t.primaryKey)
                        t.primaryKey = { ...t.primaryKey, columns: rename(t.primaryKey.columns) };
                }
                t.columns[i] = next;
                return;
            }
            case "createIndex": {
                const { kind: _k, table: name, schema, concurrently: _c, ifNotExists: _i, ...ix } = op;
                this.#table(name, schema).indexes.push(ix);
                return;
            }
            case "dropIndex":
                for (const t of this.#tables.values())
                    t.indexes = t.indexes.filter((ix) => ix.name !== op.name);
                return;
            case "createPrimaryKey":
                this.#table(op.table, op.schema).primaryKey = { ...(op.name === undefined ? {} : { name: op.name }), columns: op.columns };
                return;
            case "createUniqueConstraint": {
                const { kind: _k, table: name, schema, ...u } = op;
                this.#table(name, schema).uniques.push(u);
                return;
            }
            case "createForeignKey": {
                const { kind: _k, table: name, schema, notValid: _n, ...f } = op;
                this.#table(name, schema).foreignKeys.push(f);
                return;
            }
            case "createCheckConstraint": {
                const { kind: _k, table: name, schema, notValid: _n, ...c } = op;
                this.#table(name, schema).checks.push(c);
                return;
            }
            case "dropConstraint": {
                const t = this.#table(op.table, op.schema);
                t.uniques = t.uniques.filter((u) => u.name !== op.name);
                t.foreignKeys = t.foreignKeys.filter((f) => f.name !== op.name);
                t.checks = t.checks.filter((c) => c.name !== op.name);
                if (t.primaryKey?.name === op.name)
                    delete t.primaryKey;
                return;
            }
            case "createEnum":
                this.#enums.set(keyOf(op.name, op.schema), { name: op.name, ...(op.schema ? { schema: op.schema } : {}), values: [...op.values] });
                return;
            case "dropEnum":
                this.#enums.delete(keyOf(op.name, op.schema));
                return;
            case "addEnumValue": {
                const e = this.#enums.get(keyOf(op.name, op.schema));
                if (!e)
                    throw new Error(`model state: no enum ${op.name}`);
                const at = op.before !== undefined ? e.values.indexOf(op.before) : op.after !== undefined ? e.values.indexOf(op.after) + 1 : e.values.length;
                e.values.splice(at, 0, op.value);
                return;
            }
            case "dropEnumValue": {
                const e = this.#enums.get(keyOf(op.name, op.schema));
                if (!e)
                    throw new Error(`model state: no enum ${op.name}`);
                e.values = e.values.filter((v) => v !== op.value);
                return;
            }
            case "renameEnumValue": {
                const e = this.#enums.get(keyOf(op.name, op.schema));
                if (!e)
                    throw new Error(`model state: no enum ${op.name}`);
                e.values = e.values.map((v) => (v === op.from ? op.to : v));
                return;
            }
            case "setTableComment": {
                const t = this.#table(op.table, op.schema);
                if (op.comment === null)
                    delete t.comment;
                else
                    t.comment = op.comment;
                return;
            }
            case "setColumnComment": {
                const t = this.#table(op.table, op.schema);
                const i = this.#column(t, op.column);
                const { comment: _c, ...rest } = t.columns[i];
                t.columns[i] = op.comment === null ? rest : { ...rest, comment: op.comment };
                return;
            }
            case "createSchema":
            case "dropSchema":
            case "execute":
            case "bulkInsert":
                return;
        }
    }
    /** A table's definition now (for `dropTable`'s `original`). */
    table(name, schema) {
        return definition(this.#table(name, schema));
    }
    /** A column's definition now (for `dropColumn`'s `original`). */
    column(tableName, name, schema) {
        const t = this.#table(tableName, schema);
        return t.columns[this.#column(t, name)];
    }
    enumValues(name, schema) {
        const e = this.#enums.get(keyOf(name, schema));
        if (!e)
            throw new Error(`model state: no enum ${name}`);
        return [...e.values];
    }
    /** The models, as a models file would export them. */
    models() {
        const tables = [...this.#tables.values()].map(definition);
        const enums = [...this.#enums.values()].map((e) => enumType(e.name, e.values, e.schema ? { schema: e.schema } : undefined));
        return [...enums, ...tables];
    }
}
function definition(t) {
    const { name, schema, foreignKeys, uniques, checks, indexes, ...rest } = t;
    return table(name, {
        ...rest,
        ...(foreignKeys.length ? { foreignKeys } : {}),
        ...(uniques.length ? { uniques } : {}),
        ...(checks.length ? { checks } : {}),
        ...(indexes.length ? { indexes } : {}),
        ...(schema === undefined ? {} : { schema }),
    });
}
