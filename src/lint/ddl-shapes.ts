/**
 * The common shapes of DDL in raw SQL, read from a dialect's tokens, for the
 * dialects whose SQL `lint` has no real parser for (MySQL, SQLite): `CREATE
 * TABLE` (columns and foreign keys), `DROP TABLE`, `ALTER TABLE` (add, drop
 * and rename a column, rename the table, add or drop a constraint), `CREATE
 * INDEX` and `DROP INDEX`. Each becomes the operation it amounts to, so that
 * `op.execute("ALTER TABLE users DROP COLUMN email")` is checked exactly like
 * `op.dropColumn("users", "email")`. What the dialect writes its own way
 * (MySQL's MODIFY and CHANGE, RENAME TABLE, ADD INDEX) its grammar reads.
 * A statement of another shape is left to the lexer (lexed-subject.ts).
 */
import { addColumnOp } from "../operations/add-column.js";
import { alterColumnOp } from "../operations/alter-column.js";
import { createCheckConstraintOp } from "../operations/create-check-constraint.js";
import { createForeignKeyOp } from "../operations/create-foreign-key.js";
import { type CreateIndexOptions, createIndexOp } from "../operations/create-index.js";
import { createPrimaryKeyOp } from "../operations/create-primary-key.js";
import { createTableOp } from "../operations/create-table.js";
import { createUniqueConstraintOp } from "../operations/create-unique-constraint.js";
import { dropColumnOp } from "../operations/drop-column.js";
import { dropConstraintOp } from "../operations/drop-constraint.js";
import { dropIndexOp } from "../operations/drop-index.js";
import { dropTableOp } from "../operations/drop-table.js";
import type { Operation } from "../operations/operation.js";
import { renameTableOp } from "../operations/rename-table.js";
import type { ColumnDefinition } from "../schema/column.js";
import type { ColumnType } from "../schema/column-type.js";
import type { ForeignKeyDefinition } from "../schema/constraints.js";
import { sql as sqlExpression } from "../schema/sql-expression.js";

/** A significant token (no spaces, no comments), as the dialect's tokenizer read it. */
export interface SqlToken {
  readonly kind: "word" | "name" | "string" | "number" | "punct";
  readonly text: string;
  /** A word or a quoted name: the identifier (quotes removed); else the text. */
  readonly name: string;
  /** Offsets in the statement's text. */
  readonly start: number;
  readonly end: number;
}

/** A table named in a statement. */
export interface TableName {
  readonly table: string;
  readonly schema?: string;
}

/** What one statement amounts to: operations, or DDL of no operation's shape (`what`, e.g. `ALTER TABLE ENGINE`). */
export type DdlPart = { readonly op: Operation } | { readonly other: string; readonly table?: string };

/** How a dialect writes what the common shapes don't cover. */
export interface DdlGrammar {
  /** A column's type from its text (`VARCHAR(100)`). */
  columnType(text: string): ColumnType;
  /** The character set a column definition names (MySQL's `CHARACTER SET x`), if the dialect has them. */
  columnCharset?(definition: readonly SqlToken[]): string | undefined;
  /** ALTER TABLE takes several actions separated by commas (MySQL). */
  readonly actionLists: boolean;
  /** Words before INDEX in CREATE … INDEX besides UNIQUE (MySQL's FULLTEXT, SPATIAL): the index's options. */
  indexKind?(word: string): Partial<CreateIndexOptions> | null;
  /** An ALTER TABLE action of the dialect's own: its parts, or null when it is not one. */
  alterAction?(table: TableName, action: readonly SqlToken[], reader: DdlReader): DdlPart[] | null;
  /** A statement of the dialect's own (MySQL's RENAME TABLE): its parts, or null. */
  statement?(tokens: readonly SqlToken[], reader: DdlReader): DdlPart[] | null;
  /** The parts of a statement once read, with what the statement says of all of them (MySQL's ALGORITHM=). */
  finish?(parts: DdlPart[], tokens: readonly SqlToken[]): DdlPart[];
}

const upper = (t: SqlToken | undefined) => (t && t.kind === "word" ? t.text.toUpperCase() : "");
const isName = (t: SqlToken | undefined): t is SqlToken => t !== undefined && (t.kind === "word" || t.kind === "name");

