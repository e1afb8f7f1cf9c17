import type { SqlLexer } from "../dialects/dialect.js";
import type { SqlValue } from "../schema/value.js";
import { type ReverseResult } from "./common.js";
export interface ExecuteOp {
    readonly kind: "execute";
    /** SQL text; `$1`, `$2`, ... refer to `params`. */
    readonly sql: string;
    readonly params?: readonly SqlValue[];
}
export declare function executeOp(sql: string, params?: readonly SqlValue[]): ExecuteOp;
/** Checks an execute op; its SQL is read by `lexer` (default: the default dialect's, see assertNoTransactionControl). */
export declare function validateExecute(op: ExecuteOp, lexer?: SqlLexer): void;
export declare function reverseExecute(_op: ExecuteOp): ReverseResult;
/** A template literal for multi-line SQL when that is exact, else a JSON string. */
export declare function tsSql(sql: string): string;
export declare function renderExecuteTs(op: ExecuteOp): string;
