/**
 * The type of each column, as the history's operations (and the `op.execute`
 * SQL the dialect's reader reads) left them: what `enum-change-copies-table`
 * and `type-change-copies-table` compare a redefinition (MySQL's MODIFY and
 * CHANGE restate the type) with when the operation doesn't say
 * (`existingType`), since lint has no database.
 */
import type { Operation } from "../operations/operation.js";
import type { ColumnType } from "../schema/column-type.js";
import { key } from "./types.js";

const at = (table: string, column: string, schema?: string) => `${key(schema ? `${schema}.${table}` : table)}.${key(column)}`;

export class ColumnTypes {
  private values = new Map<string, ColumnType>();
  /** MySQL's `CHARACTER SET` of the columns that name one (the others have their table's default). */
  private charsets = new Map<string, string>();

  /** The column's type, or undefined when the history doesn't tell. */
  typeOf(table: string, column: string, schema?: string): ColumnType | undefined {
    return this.values.get(at(table, column, schema));
  }

  /** The column's character set when its definition named one (MySQL), else undefined. */
  charsetOf(table: string, column: string, schema?: string): string | undefined {
    return this.charsets.get(at(table, column, schema));
  }

  /** An inline enum column's values, or undefined when the history doesn't tell. */
  valuesOf(table: string, column: string, schema?: string): readonly string[] | undefined {
    const type = this.typeOf(table, column, schema);
    return type?.kind === "enum" ? type.values : undefined;
  }

  copy(): ColumnTypes {
    const c = new ColumnTypes();
    c.values = new Map(this.values);
    c.charsets = new Map(this.charsets);
    return c;
  }

  apply(op: Operation): void {
    switch (op.kind) {
      case "createTable":
        for (const c of op.columns) this.set(at(op.table, c.name, op.schema), c.type, c.mysql?.charset);
        break;
      case "addColumn":
        this.set(at(op.table, op.column.name, op.schema), op.column.type, op.column.mysql?.charset);
        break;
      case "alterColumn": {
        const from = at(op.table, op.column, op.schema);
        const to = op.newName === undefined ? from : at(op.table, op.newName, op.schema);
        const kept = this.values.get(from);
        const keptCharset = this.charsets.get(from);
        this.values.delete(from);
        this.charsets.delete(from);
        // a MODIFY/CHANGE without CHARACTER SET gives the column its table's default: not known here
        if (op.type !== undefined) this.set(to, op.type, op.mysql?.charset);
        else if (kept !== undefined) {
          this.values.set(to, kept);
          if (keptCharset !== undefined) this.charsets.set(to, keptCharset);
        }
        break;
      }
      case "dropColumn":
        this.values.delete(at(op.table, op.column, op.schema));
        this.charsets.delete(at(op.table, op.column, op.schema));
        break;
      case "dropTable": {
        const prefix = `${key(op.schema ? `${op.schema}.${op.table}` : op.table)}.`;
        for (const k of [...this.values.keys()]) if (k.startsWith(prefix)) this.values.delete(k);
        for (const k of [...this.charsets.keys()]) if (k.startsWith(prefix)) this.charsets.delete(k);
        break;
      }
      case "renameTable": {
        const from = `${key(op.schema ? `${op.schema}.${op.table}` : op.table)}.`;
        const to = `${key(op.schema ? `${op.schema}.${op.newName}` : op.newName)}.`;
        for (const map of [this.values, this.charsets] as Map<string, unknown>[])
          for (const [k, v] of [...map]) {
            if (!k.startsWith(from)) continue;
            map.delete(k);
            map.set(to + k.slice(from.length), v);
          }
        break;
      }
      default:
        break;
    }
  }

  private set(where: string, type: ColumnType, charset?: string): void {
    this.values.set(where, type);
    if (charset === undefined) this.charsets.delete(where);
    else this.charsets.set(where, charset.toLowerCase());
  }
}
