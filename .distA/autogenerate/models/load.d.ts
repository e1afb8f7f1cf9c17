import { type CollectOptions, type ModelSet } from "./collect.js";
import { type DrizzleTableReader } from "./drizzle-readers.js";
export interface LoadModelsConfig {
    readonly projectDir: string;
    readonly raw: {
        readonly models?: string | readonly string[] | undefined;
        /** Drizzle's casing for columns declared without a name. */
        readonly casing?: "snake_case" | "camelCase" | undefined;
    };
}
/** Expands a glob (`*`, `?`, `**`, `{a,b}`) under `base`; skips node_modules and dot folders. */
export declare function expandGlob(pattern: string, base: string): string[];
/** The module files the `models` setting names, in order, without duplicates. */
export declare function resolveModelFiles(config: LoadModelsConfig): string[];
/**
 * Imports the model modules and collects their tables. Throws
 * `MODELS.EMPTY` (listing the files) when they export no table.
 */
export declare function loadModels(config: LoadModelsConfig, options?: Omit<CollectOptions, "sources">, 
/** The session's dialect: its drizzle reader counts even where it was registered in another copy of Athanor (the CLI's). */
dialect?: {
    drizzleReader?(): Promise<DrizzleTableReader>;
}): Promise<ModelSet & {
    files: string[];
}>;
