/**
 * Which foreign keys need an index, by InnoDB's rule (MySQL and MariaDB): a
 * foreign key is checked through an index of its own table whose first
 * columns are the key's columns, and through an index of the referenced
 * table whose first columns are the referenced columns, in order. A key part
 * with a prefix length, an expression, or a FULLTEXT/SPATIAL index serves
 * nothing from there on. Dropping the only index that serves a key is
 * refused by the server ("Cannot drop index ...: needed in a foreign key
 * constraint"), whichever side the key is on.
 */
import { type IndexDefinition, isIndexExpression } from "../../schema/indexes.js";
import { isSqlExpression } from "../../schema/sql-expression.js";

/** An index of a table as far as foreign keys can use it: its columns in order, null for a part no key can use. */
export interface KeyIndex {
  readonly name: string;
  readonly columns: readonly (string | null)[];
}

/** A foreign key: its table, columns, the referenced table and columns, and its rules (for adding it again). */
export interface KeyForeignKey {
  /** null: a key the database named itself (known offline only from a revision that gave no name). */
  readonly name: string | null;
  readonly table: string;
  /** The key's table's schema; null: the schema of the table whose keys these are. */
  readonly schema: string | null;
  readonly columns: readonly string[];
  readonly refTable: string;
  /** null: the key's own table's schema. */
  readonly refSchema: string | null;
  readonly refColumns: readonly string[];
  /** `RESTRICT`, `CASCADE`, `SET NULL`, `NO ACTION`. */
  readonly deleteRule: string;
  readonly updateRule: string;
}

/** What is known of one table's keys. */
export interface TableKeys {
  readonly indexes: readonly KeyIndex[];
  /** The table's own foreign keys. */
  readonly foreignKeys: readonly KeyForeignKey[];
  /** The foreign keys, of any table (this one included), that reference the table. */
  readonly referencing: readonly KeyForeignKey[];
  /** Every index of the table is known (online; offline only for a table the script or its history created). */
  readonly complete: boolean;
}

/** The foreign keys that need one index of a table (no other index of the table serves them). */
export interface KeyNeeds {
  /** The table's own keys, through their columns. */
  readonly own: readonly KeyForeignKey[];
  /** Keys that reference the table, through the referenced columns. */
  readonly referencing: readonly KeyForeignKey[];
}

const same = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/** An index definition (an op's, a model's) as foreign keys can use it. */
export function keyIndexOf(index: IndexDefinition): KeyIndex {
  const special = index.mysql?.indexType !== undefined;
  const columns = index.columns.map((e) => {
    if (special || isSqlExpression(e) || isIndexExpression(e)) return null;
    const column = typeof e === "string" ? e : e.column;
    return index.mysql?.prefixLengths?.[column] === undefined ? column : null;
  });
  return { name: index.name, columns };
}

/** Does an index with these leading columns serve a key on `columns` (they lead it, in order)? */
export function serves(index: readonly (string | null)[], columns: readonly string[]): boolean {
  return columns.length > 0 && columns.length <= index.length && columns.every((c, i) => index[i] !== null && same(index[i]!, c));
}

/** The foreign keys that only `dropped` serves among the table's indexes. */
export function needsOf(keys: TableKeys, dropped: KeyIndex): KeyNeeds {
  const others = keys.indexes.filter((ix) => !same(ix.name, dropped.name));
  const onlyDropped = (columns: readonly string[]): boolean => serves(dropped.columns, columns) && !others.some((ix) => serves(ix.columns, columns));
  return {
    own: keys.foreignKeys.filter((fk) => onlyDropped(fk.columns)),
    referencing: keys.referencing.filter((fk) => onlyDropped(fk.refColumns)),
  };
}

/** `orders.orders_account_fk` for messages (a key the database named itself: `an unnamed key of orders`). */
export function describeForeignKey(fk: KeyForeignKey): string {
  const table = fk.schema === null ? fk.table : `${fk.schema}.${fk.table}`;
  return fk.name === null ? `an unnamed foreign key of table ${table}` : `foreign key ${fk.name} of table ${table}`;
}
