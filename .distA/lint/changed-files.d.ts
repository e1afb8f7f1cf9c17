/** The top folder of the git work tree holding `dir`, or null outside one. */
export declare function gitRoot(dir: string): string | null;
/** Absolute paths of the files added or changed since `ref`. */
export declare function changedFilesSince(ref: string, dir: string): Set<string>;
