/**
 * Without a parser: a default is volatile (computed per row) when it calls
 * one of these well-known functions, as the dialect's lexer reads the words.
 */
import type { SqlLexer } from "../dialects/dialect.js";
import type { ExpressionReader } from "./types.js";

const WELL_KNOWN_VOLATILE = new Set(["RANDOM", "GEN_RANDOM_UUID", "UUID_GENERATE_V4", "UUID_GENERATE_V1", "CLOCK_TIMESTAMP", "NEXTVAL", "TIMEOFDAY", "UUID", "RAND"]);

export function lexerExpressions(lexer: SqlLexer): ExpressionReader {
  return {
    volatileFunction(expression) {
      const words = lexer.splitStatements(`SELECT ${expression}`)[0]?.keywords ?? [];
      const hit = words.find((w) => WELL_KNOWN_VOLATILE.has(w));
      return hit ? hit.toLowerCase() : null;
    },
  };
}
