import type { TableDefinition } from "../../schema/table.js";
import type { DrizzleCasing } from "./drizzle-casing.js";
import { type NamingConvention } from "./naming.js";
import { type ModelEnum } from "./table.js";
export interface ModelSet {
    readonly tables: readonly TableDefinition[];
    /** Enum types the models declare (with their labels, in order). */
    readonly enums: readonly ModelEnum[];
    readonly namingConvention?: NamingConvention;
    /** Things found but not usable as they are (e.g. drizzle generated columns). */
    readonly warnings: readonly string[];
}
export interface CollectOptions {
    /** Overrides a convention exported by the modules. */
    readonly namingConvention?: NamingConvention;
    /** For messages and for loading drizzle next to the models: the file each export object came from. */
    readonly sources?: readonly string[];
    /** Drizzle's `casing` (the `casing` setting): applied to drizzle columns declared without a name. */
    readonly drizzleCasing?: DrizzleCasing;
}
export declare function isModelSet(value: unknown): value is ModelSet;
/**
 * Collects models from module namespaces (or any values). Throws on two
 * different tables with one name, or an enum declared with two label lists.
 */
export declare function collectModels(exportsOfModules: unknown, options?: CollectOptions): ModelSet;
