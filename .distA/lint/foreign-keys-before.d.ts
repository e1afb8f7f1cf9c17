import type { RunContext } from "../config/run-context.js";
import type { SqlLexer } from "../dialects/dialect.js";
import type { ScriptDirectory } from "../script/script-directory.js";
import { ForeignKeyGraph } from "./foreign-key-graph.js";
export declare function foreignKeysBefore(scripts: ScriptDirectory, setup: {
    readonly lexer: SqlLexer;
    readonly context?: RunContext | undefined;
}): Promise<Map<string, ForeignKeyGraph | null>>;
