/**
 * Online: one table's keys as the server has them, for a drop that a foreign
 * key may need (see foreign-key-needs.ts): its indexes (a prefix-length part,
 * an expression, FULLTEXT and SPATIAL serve no key), its own foreign keys, and
 * the foreign keys of every table that reference it. One catalog query.
 */
import type { SchemaReader } from "../dialect.js";
import { lowerKeys } from "./catalog-row.js";
import type { KeyForeignKey, KeyIndex, TableKeys } from "./foreign-key-needs.js";

const TABLE_KEYS_SQL =
  "SELECT 'index' AS kind, s.INDEX_NAME AS name, s.SEQ_IN_INDEX AS seq, s.COLUMN_NAME AS col, NULL AS ref_col, NULL AS other_schema, " +
  "NULL AS other_table, NULL AS delete_rule, NULL AS update_rule, " +
  "CASE WHEN s.SUB_PART IS NULL AND s.COLUMN_NAME IS NOT NULL AND s.INDEX_TYPE NOT IN ('FULLTEXT', 'SPATIAL') THEN 1 ELSE 0 END AS usable " +
  "FROM information_schema.STATISTICS s WHERE s.TABLE_SCHEMA = COALESCE(?, DATABASE()) AND s.TABLE_NAME = ? " +
  // the table's own keys (other_schema: the referenced table's schema when it is another)
  "UNION ALL SELECT 'fk', k.CONSTRAINT_NAME, k.ORDINAL_POSITION, k.COLUMN_NAME, k.REFERENCED_COLUMN_NAME, " +
  "IF(k.REFERENCED_TABLE_SCHEMA = k.TABLE_SCHEMA, NULL, k.REFERENCED_TABLE_SCHEMA), k.REFERENCED_TABLE_NAME, r.DELETE_RULE, r.UPDATE_RULE, 1 " +
  "FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r " +
  "ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.TABLE_NAME = k.TABLE_NAME AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME " +
  "WHERE k.TABLE_SCHEMA = COALESCE(?, DATABASE()) AND k.TABLE_NAME = ? AND k.REFERENCED_TABLE_NAME IS NOT NULL " +
  // the keys that reference the table (other_schema: the key's table's schema when it is another)
  "UNION ALL SELECT 'ref', k.CONSTRAINT_NAME, k.ORDINAL_POSITION, k.COLUMN_NAME, k.REFERENCED_COLUMN_NAME, " +
  "IF(k.TABLE_SCHEMA = k.REFERENCED_TABLE_SCHEMA, NULL, k.TABLE_SCHEMA), k.TABLE_NAME, NULL, NULL, 1 " +
  "FROM information_schema.KEY_COLUMN_USAGE k WHERE k.REFERENCED_TABLE_SCHEMA = COALESCE(?, DATABASE()) AND k.REFERENCED_TABLE_NAME = ?";

interface KeyRow {
  kind: string;
  name: string;
  seq: number | string;
  col: string | null;
  ref_col: string | null;
  other_schema: string | null;
  other_table: string | null;
  delete_rule: string | null;
  update_rule: string | null;
  usable: number | string;
}

/** Rows of one kind grouped by `key`, each group in key-part order. */
function grouped(rows: readonly KeyRow[], kind: string, key: (r: KeyRow) => string): KeyRow[][] {
  const groups = new Map<string, KeyRow[]>();
  for (const r of rows) if (r.kind === kind) groups.set(key(r), [...(groups.get(key(r)) ?? []), r]);
  return [...groups.values()].map((g) => [...g].sort((a, b) => Number(a.seq) - Number(b.seq)));
}

/** The keys of `table` as the server has them now. */
export async function readLiveTableKeys(reader: SchemaReader, table: string, schema: string | undefined): Promise<TableKeys> {
  const s = schema ?? null;
  const rows = (await reader.query<Record<string, unknown>>(TABLE_KEYS_SQL, [s, table, s, table, s, table])).map((r) => lowerKeys<KeyRow>(r));
  const indexes: KeyIndex[] = grouped(rows, "index", (r) => r.name).map((g) => ({
    name: g[0]!.name,
    columns: g.map((r) => (Number(r.usable) === 1 ? r.col : null)),
  }));
  const foreignKeys: KeyForeignKey[] = grouped(rows, "fk", (r) => r.name).map((g) => ({
    name: g[0]!.name,
    table,
    schema: null,
    columns: g.map((r) => r.col ?? ""),
    refTable: g[0]!.other_table ?? "",
    refSchema: g[0]!.other_schema,
    refColumns: g.map((r) => r.ref_col ?? ""),
    deleteRule: g[0]!.delete_rule ?? "RESTRICT",
    updateRule: g[0]!.update_rule ?? "RESTRICT",
  }));
  const referencing: KeyForeignKey[] = grouped(rows, "ref", (r) => `${r.other_schema ?? ""}\u0000${r.other_table}\u0000${r.name}`).map((g) => ({
    name: g[0]!.name,
    table: g[0]!.other_table ?? "",
    schema: g[0]!.other_schema,
    columns: g.map((r) => r.col ?? ""),
    refTable: table,
    refSchema: null,
    refColumns: g.map((r) => r.ref_col ?? ""),
    deleteRule: "RESTRICT",
    updateRule: "RESTRICT",
  }));
  return { indexes, foreignKeys, referencing, complete: true };
}
