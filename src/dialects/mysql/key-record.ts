/**
 * Offline (`--sql`): the keys the script's operations, and the revisions
 * before it (RenderSession.prime), created and dropped, so that a drop a
 * foreign key needs is handled as online as far as the script can know. A
 * table created by them has all its indexes known (`complete`); of any other
 * table only the indexes they added are known, and of foreign keys only
 * those they created. Raw SQL (`op.execute`) may have changed anything: after
 * one, no table's indexes count as complete. An index the server made for
 * a foreign key (none served it) is dropped by the server, silently, when an
 * index added later serves the key (InnoDB's rule): so it is here too.
 */
import type { CreateTableOp } from "../../operations/create-table.js";
import type { Operation } from "../../operations/operation.js";
import type { ColumnDefinition } from "../../schema/column.js";
import type { ForeignKeyDefinition } from "../../schema/constraints.js";
import { type KeyForeignKey, type KeyIndex, keyIndexOf, serves, type TableKeys } from "./foreign-key-needs.js";
import { columnRenameOf } from "../../operations/alter-column.js";

interface RecordedTable {
  indexes: KeyIndex[];
  complete: boolean;
  /** Names (lower case) of the indexes the server made for a foreign key, which it drops once another index serves the key. */
  implicit?: Set<string>;
}

/** A foreign key as recorded: its table's schema and the referenced one absolute (null: the script's database). */
interface RecordedForeignKey extends KeyForeignKey {
  readonly schema: string | null;
  readonly refSchema: string | null;
}

const keyOf = (table: string, schema: string | null | undefined): string => `${(schema ?? "").toLowerCase()}\u0000${table.toLowerCase()}`;
const same = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

export class KeyRecord {
  private readonly tables = new Map<string, RecordedTable>();
  private foreignKeys: RecordedForeignKey[] = [];

  /** What is known of `table`'s keys (nothing known: no indexes, not complete, no keys). */
  keysOf(table: string, schema: string | undefined): TableKeys {
    const key = keyOf(table, schema);
    const rec = this.tables.get(key);
    const own = schema ?? null;
    const relative = (s: string | null): string | null => ((s ?? "").toLowerCase() === (own ?? "").toLowerCase() ? null : s);
    return {
      indexes: rec?.indexes ?? [],
      complete: rec?.complete ?? false,
      foreignKeys: this.foreignKeys.filter((fk) => keyOf(fk.table, fk.schema) === key).map((fk) => ({ ...fk, schema: null, refSchema: relative(fk.refSchema) })),
      referencing: this.foreignKeys.filter((fk) => keyOf(fk.refTable, fk.refSchema) === key).map((fk) => ({ ...fk, schema: relative(fk.schema) })),
    };
  }

  /**
   * Whether `table` still has the index the server made for its foreign key `name` (named after the key: none
   * served it when the key was made, and nothing since dropped it or made the server drop it).
   */
  hasImplicitIndex(table: string, schema: string | undefined, name: string): boolean {
    const rec = this.tables.get(keyOf(table, schema));
    return rec?.implicit?.has(name.toLowerCase()) === true && rec.indexes.some((ix) => same(ix.name, name));
  }

  /** Takes note of what `op` does to keys. */
  note(op: Operation): void {
    switch (op.kind) {
      case "createTable":
        this.createTable(op);
        break;
      case "dropTable":
        this.dropTable(op.table, op.schema);
        break;
      case "renameTable":
        this.renameTable(op.table, op.newName, op.schema);
        break;
      case "addColumn":
        this.addColumn(op.table, op.schema, op.column);
        break;
      case "dropColumn":
        this.dropColumn(op.table, op.schema, op.column);
        break;
      case "alterColumn": {
        const to = columnRenameOf(op);
        if (to !== undefined) this.renameColumn(op.table, op.schema, op.column, to);
        break;
      }
      case "createIndex":
        this.addIndex(op.table, op.schema, keyIndexOf(op));
        break;
      case "dropIndex":
        if (op.table !== undefined) this.dropIndex(op.table, op.schema, op.name);
        break;
      case "createPrimaryKey":
        this.addIndex(op.table, op.schema, { name: "PRIMARY", columns: op.columns });
        break;
      case "createUniqueConstraint":
        this.addIndex(op.table, op.schema, { name: op.name ?? op.columns[0] ?? "", columns: op.columns });
        break;
      case "createForeignKey":
        this.addForeignKey(op.table, op.schema, op);
        break;
      case "dropConstraint":
        this.dropConstraint(op);
        break;
      case "execute":
        for (const rec of this.tables.values()) rec.complete = false;
        break;
      default:
        break;
    }
  }

