import type { RuntimeInput } from "./runtime-input.js";
/** The configured (or default) limit in ms; null when there is none (0) or the text is not a time value (the server will say so). */
export declare function idleLimitMs(input: RuntimeInput): number | null;
export declare function timeValueMs(value: number | string): number | null;
