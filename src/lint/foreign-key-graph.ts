/**
 * Which tables reference which, as the history's operations built them:
 * what `table-rebuild` asks before a revision ("does another table point at
 * this one?"), since lint has no database to look at. Built by replaying the
 * upgrade() of every revision, parents first, without a database.
 *
 * What it sees: foreign keys of `createTable` (table-level and column
 * shorthand), `addColumn` with `references`, `createForeignKey`; what undoes
 * them: `dropConstraint` by name, `dropTable`, `dropColumn` (its shorthand
 * key; the keys of other tables pointing at a dropped table stay, unless
 * CASCADE); `renameTable` moves both ends. Foreign keys written in raw SQL
 * (`op.execute`) are seen as the dialect's SQL reader reads them. Branches are replayed one after the other, so
 * a sibling branch's keys count too: the answer errs towards "referenced".
 */
import type { Operation } from "../operations/operation.js";
import { key } from "./types.js";

interface Edge {
  /** The referencing table (lower case). */
  child: string;
  /** The referenced table (lower case). */
  parent: string;
  /** The constraint's name (lower case), if it has one. */
  name: string | undefined;
  /** The column of a shorthand key (lower case), if it came from one. */
  column: string | undefined;
  /** The child's name as written, for messages. */
  childShown: string;
}

const tableKey = (table: string, schema?: string) => key(schema ? `${schema}.${table}` : table);

export class ForeignKeyGraph {
  private edges: Edge[] = [];

  /** The tables (other than itself) whose foreign keys point at `table`, as written, sorted. */
  referencedBy(table: string, schema?: string): string[] {
    const t = tableKey(table, schema);
    return [...new Set(this.edges.filter((e) => e.parent === t && e.child !== t).map((e) => e.childShown))].sort();
  }

  copy(): ForeignKeyGraph {
    const g = new ForeignKeyGraph();
    g.edges = [...this.edges];
    return g;
  }

  apply(op: Operation): void {
    switch (op.kind) {
      case "createTable": {
        const child = tableKey(op.table, op.schema);
        for (const fk of op.foreignKeys ?? [])
          this.add({ child, parent: tableKey(fk.refTable, fk.refSchema), name: fk.name, column: undefined, childShown: op.table });
        for (const c of op.columns) if (c.references) this.addShorthand(op.table, op.schema, c.name, c.references);
        break;
      }
      case "addColumn":
        if (op.column.references) this.addShorthand(op.table, op.schema, op.column.name, op.column.references);
        break;
      case "createForeignKey":
        this.add({ child: tableKey(op.table, op.schema), parent: tableKey(op.refTable, op.refSchema), name: op.name, column: undefined, childShown: op.table });
        break;
      case "dropConstraint": {
        const child = tableKey(op.table, op.schema);
        if (op.name !== undefined) {
          const name = key(op.name);
          this.edges = this.edges.filter((e) => !(e.child === child && e.name === name));
        } else if (op.original?.kind === "createForeignKey") {
          // an unnamed key: the first one from this table to the original's table
          const parent = tableKey(op.original.refTable, op.original.refSchema);
          const i = this.edges.findIndex((e) => e.child === child && e.parent === parent && e.name === undefined);
          if (i >= 0) this.edges.splice(i, 1);
        }
        break;
      }
      case "dropColumn": {
        const child = tableKey(op.table, op.schema);
        const column = key(op.column);
        this.edges = this.edges.filter((e) => !(e.child === child && e.column === column));
        break;
      }
      case "dropTable": {
        // the keys pointing at it stay unless CASCADE drops them: SQLite keeps them (a table of that name made
        // again, as a rebuild by hand does, is referenced as before), MySQL and PostgreSQL refuse the drop
        const t = tableKey(op.table, op.schema);
        this.edges = this.edges.filter((e) => e.child !== t && (e.parent !== t || op.cascade !== true));
        break;
      }
      case "renameTable": {
        const from = tableKey(op.table, op.schema);
        const to = tableKey(op.newName, op.schema);
        this.edges = this.edges.map((e) => ({
          ...e,
          ...(e.child === from ? { child: to, childShown: op.newName } : {}),
          ...(e.parent === from ? { parent: to } : {}),
        }));
        break;
      }
      default:
        break;
    }
  }

  private addShorthand(table: string, schema: string | undefined, column: string, ref: { table: string; schema?: string; name?: string }): void {
    this.add({ child: tableKey(table, schema), parent: tableKey(ref.table, ref.schema), name: ref.name, column: key(column), childShown: table });
  }

  private add(edge: Edge): void {
    this.edges.push({ ...edge, name: edge.name === undefined ? undefined : key(edge.name) });
  }
}
