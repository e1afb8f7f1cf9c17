/**
 * `import()` of a module that is not part of Athanor's own code: a package
 * (pg, PGlite, jiti), a user's file, a data: URL. The CLI may run as a script
 * compiled with V8's code cache (src/cli/launch.ts), where `import()` is not
 * available; its launcher then provides the importer. Specifiers are absolute
 * URLs or package names (resolved from Athanor's own folder).
 */
const IMPORTER = Symbol.for("athanor.import");
export function importModule(specifier) {
    const hook = globalThis[IMPORTER];
    return (hook ? hook(specifier) : import(specifier));
}
