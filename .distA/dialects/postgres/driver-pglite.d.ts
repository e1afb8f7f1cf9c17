import type { Driver } from "../dialect.js";
export type PgliteTarget = {
    readonly kind: "memory";
    readonly name: string;
} | {
    readonly kind: "dir";
    readonly path: string;
};
/** Where a `pglite:` URL points. Relative directories resolve against the current directory. */
export declare function parsePgliteUrl(url: string): PgliteTarget;
/** `pglite:./data` is relative to the folder that named it (the config's, or the current one): made absolute. */
export declare function resolvePglitePaths(url: string, base: string): string;
export declare const pgliteDriver: Driver;
