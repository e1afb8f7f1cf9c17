/**
 * The MySQL renderer's session (see RenderSession in dialect.ts): rendering
 * with the schema at hand.
 *
 * - `op.alterColumn` that leaves part of the column's definition out is
 *   completed from the live column, online (live-column.ts). Offline
 *   (`--sql`) there is nothing to read: the op must say it all, and the
 *   renderer names what is missing.
 * - A key on an existing table's TEXT/BLOB/JSON column without a prefix is
 *   refused on MySQL from the column's live type.
 * - The drop of an index, primary key or unique key that a foreign key needs
 *   (key-drop.ts): online from the catalog, offline from what the script and
 *   the revisions before it created (key-record.ts). A key of the table
 *   itself is dropped and added again around the drop; a key of another
 *   table makes the drop wait for the next operation, which must add a key
 *   that serves it on the same table (both become one ALTER TABLE), or the
 *   drop is refused. Offline, when the table's indexes are not all known
 *   (it was not created by the script or its history), an index the script
 *   doesn't know might serve the key: there the drop is written as it is
 *   and the server decides.
 */
import type { CreateIndexOp } from "../../operations/create-index.js";
import { operationError } from "../../operations/common.js";
import type { Operation } from "../../operations/operation.js";
import type { DialectRenderer, RenderSession, SchemaReader, SqlStatement } from "../dialect.js";
import { lowerKeys } from "./catalog-row.js";
import { needsOf, type TableKeys } from "./foreign-key-needs.js";
import { addedKey, alterUnderOwnForeignKeys, type DroppedKey, droppedKey, dropWithAdded, keyDropRefusal, type PendingKeyDrop } from "./key-drop.js";
import { KeyRecord } from "./key-record.js";
import { completeFromLive, lacksDefinition, LIVE_COLUMN_SQL, type LiveColumn } from "./live-column.js";
import { readLiveTableKeys } from "./live-table-keys.js";
import { keyedColumns, unprefixedKey } from "./render-index.js";
import { dropForeignKeyAndIndex } from "./render-constraint.js";
import { hasAlterIfExists, type MysqlServer } from "./server.js";

const LIVE_COLUMN_TYPES_SQL =
  "SELECT COLUMN_NAME AS column_name, COLUMN_TYPE AS column_type FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = COALESCE(?, DATABASE()) AND TABLE_NAME = ?";

/** MySQL keys these only by a prefix (MariaDB's JSON is a LONGTEXT). */
const PREFIX_ONLY = /^\s*((tiny|medium|long)?(text|blob)|json)\b/i;

export class MysqlRenderSession implements RenderSession {
  /** Offline: the keys the script and the revisions before it made. */
  private readonly record: KeyRecord | null;
  /** A drop that keys of other tables need, waiting for the next operation (see key-drop.ts). */
  private pending: PendingKeyDrop | null = null;

  constructor(
    private readonly renderer: DialectRenderer,
    private readonly reader: SchemaReader | null,
    private readonly server: MysqlServer,
    private readonly mariadb: boolean,
  ) {
    this.record = reader === null ? new KeyRecord() : null;
  }

  async render(op: Operation): Promise<SqlStatement[]> {
    const pending = this.pending;
    if (pending !== null) {
      this.pending = null;
      const joined = this.joinPending(pending, op);
      if (joined !== null) return joined;
      // offline, a table the script doesn't fully know: the drop as it is (the server decides), then the op
      return [...this.alone(pending), ...(await this.renderOne(op))];
    }
    return this.renderOne(op);
  }

  /**
   * The held drop: refused when nothing else can serve the keys that need it; else (offline, a table not fully
   * known) the drop as it is. The executors call this before a query, op.autocommit and the end of a step.
   */
  flush(): SqlStatement[] {
    const pending = this.pending;
    if (pending === null) return [];
    this.pending = null;
    return this.alone(pending);
  }

  /** The held drop on its own: refused when the table's keys are all known (nothing else can serve the keys that need it). */
  private alone(pending: PendingKeyDrop): SqlStatement[] {
    if (pending.certain) throw keyDropRefusal(pending);
    this.record?.note(pending.key.op);
    return [...pending.alone];
  }

  /** Offline: an operation of a revision that ran before the script (its keys). */
  prime(op: Operation): void {
    this.record?.note(op);
  }

  /** The held drop and `op` in one ALTER TABLE when `op` adds a key that serves what needed the dropped one; else null. */
  private joinPending(pending: PendingKeyDrop, op: Operation): SqlStatement[] | null {
    const added = addedKey(op, this.server);
    if (added === null) return null;
    // (rendered alone first, so that what the op can't be is refused as usual)
    this.renderer.renderOperation(op);
    const joined = dropWithAdded(pending, added);
    if (joined === null) return null;
    this.record?.note(pending.key.op);
    this.record?.note(op);
    return joined;
  }