/** Words that end a column's type and start its constraints. */
const COLUMN_CLAUSES = new Set([
  "NOT",
  "NULL",
  "DEFAULT",
  "PRIMARY",
  "UNIQUE",
  "CHECK",
  "REFERENCES",
  "COLLATE",
  "CONSTRAINT",
  "GENERATED",
  "AS",
  "AUTO_INCREMENT",
  "AUTOINCREMENT",
  "COMMENT",
  "ON",
  "CHARACTER",
  "CHARSET",
  "KEY",
  "FIRST",
  "AFTER",
  "INVISIBLE",
  "VISIBLE",
  "STORED",
  "VIRTUAL",
  "COLUMN_FORMAT",
  "STORAGE",
]);

/** Words that start a table-level constraint or index in CREATE TABLE or ALTER TABLE ADD. */
const TABLE_CONSTRAINTS = new Set(["CONSTRAINT", "PRIMARY", "UNIQUE", "FOREIGN", "CHECK", "INDEX", "KEY", "FULLTEXT", "SPATIAL"]);

export class DdlReader {
  constructor(
    private readonly text: string,
    readonly grammar: DdlGrammar,
  ) {}

  /** The statement's text between two tokens (inclusive). */
  source(from: SqlToken | undefined, to: SqlToken | undefined): string {
    return from && to ? this.text.slice(from.start, to.end) : "";
  }

  /** `[schema.]name` at `i`: the name and the index after it, or null. */
  qualifiedName(tokens: readonly SqlToken[], i: number): { name: TableName; next: number } | null {
    const a = tokens[i];
    if (!isName(a)) return null;
    const b = tokens[i + 2];
    if (tokens[i + 1]?.text === "." && isName(b)) return { name: { table: b.name, schema: a.name }, next: i + 3 };
    return { name: { table: a.name }, next: i + 1 };
  }

  /** The parts of a statement, or null when it has none of the shapes read here. */
  read(tokens: readonly SqlToken[]): DdlPart[] | null {
    const parts = this.shapes(tokens);
    return parts && this.grammar.finish ? this.grammar.finish(parts, tokens) : parts;
  }

  private shapes(tokens: readonly SqlToken[]): DdlPart[] | null {
    const own = this.grammar.statement?.(tokens, this);
    if (own) return own;
    const [a, b] = [upper(tokens[0]), upper(tokens[1])];
    if (a === "CREATE") return this.create(tokens);
    if (a === "DROP" && b === "TABLE") return this.dropTables(tokens, 2);
    if (a === "DROP" && b === "TEMPORARY" && upper(tokens[2]) === "TABLE") return this.dropTables(tokens, 3);
    if (a === "DROP" && b === "INDEX") return this.dropIndex(tokens);
    if (a === "ALTER" && b === "TABLE") return this.alterTable(tokens);
    return null;
  }

  private create(tokens: readonly SqlToken[]): DdlPart[] | null {
    let i = 1;
    while (["TEMP", "TEMPORARY", "OR", "REPLACE"].includes(upper(tokens[i]))) i++;
    if (upper(tokens[i]) === "TABLE") return this.createTable(tokens, i + 1);
    const options: { -readonly [K in keyof CreateIndexOptions]?: CreateIndexOptions[K] } = {};
    for (;;) {
      const w = upper(tokens[i]);
      if (w === "UNIQUE") options.unique = true;
      else {
        const kind = w ? this.grammar.indexKind?.(w) : null;
        if (!kind) break;
        Object.assign(options, kind);
      }
      i++;
    }
    if (upper(tokens[i]) !== "INDEX") return null;
    i++;
    if (upper(tokens[i]) === "IF") i += 3;
    const index = this.qualifiedName(tokens, i);
    if (!index) return null;
    let on = index.next;
    while (on < tokens.length && upper(tokens[on]) !== "ON") on++;
    const table = this.qualifiedName(tokens, on + 1);
    if (!table) return null;
    const open = table.next;
    const columns = tokens[open]?.text === "(" ? this.elements(tokens, open).map((e) => (e.length === 1 && isName(e[0]) ? e[0].name : this.source(e[0], e.at(-1)))) : [];
    const schema = table.name.schema ?? index.name.schema;
    return [{ op: createIndexOp(index.name.table, table.name.table, columns, { ...options, ...(schema ? { schema } : {}) }) }];
  }

