import type { TableDefinition } from "../../schema/table.js";
import type { DrizzleNotes } from "./drizzle-audit.js";
import type { DrizzleCasing } from "./drizzle-casing.js";
import type { ModelEnum } from "./table.js";
export interface DrizzleTableOptions {
    /** Drizzle's `casing`: names of columns declared without one are converted. */
    readonly casing?: DrizzleCasing;
    /** Collects what is not managed (warnings said once for the model set). */
    readonly notes?: DrizzleNotes;
}
/** Reads one drizzle core's tables (and its enum objects, where the core has them). */
export interface DrizzleTableReader {
    /** The entity kind of the tables it reads (their constructor's `drizzle:entityKind`), e.g. "PgTable". */
    readonly tableKind: string;
    /**
     * The table as a definition. `warn` gets what can't be expressed; `fromFile`
     * (the models file) is where drizzle-orm is loaded from first.
     */
    fromTable(value: unknown, warn: (message: string) => void, fromFile?: string, options?: DrizzleTableOptions): TableDefinition;
    /** Whether a value is one of this core's enum objects (`pgEnum(...)`). */
    isEnum?(value: unknown): boolean;
    fromEnum?(value: unknown): ModelEnum;
}
export declare function registerDrizzleReader(reader: DrizzleTableReader): void;
/** Registers the drizzle readers of these dialects (loaded on demand). */
export declare function loadDrizzleReaders(dialects: readonly {
    drizzleReader?(): Promise<DrizzleTableReader>;
}[]): Promise<void>;
export declare function isDrizzleTable(value: unknown): boolean;
/** The table's entity kind ("PgTable", ...), or undefined. */
export declare function drizzleTableKind(value: unknown): string | undefined;
/** The reader whose enum objects include `value`, if any. */
export declare function drizzleEnumReader(value: unknown): DrizzleTableReader | undefined;
/** Converts one drizzle table into a table definition, with the reader of its kind. `warn` gets what cannot be expressed. */
export declare function fromDrizzleTable(value: unknown, warn: (message: string) => void, fromFile?: string, options?: DrizzleTableOptions): TableDefinition;
