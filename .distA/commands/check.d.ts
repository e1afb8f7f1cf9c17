import type { CommandContext } from "./context.js";
/** Exit status of `check` when the database is behind (or beside) the heads. */
export declare const CHECK_NOT_AT_HEADS = 3;
export declare function check(ctx: CommandContext): Promise<number>;