  private createTable(tokens: readonly SqlToken[], start: number): DdlPart[] | null {
    let i = start;
    if (upper(tokens[i]) === "IF") i += 3;
    const table = this.qualifiedName(tokens, i);
    if (!table) return null;
    const columns: ColumnDefinition[] = [];
    const foreignKeys: ForeignKeyDefinition[] = [];
    if (tokens[table.next]?.text === "(") {
      for (const element of this.elements(tokens, table.next)) {
        if (TABLE_CONSTRAINTS.has(upper(element[0]))) {
          const fk = this.foreignKey(element);
          if (fk) foreignKeys.push(fk);
        } else if (isName(element[0])) columns.push(this.column(element));
      }
    }
    const op = createTableOp(table.name.table, {
      ...(table.name.schema ? { schema: table.name.schema } : {}),
      columns,
      ...(foreignKeys.length > 0 ? { foreignKeys } : {}),
    });
    return [{ op }];
  }

  private dropTables(tokens: readonly SqlToken[], start: number): DdlPart[] {
    let i = start;
    if (upper(tokens[i]) === "IF") i += 2;
    const out: DdlPart[] = [];
    for (;;) {
      const name = this.qualifiedName(tokens, i);
      if (!name) break;
      out.push({ op: dropTableOp(name.name.table, name.name.schema ? { schema: name.name.schema } : undefined) });
      if (tokens[name.next]?.text !== ",") break;
      i = name.next + 1;
    }
    return out;
  }

  private dropIndex(tokens: readonly SqlToken[]): DdlPart[] | null {
    let i = 2;
    if (upper(tokens[i]) === "IF") i += 2;
    const index = this.qualifiedName(tokens, i);
    if (!index) return null;
    const table = upper(tokens[index.next]) === "ON" ? this.qualifiedName(tokens, index.next + 1) : null;
    const schema = index.name.schema ?? table?.name.schema;
    return [{ op: dropIndexOp(index.name.table, { ...(table ? { table: table.name.table } : {}), ...(schema ? { schema } : {}) }) }];
  }

  private alterTable(tokens: readonly SqlToken[]): DdlPart[] | null {
    let i = 2;
    if (upper(tokens[i]) === "IF") i += 2;
    if (upper(tokens[i]) === "ONLY") i++;
    const table = this.qualifiedName(tokens, i);
    if (!table) return null;
    const rest = tokens.slice(table.next);
    const actions = this.grammar.actionLists ? this.split(rest) : [rest];
    return actions.flatMap((action) => this.alterAction(table.name, action));
  }

