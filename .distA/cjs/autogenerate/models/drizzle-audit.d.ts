/**
 * What of a Drizzle schema Athanor does not manage, said out loud. Every
 * `drizzle-orm/pg-core` feature is either converted and compared (see
 * drizzle.ts and docs/autogenerate.md) or reported here, naming the table
 * and the feature, so `revision --autogenerate` and `check` never pass in
 * silence over something drizzle-kit would have created.
 *
 * Client-side behaviour (`$defaultFn`, `$onUpdateFn`) creates nothing in the
 * database; it is said once for the whole model set, listing the columns.
 */
import type { DrizzleTableConfig } from "./drizzle-types.js";
/** Collected findings; `messages()` gives the warnings. */
export declare class DrizzleNotes {
    private readonly unmanaged;
    private readonly defaultFns;
    private readonly onUpdateFns;
    add(message: string): void;
    clientDefault(table: string, column: string): void;
    clientOnUpdate(table: string, column: string): void;
    messages(): string[];
}
/** Reports the features of one drizzle table that the converter does not carry over. `table` is its label. */
export declare function auditDrizzleTable(cfg: DrizzleTableConfig, table: string, notes: DrizzleNotes): void;
/**
 * A warning for an exported drizzle object that is not a table or an enum
 * (views, sequences, roles, standalone policies), or null.
 */
export declare function drizzleEntityNote(value: unknown): string | null;
