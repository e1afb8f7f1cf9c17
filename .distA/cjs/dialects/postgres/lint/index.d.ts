import type { DialectLint } from "../../../lint/types.js";
export declare const PARSER_PACKAGE = "libpg-query";
export declare const postgresLint: DialectLint;