  private async renderOne(op: Operation): Promise<SqlStatement[]> {
    const statements = await this.renderWithSchema(op);
    // (a drop held back is noted once it is settled)
    if (this.pending?.key.op !== op) this.record?.note(op);
    return statements;
  }

  private async renderWithSchema(op: Operation): Promise<SqlStatement[]> {
    if (op.kind === "createIndex" && this.reader !== null && !this.mariadb && op.mysql?.indexType === undefined) await this.checkKeys(op);
    if (op.kind === "alterColumn" && this.reader !== null && lacksDefinition(op)) {
      const rows = await this.reader.query<Record<string, unknown>>(LIVE_COLUMN_SQL, [op.schema ?? null, op.table, op.column]);
      const row = rows[0];
      if (!row) throw operationError(`alterColumn ${op.schema ? `${op.schema}.` : ""}${op.table}.${op.column}: the database has no such column`);
      return this.renderer.renderOperation(completeFromLive(op, lowerKeys<LiveColumn>(row), this.mariadb));
    }
    const key = droppedKey(op);
    if (key !== null) return this.renderKeyDrop(key);
    const statements = this.renderer.renderOperation(op);
    return this.withImplicitIndexDrop(op) ?? statements;
  }

  /**
   * Offline: a foreign key's drop, with the index the server made for the key when the script knows it made it
   * (online, MariaDB drops it with `DROP INDEX IF EXISTS`, which MySQL lacks); null otherwise.
   */
  private withImplicitIndexDrop(op: Operation): SqlStatement[] | null {
    if (this.record === null || op.kind !== "dropConstraint" || op.name === undefined || op.ifExists || hasAlterIfExists(this.server)) return null;
    const type = op.constraintType ?? op.original?.kind;
    if (type !== "foreignKey" && type !== "createForeignKey") return null;
    // only of a table whose indexes are all known (else an index the script doesn't know may have served the key)
    const keys = this.record.keysOf(op.table, op.schema);
    const index = keys.indexes.find((ix) => ix.name.toLowerCase() === op.name!.toLowerCase());
    if (!keys.complete || index === undefined || !this.record.hasImplicitIndex(op.table, op.schema, op.name)) return null;
    // and not when another key needs that index (the server would refuse its drop)
    const stays = (fk: { name: string | null; table: string; schema: string | null }) =>
      fk.name === null || fk.name.toLowerCase() !== op.name!.toLowerCase() || fk.schema !== null || fk.table.toLowerCase() !== op.table.toLowerCase();
    const others = { ...keys, foreignKeys: keys.foreignKeys.filter(stays), referencing: keys.referencing.filter(stays) };
    const needs = needsOf(others, index);
    if (needs.own.length > 0 || needs.referencing.length > 0) return null;
    this.record.note({ kind: "dropIndex", name: op.name, table: op.table, ...(op.schema === undefined ? {} : { schema: op.schema }) });
    return dropForeignKeyAndIndex({ ...op, name: op.name });
  }

  /** A drop of a key that foreign keys may need: see key-drop.ts. */
  private async renderKeyDrop(key: DroppedKey): Promise<SqlStatement[]> {
    // (rendered first, so that what the op can't be is refused as usual)
    const alone = this.renderer.renderOperation(key.op);
    const keys: TableKeys = this.reader !== null ? await readLiveTableKeys(this.reader, key.table, key.schema) : this.record!.keysOf(key.table, key.schema);
    const dropped = keys.indexes.find((ix) => ix.name.toLowerCase() === key.index.toLowerCase()) ?? key.known;
    if (dropped === null) return alone;
    const needs = needsOf(keys, dropped);
    const withOwn = needs.own.length === 0 ? alone : alterUnderOwnForeignKeys(key.table, key.schema, [key.clause], needs.own);
    if (needs.referencing.length > 0) {
      // online every index is known; offline, only of a table the script or its history created
      this.pending = { key, needs, certain: keys.complete, alone: withOwn };
      return [];
    }
    return withOwn;
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
      const r = lowerKeys<Record<string, unknown>>(row);
      if (typeof r.column_name === "string" && typeof r.column_type === "string") types.set(r.column_name.toLowerCase(), r.column_type);
    }
    for (const column of unprefixed) {
      const type = types.get(column.toLowerCase());
      if (type !== undefined && PREFIX_ONLY.test(type)) throw unprefixedKey(op, op.name, column, type.toUpperCase());
    }
  }
}
