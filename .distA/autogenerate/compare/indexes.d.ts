import type { DiffContext } from "./diff-context.js";
/** Indexes: matched by name, compared by definition (unsure ones settled on the server). */
export declare function diffIndexes(x: DiffContext): void;