  private dropTable(table: string, schema: string | undefined): void {
    const key = keyOf(table, schema);
    this.tables.delete(key);
    this.foreignKeys = this.foreignKeys.filter((fk) => keyOf(fk.table, fk.schema) !== key);
  }

  private table(table: string, schema: string | undefined): RecordedTable {
    const key = keyOf(table, schema);
    let rec = this.tables.get(key);
    if (!rec) {
      rec = { indexes: [], complete: false };
      this.tables.set(key, rec);
    }
    return rec;
  }

  private addIndex(table: string, schema: string | undefined, index: KeyIndex): void {
    const rec = this.table(table, schema);
    rec.indexes = [...rec.indexes.filter((ix) => !same(ix.name, index.name)), index];
    rec.implicit?.delete(index.name.toLowerCase());
    if (!rec.implicit?.size) return;
    // the server drops an index it made for a foreign key once another index serves that key
    const key = keyOf(table, schema);
    const served = (ix: KeyIndex) =>
      this.foreignKeys.some((fk) => keyOf(fk.table, fk.schema) === key && serves(ix.columns, fk.columns) && serves(index.columns, fk.columns));
    const gone = rec.indexes.filter((ix) => ix !== index && rec.implicit!.has(ix.name.toLowerCase()) && served(ix));
    for (const ix of gone) rec.implicit.delete(ix.name.toLowerCase());
    rec.indexes = rec.indexes.filter((ix) => !gone.includes(ix));
  }

  private dropIndex(table: string, schema: string | undefined, name: string): void {
    const rec = this.tables.get(keyOf(table, schema));
    if (!rec) return;
    rec.indexes = rec.indexes.filter((ix) => !same(ix.name, name));
    rec.implicit?.delete(name.toLowerCase());
  }

  private createTable(op: CreateTableOp): void {
    const key = keyOf(op.table, op.schema);
    this.foreignKeys = this.foreignKeys.filter((fk) => keyOf(fk.table, fk.schema) !== key);
    this.tables.set(key, { indexes: [], complete: true });
    const pk = op.primaryKey?.columns ?? op.columns.filter((c) => c.primaryKey).map((c) => c.name);
    if (pk.length > 0) this.addIndex(op.table, op.schema, { name: "PRIMARY", columns: pk });
    for (const c of op.columns) if (c.unique) this.addIndex(op.table, op.schema, { name: c.name, columns: [c.name] });
    for (const u of op.uniques ?? []) this.addIndex(op.table, op.schema, { name: u.name ?? u.columns[0] ?? "", columns: u.columns });
    for (const ix of op.indexes ?? []) this.addIndex(op.table, op.schema, keyIndexOf(ix));
    for (const fk of op.foreignKeys ?? []) this.addForeignKey(op.table, op.schema, fk);
    for (const c of op.columns) this.addColumnReference(op.table, op.schema, c);
  }

  private addColumn(table: string, schema: string | undefined, column: ColumnDefinition): void {
    if (column.primaryKey) this.addIndex(table, schema, { name: "PRIMARY", columns: [column.name] });
    if (column.unique) this.addIndex(table, schema, { name: column.name, columns: [column.name] });
    this.addColumnReference(table, schema, column);
  }

