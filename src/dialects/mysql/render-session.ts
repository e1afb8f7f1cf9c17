/**
 * Rendering with the live schema at hand (online runs). MySQL's MODIFY and
 * CHANGE COLUMN rewrite a column's whole definition, so `op.alterColumn`
 * needs what it doesn't change: its type, nullability, default and comment,
 * and what `mysql: { ... }` keeps (AUTO_INCREMENT, ON UPDATE, a collation
 * other than the table's). Alembic makes the author write `existing_type`
 * and friends; online, Athanor reads what the author left out from the
 * column as it is, just before the statement runs. Whatever the op gives is
 * used as given. Offline (`--sql`) there is nothing to read: the op must say
 * it all, and the renderer names what is missing.
 *
 * `op.dropIndex` of an index a foreign key of the table needs (its columns
 * lead the index and no other index starts with them), and likewise
 * `op.dropConstraint` of such a primary key or unique key: the server refuses
 * the drop ("needed in a foreign key constraint"). Online, the key is
 * dropped with the index and added again, so the server makes the index
 * named after the key that it makes for any key without one (as a database
 * drizzle-kit built from the same models has); creating the index again
 * (the downgrade) makes the server drop that index by itself.
 */
import type { AlterColumnOp } from "../../operations/alter-column.js";
import type { CreateIndexOp } from "../../operations/create-index.js";
import { operationError } from "../../operations/common.js";
import type { Operation } from "../../operations/operation.js";
import type { GeneratedColumn } from "../../schema/column.js";
import { sql } from "../../schema/sql-expression.js";
import type { DialectRenderer, RenderSession, SchemaReader, SqlStatement } from "../dialect.js";
import { sameCollation } from "./collation.js";
import { defaultSqlText, hasOnUpdate, unescapeCatalogText } from "./default-text.js";
import type { MysqlAlterColumnOptions } from "./options.js";
import { qualify, quoteIdentifier, quoteList } from "./quote.js";
import { keyedColumns, unprefixedKey } from "./render-index.js";
import { canonicalTypeText } from "./type-text.js";

interface LiveColumn {
  column_type: string;
  is_nullable: string;
  column_default: string | null;
  extra: string | null;
  collation_name: string | null;
  column_comment: string | null;
  table_collation: string | null;
  generation_expression: string | null;
}

const LIVE_COLUMN_SQL =
  "SELECT c.COLUMN_TYPE AS column_type, c.IS_NULLABLE AS is_nullable, c.COLUMN_DEFAULT AS column_default, c.EXTRA AS extra, " +
  "c.COLLATION_NAME AS collation_name, c.COLUMN_COMMENT AS column_comment, t.TABLE_COLLATION AS table_collation, " +
  "c.GENERATION_EXPRESSION AS generation_expression " +
  "FROM information_schema.COLUMNS c JOIN information_schema.TABLES t ON t.TABLE_SCHEMA = c.TABLE_SCHEMA AND t.TABLE_NAME = c.TABLE_NAME " +
  "WHERE c.TABLE_SCHEMA = COALESCE(?, DATABASE()) AND c.TABLE_NAME = ? AND c.COLUMN_NAME = ?";

const LIVE_COLUMN_TYPES_SQL =
  "SELECT COLUMN_NAME AS column_name, COLUMN_TYPE AS column_type FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = COALESCE(?, DATABASE()) AND TABLE_NAME = ?";

/** MySQL keys these only by a prefix (MariaDB's JSON is a LONGTEXT). */
const PREFIX_ONLY = /^\s*((tiny|medium|long)?(text|blob)|json)\b/i;

/** The op rewrites the column's definition (MODIFY/CHANGE) and leaves some of it out. */
function lacksDefinition(op: AlterColumnOp): boolean {
  const rewrites = op.type !== undefined || op.nullable !== undefined || op.comment !== undefined || op.newName !== undefined;
  if (!rewrites) return false;
  return (
    (op.type === undefined && op.existingType === undefined) ||
    (op.nullable === undefined && op.existingNullable === undefined) ||
    (op.default === undefined && op.existingDefault === undefined) ||
    (op.comment === undefined && op.existingComment === undefined) ||
    op.mysql?.autoIncrement === undefined ||
    op.mysql?.onUpdateCurrentTimestamp === undefined ||
    op.mysql?.generated === undefined
  );
}

/** The lower-cased row keys some servers return upper-cased. */
function lowerKeys(row: Record<string, unknown>): LiveColumn {
  return Object.fromEntries(Object.entries(row).map(([k, v]) => [k.toLowerCase(), v])) as unknown as LiveColumn;
}

/** The live column's generation (`GENERATED ALWAYS AS (...) VIRTUAL|STORED`), or undefined for a plain column. */
function liveGeneration(live: LiveColumn, mariadb: boolean): GeneratedColumn | undefined {
  const extra = live.extra ?? "";
  const text = live.generation_expression;
  if (text === null || text === "" || !/\bGENERATED\b/i.test(extra)) return undefined;
  return { expression: sql(mariadb ? text : unescapeCatalogText(text)), stored: !/\bVIRTUAL\b/i.test(extra) };
}

