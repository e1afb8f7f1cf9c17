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
import type { Operation } from "../../operations/operation.js";
import type { DialectRenderer, RenderSession, SchemaReader, SqlStatement } from "../dialect.js";
interface LiveColumn {
    column_type: string;
    is_nullable: string;
    column_default: string | null;
    extra: string | null;
    collation_name: string | null;
    column_comment: string | null;
    table_collation: string | null;
}
/** The op with what it left out taken from the live column. */
export declare function completeFromLive(op: AlterColumnOp, live: LiveColumn, mariadb: boolean): AlterColumnOp;
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
/** The table's foreign keys that need `index` (no other index of the table starts with their columns). */
export declare function foreignKeysNeeding(index: string, rows: readonly KeyRow[]): LiveForeignKey[];
export declare class MysqlRenderSession implements RenderSession {
    private readonly renderer;
    private readonly reader;
    private readonly mariadb;
    constructor(renderer: DialectRenderer, reader: SchemaReader | null, mariadb: boolean);
    render(op: Operation): Promise<SqlStatement[]>;
    /**
     * MySQL: a key on an existing table's TEXT, BLOB or JSON column without a
     * prefix length is refused before the server sees it, as in
     * `op.createTable`, naming the index, the column and the fix. (MariaDB keys
     * such a column itself: by the longest prefix InnoDB allows, or by a hash
     * for a unique index; see render-index.ts serverKeepsWholeKey.)
     */
    private checkKeys;
}
export {};
