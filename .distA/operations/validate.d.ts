import type { SqlLexer } from "../dialects/dialect.js";
import { type Operation } from "./operation.js";
/**
 * Checks on an op (names present, columns consistent, values bindable, no
 * transaction control in `execute`, read by `lexer`: the renderer passes its
 * dialect's; without one, the default dialect's). Throws an AthanorError
 * (`OPERATION.*` or `SCHEMA.INVALID`).
 */
export declare function validateOperation(op: Operation, lexer?: SqlLexer): void;