/** The op with what it left out taken from the live column. */
export function completeFromLive(op: AlterColumnOp, live: LiveColumn, mariadb: boolean): AlterColumnOp {
  const extra = live.extra ?? "";
  const typeText = canonicalTypeText(live.column_type);
  const generated = liveGeneration(live, mariadb);
  const defaultText =
    /\bauto_increment\b/i.test(extra) || generated !== undefined ? null : defaultSqlText({ columnDefault: live.column_default, extra, typeText, mariadb });
  const keepsType = op.type === undefined;
  const collation =
    keepsType && live.collation_name && live.table_collation && !sameCollation(live.collation_name, live.table_collation) ? live.collation_name : undefined;
  const mysql: MysqlAlterColumnOptions = {
    ...(/\bauto_increment\b/i.test(extra) ? { autoIncrement: true } : {}),
    ...(hasOnUpdate(extra) ? { onUpdateCurrentTimestamp: true } : {}),
    ...(collation === undefined ? {} : { collation }),
    // a generated column stays generated by its expression unless the op gives another
    ...(generated === undefined ? {} : { generated }),
    ...op.mysql,
  };
  return {
    ...op,
    existingType: op.existingType ?? { kind: "raw", sql: live.column_type },
    existingNullable: op.existingNullable ?? live.is_nullable === "YES",
    existingDefault: op.existingDefault !== undefined ? op.existingDefault : defaultText === null ? null : sql(defaultText),
    existingComment: op.existingComment !== undefined ? op.existingComment : live.column_comment ? live.column_comment : null,
    ...(Object.keys(mysql).length === 0 ? {} : { mysql }),
  };
}

const TABLE_KEYS_SQL =
  "SELECT 'index' AS kind, s.INDEX_NAME AS name, s.SEQ_IN_INDEX AS seq, s.COLUMN_NAME AS col, NULL AS ref_schema, NULL AS ref_table, NULL AS ref_col, " +
  "NULL AS delete_rule, NULL AS update_rule FROM information_schema.STATISTICS s WHERE s.TABLE_SCHEMA = COALESCE(?, DATABASE()) AND s.TABLE_NAME = ? " +
  "UNION ALL SELECT 'fk', k.CONSTRAINT_NAME, k.ORDINAL_POSITION, k.COLUMN_NAME, " +
  "IF(k.REFERENCED_TABLE_SCHEMA = k.TABLE_SCHEMA, NULL, k.REFERENCED_TABLE_SCHEMA), k.REFERENCED_TABLE_NAME, k.REFERENCED_COLUMN_NAME, " +
  "r.DELETE_RULE, r.UPDATE_RULE FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r " +
  "ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.TABLE_NAME = k.TABLE_NAME AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME " +
  "WHERE k.TABLE_SCHEMA = COALESCE(?, DATABASE()) AND k.TABLE_NAME = ? AND k.REFERENCED_TABLE_NAME IS NOT NULL ORDER BY 1, 2, 3";

interface KeyRow {
  kind: string;
  name: string;
  seq: number;
  col: string;
  ref_schema: string | null;
  ref_table: string | null;
  ref_col: string | null;
  delete_rule: string | null;
  update_rule: string | null;
}

interface LiveForeignKey {
  readonly name: string;
  readonly columns: string[];
  readonly refSchema: string | null;
  readonly refTable: string;
  readonly refColumns: string[];
  readonly deleteRule: string;
  readonly updateRule: string;
}

const leads = (index: readonly string[], columns: readonly string[]): boolean =>
  columns.length <= index.length && columns.every((c, i) => c.toLowerCase() === index[i]!.toLowerCase());

/** The table's foreign keys that need `index` (no other index of the table starts with their columns). */
export function foreignKeysNeeding(index: string, rows: readonly KeyRow[]): LiveForeignKey[] {
  const indexes = new Map<string, string[]>();
  const fks = new Map<string, LiveForeignKey>();
  for (const r of rows) {
    if (r.kind === "index") indexes.set(r.name, [...(indexes.get(r.name) ?? []), r.col]);
    else {
      const fk = fks.get(r.name);
      if (fk) {
        fk.columns.push(r.col);
        fk.refColumns.push(r.ref_col!);
      } else
        fks.set(r.name, {
          name: r.name,
          columns: [r.col],
          refSchema: r.ref_schema,
          refTable: r.ref_table!,
          refColumns: [r.ref_col!],
          deleteRule: r.delete_rule ?? "RESTRICT",
          updateRule: r.update_rule ?? "RESTRICT",
        });
    }
  }
  const dropped = [...indexes.entries()].find(([n]) => n.toLowerCase() === index.toLowerCase());
  if (!dropped) return [];
  return [...fks.values()].filter(
    (fk) => leads(dropped[1], fk.columns) && ![...indexes.entries()].some(([n, cols]) => n !== dropped[0] && leads(cols, fk.columns)),
  );
}

/**
 * The key's drop (`DROP INDEX x`, `DROP PRIMARY KEY`) with the foreign keys that need it in one statement, then
 * the foreign keys again (the server gives each one an index of its own, and drops that index by itself once
 * another index, or a new primary key, can serve the key).
 */
