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
 */
import type { AlterColumnOp } from "../../operations/alter-column.js";
import type { CreateIndexOp } from "../../operations/create-index.js";
import { operationError } from "../../operations/common.js";
import type { Operation } from "../../operations/operation.js";
import { sql } from "../../schema/sql-expression.js";
import type { DialectRenderer, RenderSession, SchemaReader, SqlStatement } from "../dialect.js";
import { sameCollation } from "./collation.js";
import { defaultSqlText, hasOnUpdate } from "./default-text.js";
import type { MysqlAlterColumnOptions } from "./options.js";
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
}

const LIVE_COLUMN_SQL =
  "SELECT c.COLUMN_TYPE AS column_type, c.IS_NULLABLE AS is_nullable, c.COLUMN_DEFAULT AS column_default, c.EXTRA AS extra, " +
  "c.COLLATION_NAME AS collation_name, c.COLUMN_COMMENT AS column_comment, t.TABLE_COLLATION AS table_collation " +
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
    op.mysql?.onUpdateCurrentTimestamp === undefined
  );
}

/** The lower-cased row keys some servers return upper-cased. */
function lowerKeys(row: Record<string, unknown>): LiveColumn {
  return Object.fromEntries(Object.entries(row).map(([k, v]) => [k.toLowerCase(), v])) as unknown as LiveColumn;
}

/** The op with what it left out taken from the live column. */
export function completeFromLive(op: AlterColumnOp, live: LiveColumn, mariadb: boolean): AlterColumnOp {
  const extra = live.extra ?? "";
  const typeText = canonicalTypeText(live.column_type);
  const defaultText = /\bauto_increment\b/i.test(extra) ? null : defaultSqlText({ columnDefault: live.column_default, extra, typeText, mariadb });
  const keepsType = op.type === undefined;
  const collation =
    keepsType && live.collation_name && live.table_collation && !sameCollation(live.collation_name, live.table_collation) ? live.collation_name : undefined;
  const mysql: MysqlAlterColumnOptions = {
    ...(/\bauto_increment\b/i.test(extra) ? { autoIncrement: true } : {}),
    ...(hasOnUpdate(extra) ? { onUpdateCurrentTimestamp: true } : {}),
    ...(collation === undefined ? {} : { collation }),
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

export class MysqlRenderSession implements RenderSession {
  constructor(
    private readonly renderer: DialectRenderer,
    private readonly reader: SchemaReader | null,
    private readonly mariadb: boolean,
  ) {}

  async render(op: Operation): Promise<SqlStatement[]> {
    if (op.kind === "createIndex" && this.reader !== null && op.mysql?.indexType === undefined) await this.checkKeys(op);
    if (op.kind === "alterColumn" && this.reader !== null && lacksDefinition(op)) {
      const rows = await this.reader.query<Record<string, unknown>>(LIVE_COLUMN_SQL, [op.schema ?? null, op.table, op.column]);
      const row = rows[0];
      if (!row) throw operationError(`alterColumn ${op.schema ? `${op.schema}.` : ""}${op.table}.${op.column}: the database has no such column`);
      const live = lowerKeys(row);
      // a generated column's definition is its expression: the op must give it all (nothing is guessed)
      if (!/\b(VIRTUAL|STORED|PERSISTENT) GENERATED\b/i.test(live.extra ?? "")) return this.renderer.renderOperation(completeFromLive(op, live, this.mariadb));
    }
    return this.renderer.renderOperation(op);
  }

  /**
   * A key on an existing table's TEXT, BLOB or JSON column without a prefix
   * length is refused, as in `op.createTable`: MySQL refuses it, and MariaDB
   * quietly keys a prefix of its own choosing (or, for a unique index, a hash).
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