  private addColumnReference(table: string, schema: string | undefined, column: ColumnDefinition): void {
    const ref = column.references;
    if (ref?.column === undefined) return;
    this.addForeignKey(table, schema, {
      ...(ref.name === undefined ? {} : { name: ref.name }),
      columns: [column.name],
      refTable: ref.table,
      ...(ref.schema === undefined ? {} : { refSchema: ref.schema }),
      refColumns: [ref.column],
      ...(ref.onDelete === undefined ? {} : { onDelete: ref.onDelete }),
      ...(ref.onUpdate === undefined ? {} : { onUpdate: ref.onUpdate }),
    });
  }

  /** The key, and the index the server makes for it when no index of its table serves it (named after the key). */
  private addForeignKey(table: string, schema: string | undefined, fk: ForeignKeyDefinition): void {
    this.foreignKeys.push({
      name: fk.name ?? null,
      table,
      schema: schema ?? null,
      columns: fk.columns,
      refTable: fk.refTable,
      refSchema: fk.refSchema ?? schema ?? null,
      refColumns: fk.refColumns,
      deleteRule: fk.onDelete?.toUpperCase() ?? "RESTRICT",
      updateRule: fk.onUpdate?.toUpperCase() ?? "RESTRICT",
    });
    const rec = this.table(table, schema);
    if (rec.indexes.some((ix) => serves(ix.columns, fk.columns))) return;
    const name = fk.name ?? fk.columns[0] ?? "";
    this.addIndex(table, schema, { name, columns: fk.columns });
    (rec.implicit ??= new Set()).add(name.toLowerCase());
  }

  private dropConstraint(op: Extract<Operation, { kind: "dropConstraint" }>): void {
    if (op.name === undefined) return;
    const type = op.constraintType ?? op.original?.kind;
    const dropsKey = type === undefined || type === "foreignKey" || type === "createForeignKey";
    const dropsIndex = type === undefined || type === "unique" || type === "createUniqueConstraint";
    const key = keyOf(op.table, op.schema);
    if (dropsKey) this.foreignKeys = this.foreignKeys.filter((fk) => !(keyOf(fk.table, fk.schema) === key && fk.name !== null && same(fk.name, op.name!)));
    if (dropsIndex) this.dropIndex(op.table, op.schema, op.name);
    if (type === "primaryKey" || type === "createPrimaryKey") this.dropIndex(op.table, op.schema, "PRIMARY");
  }

  private renameTable(from: string, to: string, schema: string | undefined): void {
    const old = keyOf(from, schema);
    const rec = this.tables.get(old);
    if (rec) {
      this.tables.delete(old);
      this.tables.set(keyOf(to, schema), rec);
    }
    this.foreignKeys = this.foreignKeys.map((fk) => ({
      ...fk,
      ...(keyOf(fk.table, fk.schema) === old ? { table: to } : {}),
      ...(keyOf(fk.refTable, fk.refSchema) === old ? { refTable: to } : {}),
    }));
  }

  private dropColumn(table: string, schema: string | undefined, column: string): void {
    const rec = this.tables.get(keyOf(table, schema));
    // the server takes the column out of its indexes, and drops an index left without columns
    if (rec) rec.indexes = rec.indexes.map((ix) => ({ ...ix, columns: ix.columns.filter((c) => c === null || !same(c, column)) })).filter((ix) => ix.columns.length > 0);
  }

  private renameColumn(table: string, schema: string | undefined, from: string, to: string): void {
    const key = keyOf(table, schema);
    const rename = (c: string): string => (same(c, from) ? to : c);
    const rec = this.tables.get(key);
    if (rec) rec.indexes = rec.indexes.map((ix) => ({ ...ix, columns: ix.columns.map((c) => (c === null ? null : rename(c))) }));
    this.foreignKeys = this.foreignKeys.map((fk) => ({
      ...fk,
      ...(keyOf(fk.table, fk.schema) === key ? { columns: fk.columns.map(rename) } : {}),
      ...(keyOf(fk.refTable, fk.refSchema) === key ? { refColumns: fk.refColumns.map(rename) } : {}),
    }));
  }
}