function dropKeyUnderForeignKeys(table: string, schema: string | undefined, drop: string, fks: readonly LiveForeignKey[]): SqlStatement[] {
  const qualified = qualify(table, schema);
  const drops = fks.map((fk) => `DROP FOREIGN KEY ${quoteIdentifier(fk.name)}`);
  const rule = (what: string, r: string): string => (r.toUpperCase() === "RESTRICT" ? "" : ` ON ${what} ${r.toUpperCase()}`);
  return [
    { sql: `ALTER TABLE ${qualified} ${[...drops, drop].join(", ")}` },
    ...fks.map((fk) => ({
      sql:
        `ALTER TABLE ${qualified} ADD CONSTRAINT ${quoteIdentifier(fk.name)} FOREIGN KEY (${quoteList(fk.columns)}) ` +
        `REFERENCES ${fk.refSchema === null ? quoteIdentifier(fk.refTable) : qualify(fk.refTable, fk.refSchema)} (${quoteList(fk.refColumns)})` +
        `${rule("DELETE", fk.deleteRule)}${rule("UPDATE", fk.updateRule)}`,
    })),
  ];
}

/** The index a drop removes (`PRIMARY` for the primary key) and the clause that drops it, or null for other ops. */
function droppedKey(op: Operation): { table: string; schema: string | undefined; index: string; drop: string } | null {
  if (op.kind === "dropIndex" && op.table !== undefined && !op.ifExists)
    return { table: op.table, schema: op.schema, index: op.name, drop: `DROP INDEX ${quoteIdentifier(op.name)}` };
  if (op.kind === "dropConstraint" && !op.ifExists && op.name !== undefined) {
    const type = op.constraintType ?? op.original?.kind;
    if (type === "primaryKey" || type === "createPrimaryKey") return { table: op.table, schema: op.schema, index: "PRIMARY", drop: "DROP PRIMARY KEY" };
    if (type === "unique" || type === "createUniqueConstraint")
      return { table: op.table, schema: op.schema, index: op.name, drop: `DROP INDEX ${quoteIdentifier(op.name)}` };
  }
  return null;
}

export class MysqlRenderSession implements RenderSession {
  constructor(
    private readonly renderer: DialectRenderer,
    private readonly reader: SchemaReader | null,
    private readonly mariadb: boolean,
  ) {}

  async render(op: Operation): Promise<SqlStatement[]> {
    if (op.kind === "createIndex" && this.reader !== null && !this.mariadb && op.mysql?.indexType === undefined) await this.checkKeys(op);
    if (op.kind === "alterColumn" && this.reader !== null && lacksDefinition(op)) {
      const rows = await this.reader.query<Record<string, unknown>>(LIVE_COLUMN_SQL, [op.schema ?? null, op.table, op.column]);
      const row = rows[0];
      if (!row) throw operationError(`alterColumn ${op.schema ? `${op.schema}.` : ""}${op.table}.${op.column}: the database has no such column`);
      return this.renderer.renderOperation(completeFromLive(op, lowerKeys(row), this.mariadb));
    }
    const key = this.reader === null ? null : droppedKey(op);
    if (key !== null && this.reader !== null) {
      // (rendered first, so that what the op can't be is refused as usual)
      const plain = this.renderer.renderOperation(op);
      const rows = (await this.reader.query<Record<string, unknown>>(TABLE_KEYS_SQL, [key.schema ?? null, key.table, key.schema ?? null, key.table])).map(
        (r) => lowerKeys(r) as unknown as KeyRow,
      );
      const fks = foreignKeysNeeding(key.index, rows);
      return fks.length === 0 ? plain : dropKeyUnderForeignKeys(key.table, key.schema, key.drop, fks);
    }
    return this.renderer.renderOperation(op);
  }

  /**
   * MySQL: a key on an existing table's TEXT, BLOB or JSON column without a
   * prefix length is refused before the server sees it, as in
   * `op.createTable`, naming the index, the column and the fix. (MariaDB keys
   * such a column itself: by the longest prefix InnoDB allows, or by a hash
   * for a unique index; see render-index.ts serverKeepsWholeKey.)
   */
  private async checkKeys(op: CreateIndexOp): Promise<void> {
    const unprefixed = keyedColumns(op).filter((c) => op.mysql?.prefixLengths?.[c] === undefined);
    if (unprefixed.length === 0 || this.reader === null) return;
    const rows = await this.reader.query<Record<string, unknown>>(LIVE_COLUMN_TYPES_SQL, [op.schema ?? null, op.table]);
    const types = new Map<string, string>();
    for (const row of rows) {
      const r = Object.fromEntries(Object.entries(row).map(([k, v]) => [k.toLowerCase(), v]));
      if (typeof r.column_name === "string" && typeof r.column_type === "string") types.set(r.column_name.toLowerCase(), r.column_type);
    }
    for (const column of unprefixed) {
      const type = types.get(column.toLowerCase());
      if (type !== undefined && PREFIX_ONLY.test(type)) throw unprefixedKey(op, op.name, column, type.toUpperCase());
    }
  }
}