  private alterAction(table: TableName, action: readonly SqlToken[]): DdlPart[] {
    const own = this.grammar.alterAction?.(table, action, this);
    if (own) return own;
    const opts = table.schema ? { schema: table.schema } : {};
    const [a, b] = [upper(action[0]), upper(action[1])];
    const other = (): DdlPart[] => [{ other: `ALTER TABLE ${[a, b].filter((w) => w !== "").join(" ")}`, table: table.table }];
    if (a === "RENAME") {
      if (b === "TO" || b === "AS") return isName(action[2]) ? [{ op: renameTableOp(table.table, action[2].name, opts) }] : other();
      const at = b === "COLUMN" ? 2 : 1;
      const from = action[at];
      const to = action[at + 2];
      if (isName(from) && upper(action[at + 1]) === "TO" && isName(to) && !["INDEX", "KEY", "CONSTRAINT"].includes(b))
        return [{ op: alterColumnOp(table.table, from.name, { ...opts, newName: to.name }) }];
      // MySQL's `RENAME new_name`
      if (isName(from) && action.length === 2) return [{ op: renameTableOp(table.table, from.name, opts) }];
      return other();
    }
    if (a === "ADD") {
      let at = 1;
      if (b === "COLUMN") at++;
      if (upper(action[at]) === "IF") at += 3;
      const rest = action.slice(at);
      if (b !== "COLUMN" && TABLE_CONSTRAINTS.has(b)) return this.addConstraint(table, rest) ?? other();
      if (rest[0]?.text === "(") return other();
      return isName(rest[0]) ? [{ op: addColumnOp(table.table, this.column(rest), opts) }] : other();
    }
    if (a === "DROP") {
      if (b === "CONSTRAINT" || b === "CHECK") {
        const name = action[upper(action[2]) === "IF" ? 4 : 2];
        return isName(name) ? [{ op: dropConstraintOp(name.name, table.table, opts) }] : other();
      }
      if (b === "FOREIGN" && upper(action[2]) === "KEY" && isName(action[3])) return [{ op: dropConstraintOp(action[3].name, table.table, opts) }];
      if (b === "PRIMARY") return [{ op: dropConstraintOp("PRIMARY", table.table, opts) }];
      if (b === "INDEX" || b === "KEY") {
        const name = action[upper(action[2]) === "IF" ? 4 : 2];
        return isName(name) ? [{ op: dropIndexOp(name.name, { table: table.table, ...opts }) }] : other();
      }
      let at = b === "COLUMN" ? 2 : 1;
      if (upper(action[at]) === "IF") at += 2;
      const column = action[at];
      return isName(column) ? [{ op: dropColumnOp(table.table, column.name, opts) }] : other();
    }
    return other();
  }

  /** ADD [CONSTRAINT name] PRIMARY KEY / UNIQUE / FOREIGN KEY / CHECK, or an index. */
  private addConstraint(table: TableName, element: readonly SqlToken[]): DdlPart[] | null {
    const opts = table.schema ? { schema: table.schema } : {};
    let i = 0;
    let name: string | null = null;
    if (upper(element[0]) === "CONSTRAINT") {
      if (isName(element[1]) && !TABLE_CONSTRAINTS.has(upper(element[1]))) {
        name = element[1].name;
        i = 2;
      } else i = 1;
    }
    const kind = upper(element[i]);
    const columnsAt = (from: number) => {
      const open = element.findIndex((t, k) => k >= from && t.text === "(");
      return open < 0 ? [] : this.elements(element, open).map((e) => (isName(e[0]) ? e[0].name : this.source(e[0], e.at(-1))));
    };
    if (kind === "PRIMARY") return [{ op: createPrimaryKeyOp(name, table.table, columnsAt(i), opts) }];
    if (kind === "CHECK") return [{ op: createCheckConstraintOp(name, table.table, this.source(element[i + 1], element.at(-1)), opts) }];
    if (kind === "FOREIGN") {
      const fk = this.foreignKey(element);
      return fk ? [{ op: createForeignKeyOp(name, table.table, fk.columns, fk.refTable, fk.refColumns, opts) }] : null;
    }
    if (kind === "UNIQUE" && !["INDEX", "KEY"].includes(upper(element[i + 1]))) {
      const next = element[i + 1];
      const named = isName(next) && element[i + 2]?.text === "(" ? next.name : name;
      return [{ op: createUniqueConstraintOp(named, table.table, columnsAt(i), opts) }];
    }
    // an index: [UNIQUE|FULLTEXT|SPATIAL] INDEX|KEY [name] (columns)
    const options: { -readonly [K in keyof CreateIndexOptions]?: CreateIndexOptions[K] } = {};
    while (i < element.length && !["INDEX", "KEY"].includes(upper(element[i]))) {
      const w = upper(element[i]);
      if (w === "UNIQUE") options.unique = true;
      else Object.assign(options, this.grammar.indexKind?.(w) ?? {});
      i++;
    }
    const named = element[i + 1];
    const indexName = isName(named) && element[i + 2]?.text === "(" ? named.name : null;
    return [{ op: createIndexOp(indexName ?? name ?? `(unnamed index on ${table.table})`, table.table, columnsAt(i), { ...options, ...opts }) }];
  }

