import { Script } from "node:vm";
export interface LoadModuleOptions {
    /** Import prefixes mapped to folders or files (a tsconfig's `paths`, see tsconfig-paths.ts). */
    readonly alias?: Readonly<Record<string, string>>;
    /** Where the fast path keeps what it compiled for this exact source, between runs (src/script/revision-code-cache.ts). */
    readonly compiled?: CompiledModuleSlot;
}
/**
 * A TypeScript module in the form the fast path runs (an async function
 * taking its imports), as stored between runs: no type stripping next time,
 * and V8's code cache for it when there is one.
 */
export interface CompiledModule {
    readonly code: string;
    /** Per import, in order: "api" (the whole athanor API), "light:<module>" (a light part of it) or a Node built-in ("node:fs"). */
    readonly imports: readonly string[];
    /** Per import, the names it must have ("default" included) for the module to link as an ES module would. */
    readonly needs: readonly (readonly string[])[];
    readonly cachedData?: Buffer;
}
/** One source's entry in a store of compiled modules. */
export interface CompiledModuleSlot {
    get(): CompiledModule | undefined;
    /** Called after the module compiled (a hit whose cached data V8 refused is compiled again, and stored again). */
    put(module: CompiledModule, script: Script): void;
}
/** How many TypeScript modules each loader took (for tests). */
export declare const tsLoaderStats: {
    fast: number;
    jiti: number;
};
/**
 * Imports a module by absolute path and returns its namespace object.
 * `source`: the file's text when the caller has just read it (saves a read).
 */
export declare function loadModule(absPath: string, source?: string, options?: LoadModuleOptions): Promise<Record<string, unknown>>;
/**
 * Says what "athanor" is for the modules loaded here: the API of the program
 * that loads them (bundled or not), so that revision files share its
 * instances. The package's entry points call it (src/api/provide-api.ts);
 * without it, "athanor" is the package's published entry.
 */
export declare function provideAthanorApi(load: () => Promise<Record<string, unknown>>): void;
/** The JavaScript for a TypeScript file that the fast path can take, or null. */
export declare function fastPathSource(source: string, absPath: string, loadId?: number, athanorUrl?: string): string | null;
