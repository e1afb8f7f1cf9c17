import type { TableDefinition } from "../../schema/table.js";
export declare const NAMING_BRAND: unique symbol;
export interface NamingContext {
    readonly table: string;
    readonly columns: readonly string[];
    readonly referredTable?: string;
    readonly referredColumns?: readonly string[];
    readonly constraintName?: string;
}
export type NamingTemplate = string | ((context: NamingContext) => string);
export interface NamingConvention {
    readonly ix?: NamingTemplate;
    readonly uq?: NamingTemplate;
    readonly ck?: NamingTemplate;
    readonly fk?: NamingTemplate;
    readonly pk?: NamingTemplate;
}
/** Declares the naming convention; export it from a models module and `collectModels` applies it. */
export declare function namingConvention(convention: NamingConvention): NamingConvention;
export declare function isNamingConvention(value: unknown): value is NamingConvention;
/**
 * Cuts a name to `maxBytes` (the dialect's identifier limit) with an 8-hex hash. Earlier versions named long
 * convention and index names this way; autogenerate still recognises such
 * names in a database, but no longer produces them (it cuts names the way
 * the database does).
 */
export declare function fitName(name: string, maxBytes?: number): string;
/** What a database that truncates long identifiers does: cut at `max` bytes (the dialect's limit), on a character boundary. */
export declare function truncateBytes(name: string, max?: number): string;
export declare function expandTemplate(template: NamingTemplate, ctx: NamingContext, what: string): string;
/** Hidden marker on indexes that `table()` named itself (so a convention may rename them). */
export declare const AUTO_NAMED: unique symbol;
/** Returns a copy of `table` with the convention's names filled in where the model left them out. */
export declare function applyNamingConvention(def: TableDefinition, convention: NamingConvention): TableDefinition;
