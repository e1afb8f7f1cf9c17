/**
 * What autogenerate asks a dialect to settle on the server: comparisons the
 * text alone could not decide (a default, a CHECK condition, an index, a
 * type or a generation expression as the model states it), and the
 * server's own text for each. The dialect's comparator builds and reads
 * them (`SchemaComparator.canonicalize`).
 */
import type { ColumnType } from "../schema/column-type.js";
import type { IndexDefinition } from "../schema/indexes.js";
import type { ColumnDefault } from "../schema/value.js";
export interface TableRef {
    readonly schema: string;
    readonly name: string;
    /** Columns the model adds (so checks and indexes that use them can be built). */
    readonly extraColumns?: ReadonlyArray<{
        readonly name: string;
        readonly type: ColumnType;
    }>;
}
export type CanonItem = {
    readonly kind: "default";
    readonly table: TableRef;
    readonly column: string;
    /** The column's type: a json/jsonb default is written as JSON text, as the renderer writes it. */
    readonly type: ColumnType;
    readonly value: ColumnDefault;
} | {
    readonly kind: "check";
    readonly table: TableRef;
    readonly expression: string;
} | {
    readonly kind: "index";
    readonly table: TableRef;
    readonly index: IndexDefinition;
} | {
    readonly kind: "type";
    readonly table: TableRef;
    readonly type: ColumnType;
} | {
    readonly kind: "generated";
    readonly table: TableRef;
    readonly type: ColumnType;
    readonly expression: string;
};
/** The index definition after `USING` (method, keys, INCLUDE, NULLS NOT DISTINCT, WHERE). */
export interface IndexCanon {
    readonly tail: string;
}
/** The server's text for each item (null: it could not be built). */
export type CanonResult = string | IndexCanon | null;
export interface CanonOutcome {
    readonly results: Map<CanonItem, CanonResult>;
    /** Set when the whole step could not run (read-only server, no permission). */
    readonly unavailable: string | null;
    /** Why each item could not be built, with the server's error (an invalid default, an unknown function). */
    readonly errors: Map<CanonItem, string>;
}
