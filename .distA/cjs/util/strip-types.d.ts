/**
 * A small, conservative TypeScript type stripper for revision files and
 * configs: type syntax is replaced by spaces (lines and columns stay where
 * they were), the rest of the text is left byte for byte. It recognises type
 * syntax only where it can be sure of it (annotations on variables,
 * parameters and return types, `as`/`satisfies`, `!`, type arguments of
 * calls, `import type`, `type`/`interface` declarations) and gives up
 * (returns null) on anything else that is not plain JavaScript: classes,
 * enums, namespaces, decorators, `declare`, generic arrows, `<T>x` casts.
 * The caller then takes the general path (jiti). Whatever TypeScript it does
 * not recognise stays in the text, so the JavaScript parser rejects it before
 * any code runs, and the caller falls back then too.
 */
export interface StaticImport {
    /** Offsets of the specifier string literal, quotes included. */
    readonly start: number;
    readonly end: number;
    readonly specifier: string;
    /** Names taken from the module: imported names, "default", or "*" (namespace, re-export, side effect). */
    readonly names: readonly string[];
}
/** What an import declaration binds: `import d, * as ns from`, `import { a as b } from`. */
export interface ImportBindings {
    readonly default?: string;
    readonly namespace?: string;
    /** [imported name, local name] */
    readonly named: readonly (readonly [string, string])[];
}
/**
 * Enough to run the module as the body of an async function instead of as an
 * ES module: its exports are plain (`export const x`, `export function f`,
 * `export { a as b }`), none is a default export or a re-export.
 */
export interface ScriptForm {
    /** [exported name, local name] */
    readonly exports: readonly (readonly [string, string])[];
    /** Ranges to blank for that form: the import declarations, `export` keywords, `export { … }` lists. */
    readonly blanks: readonly (readonly [number, number])[];
    /** Bindings of each entry of `imports`, in the same order. */
    readonly bindings: readonly ImportBindings[];
}
export interface StripResult {
    readonly code: string;
    /** Null when the module has default exports, re-exports or exported patterns. */
    readonly script: ScriptForm | null;
    /** Specifiers of `import … from`, `import "…"` and `export … from` that remain. */
    readonly imports: readonly StaticImport[];
    /** Uses import(), import.meta, require, module, exports, __dirname or __filename. */
    readonly needsModuleContext: boolean;
}
export declare function stripTypes(src: string): StripResult | null;
/** Like stripTypes, with the reason when the source is not taken. */
export declare function stripTypesOrReason(src: string): StripResult | string;
