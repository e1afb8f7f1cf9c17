/**
 * Reads the heads recorded in the database for read-only commands (current,
 * history -i, show current). Creates nothing: no version table, no lock.
 */
import type { UnfinishedStep } from "../dialects/dialect.js";
import type { CommandContext } from "./context.js";
export declare function readDatabaseHeads(ctx: CommandContext): Promise<{
    heads: string[];
    url: string;
    halfApplied: UnfinishedStep[];
}>;