  /** `[CONSTRAINT n] FOREIGN KEY (cols) REFERENCES t (cols)`, or null. */
  private foreignKey(element: readonly SqlToken[]): ForeignKeyDefinition | null {
    const at = element.findIndex((t) => upper(t) === "FOREIGN");
    const ref = element.findIndex((t) => upper(t) === "REFERENCES");
    if (at < 0 || ref < 0) return null;
    const named = upper(element[0]) === "CONSTRAINT" && isName(element[1]) && at === 2 ? element[1].name : undefined;
    const open = element.findIndex((t, k) => k > at && t.text === "(");
    const columns = open < 0 || open > ref ? [] : this.elements(element, open).map((e) => e[0]?.name ?? "");
    const parent = this.qualifiedName(element, ref + 1);
    if (!parent) return null;
    const refColumns = element[parent.next]?.text === "(" ? this.elements(element, parent.next).map((e) => e[0]?.name ?? "") : [];
    return {
      ...(named ? { name: named } : {}),
      columns,
      refTable: parent.name.table,
      ...(parent.name.schema ? { refSchema: parent.name.schema } : {}),
      refColumns,
    };
  }

  /** A column definition: `name type [constraints]`. */
  column(def: readonly SqlToken[]): ColumnDefinition {
    const name = def[0]?.name ?? "";
    let end = 1;
    let depth = 0;
    for (; end < def.length; end++) {
      const t = def[end] as SqlToken;
      if (t.text === "(") depth++;
      else if (t.text === ")") depth--;
      else if (depth === 0 && COLUMN_CLAUSES.has(upper(t))) break;
    }
    const typeText = end > 1 ? this.source(def[1], def[end - 1]) : "";
    const column: { -readonly [K in keyof ColumnDefinition]?: ColumnDefinition[K] } = { name, type: this.grammar.columnType(typeText) };
    for (let i = end; i < def.length; i++) {
      const w = upper(def[i]);
      if (w === "NOT" && upper(def[i + 1]) === "NULL") {
        column.nullable = false;
        i++;
      } else if (w === "NULL") column.nullable = true;
      else if (w === "DEFAULT") column.default = sqlExpression(this.source(def[i + 1], def[i + 1]) || "NULL");
      else if (w === "PRIMARY" && upper(def[i + 1]) === "KEY") column.primaryKey = true;
      else if (w === "AUTO_INCREMENT") column.identity = "byDefault";
      else if ((w === "GENERATED" || w === "AS") && !column.generated) {
        // MySQL's and SQLite's default is VIRTUAL: STORED only when it says so (PERSISTENT: MariaDB's word for it)
        const stored = def.slice(i).some((t) => upper(t) === "STORED" || upper(t) === "PERSISTENT");
        column.generated = { expression: sqlExpression("generated"), stored };
      }
      else if (w === "REFERENCES") {
        const parent = this.qualifiedName(def, i + 1);
        if (parent) column.references = { table: parent.name.table, ...(parent.name.schema ? { schema: parent.name.schema } : {}) };
      }
    }
    const charset = this.grammar.columnCharset?.(def.slice(end));
    if (charset !== undefined) column.mysql = { charset };
    return column as ColumnDefinition;
  }

  /** The comma-separated elements inside the parentheses opening at `open`. */
  elements(tokens: readonly SqlToken[], open: number): SqlToken[][] {
    let depth = 0;
    let close = tokens.length;
    for (let k = open; k < tokens.length; k++) {
      const t = tokens[k] as SqlToken;
      if (t.text === "(") depth++;
      else if (t.text === ")" && --depth === 0) {
        close = k;
        break;
      }
    }
    return this.split(tokens.slice(open + 1, close));
  }

  /** Tokens split at the commas outside parentheses (empty pieces dropped). */
  split(tokens: readonly SqlToken[]): SqlToken[][] {
    const out: SqlToken[][] = [];
    let current: SqlToken[] = [];
    let depth = 0;
    for (const t of tokens) {
      if (t.kind === "punct" && t.text === "(") depth++;
      else if (t.kind === "punct" && t.text === ")") depth--;
      if (depth === 0 && t.kind === "punct" && t.text === ",") {
        if (current.length) out.push(current);
        current = [];
      } else current.push(t);
    }
    if (current.length) out.push(current);
    return out;
  }
}

/** `upper` for grammars: the upper-cased word, or "" for any other token. */
export const wordOf = upper;
export const isNameToken = isName;
