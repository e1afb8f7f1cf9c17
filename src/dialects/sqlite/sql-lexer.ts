/**
 * SQLite's `sqlLexer`: user SQL read as SQLite reads it. `--` comments to the
 * end of the line and `/* *\/` comments (not nested; an unterminated one runs
 * to the end); '...' strings ('' is a quote; no backslash escapes);
 * "...", [...] and `...` quoted names. A statement ends at `;`, except in a
 * `CREATE [TEMP] TRIGGER ... BEGIN ... END;` body, which is one statement
 * however many `;` it holds (the rule of sqlite3_complete(): the body ends
 * at an END that directly follows a `;`).
 */
import type { Operation } from "../../operations/operation.js";
import type { LexedStatement, SqlLexer, StatementFinding } from "../dialect.js";
import { lexedStatement } from "../lexed-statement.js";

type TokenKind = "word" | "string" | "quoted" | "punct" | "other";

interface Token {
  readonly kind: TokenKind;
  readonly text: string;
  readonly start: number;
}

const WORD_START = /[A-Za-z_\u0080-\uffff]/;
const WORD_PART = /[A-Za-z0-9_$\u0080-\uffff]/;

function closing(sql: string, from: number, quote: string, doubled: boolean): number {
  let j = from;
  for (;;) {
    const k = sql.indexOf(quote, j);
    if (k < 0) return sql.length;
    if (doubled && sql[k + 1] === quote) {
      j = k + 2;
      continue;
    }
    return k + 1;
  }
}

/** The tokens of `sql`, comments and white space left out. */
export function tokenize(sql: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < sql.length) {
    const c = sql[i] as string;
    if (c === " " || c === "\t" || c === "\n" || c === "\r" || c === "\f" || c === "\v") {
      i++;
    } else if (c === "-" && sql[i + 1] === "-") {
      const nl = sql.indexOf("\n", i);
      i = nl < 0 ? sql.length : nl + 1;
    } else if (c === "/" && sql[i + 1] === "*") {
      const end = sql.indexOf("*/", i + 2);
      i = end < 0 ? sql.length : end + 2;
    } else if (c === "'") {
      const end = closing(sql, i + 1, "'", true);
      out.push({ kind: "string", text: sql.slice(i, end), start: i });
      i = end;
    } else if (c === '"' || c === "`") {
      const end = closing(sql, i + 1, c, true);
      out.push({ kind: "quoted", text: sql.slice(i, end), start: i });
      i = end;
    } else if (c === "[") {
      const end = closing(sql, i + 1, "]", false);
      out.push({ kind: "quoted", text: sql.slice(i, end), start: i });
      i = end;
    } else if (WORD_START.test(c)) {
      let j = i + 1;
      while (j < sql.length && WORD_PART.test(sql[j] as string)) j++;
      // X'00ff' is a blob literal: one token
      if ((c === "x" || c === "X") && j === i + 1 && sql[j] === "'") {
        const end = closing(sql, j + 1, "'", true);
        out.push({ kind: "string", text: sql.slice(i, end), start: i });
        i = end;
      } else {
        out.push({ kind: "word", text: sql.slice(i, j), start: i });
        i = j;
      }
    } else if (c === ";") {
      out.push({ kind: "punct", text: ";", start: i });
      i++;
    } else {
      out.push({ kind: "other", text: c, start: i });
      i++;
    }
  }
  return out;
}

function upper(t: Token | undefined): string | null {
  return t?.kind === "word" ? t.text.toUpperCase() : null;
}

/** CREATE [TEMP|TEMPORARY] TRIGGER at the start of a statement's tokens. */
function startsTrigger(tokens: readonly Token[]): boolean {
  if (upper(tokens[0]) !== "CREATE") return false;
  const second = upper(tokens[1]);
  return second === "TRIGGER" || ((second === "TEMP" || second === "TEMPORARY") && upper(tokens[2]) === "TRIGGER");
}

function lexed(sql: string, tokens: Token[], endOffset: number): LexedStatement | null {
  const first = tokens[0];
  if (!first) return null;
  const last = tokens[tokens.length - 1] as Token;
  const start = first.start;
  const end = Math.min(endOffset, sql.length);
  return lexedStatement(sql.slice(start, Math.max(start, last.start + last.text.length)).trim(), start, end, tokens.map(upper));
}

function splitStatements(sql: string): LexedStatement[] {
  const out: LexedStatement[] = [];
  let current: Token[] = [];
  // in a trigger body: 0 none, 1 in body, 2 just after a `;`, 3 after `; END`
  let trigger = 0;
  const finish = (endOffset: number) => {
    const stmt = lexed(sql, current, endOffset);
    if (stmt) out.push(stmt);
    current = [];
    trigger = 0;
  };
  for (const t of tokenize(sql)) {
    if (t.kind === "punct") {
      if (trigger === 0 || trigger === 3) {
        finish(t.start);
        continue;
      }
      trigger = 2;
      current.push(t);
      continue;
    }
    current.push(t);
    if (current.length <= 3 && trigger === 0 && startsTrigger(current)) trigger = 1;
    else if (trigger === 2) trigger = upper(t) === "END" ? 3 : 1;
    else if (trigger === 3) trigger = 1;
  }
  finish(sql.length);
  return out;
}

/** The transaction-control statement `stmt` is, or null. */
function transactionKeyword(stmt: LexedStatement): string | null {
  const [first, second, third] = stmt.leadingKeywords;
  switch (first) {
    case "BEGIN":
    case "SAVEPOINT":
      return first;
    case "COMMIT":
    case "END":
      return first;
    case "ROLLBACK": {
      const afterNoise = second === "TRANSACTION" ? third : second;
      return afterNoise === "TO" ? "ROLLBACK TO SAVEPOINT" : "ROLLBACK";
    }
    case "RELEASE":
      return "RELEASE SAVEPOINT";
    default:
      return null;
  }
}

function pragmaName(stmt: LexedStatement): string | null {
  if (stmt.leadingKeywords[0] !== "PRAGMA") return null;
  // PRAGMA [schema.]name [= value]: the name is the last word before `=` or `(`
  const words = stmt.keywords.slice(1);
  const [a, b] = words;
  return (stmt.text.includes(".") && b ? b : (a ?? "")).toLowerCase();
}

/**
 * Statements SQLite won't run in a transaction, or for which a transaction
 * silently changes the meaning: VACUUM, ATTACH/DETACH, and `PRAGMA
 * journal_mode` (a no-op or an error inside one).
 *
 * Not `PRAGMA foreign_keys`: SQLite ignores it inside a transaction too, but
 * every step of a revision already runs with enforcement off and
 * `foreign_key_check` before its COMMIT (foreign-key-guard.ts). So the
 * `PRAGMA foreign_keys=OFF` … `=ON` drizzle-kit and Prisma write around their
 * table rebuilds asks for what the step does anyway, and the rebuild stays in
 * one transaction; a revision that counts on enforcement being on (a cascade
 * after `=ON`) leaves rows the check finds, and fails.
 */
function nonTransactionalKeyword(stmt: LexedStatement): string | null {
  const [a] = stmt.leadingKeywords;
  if (a === "VACUUM" || a === "ATTACH" || a === "DETACH") return a;
  const pragma = pragmaName(stmt);
  if (pragma === "journal_mode") return `PRAGMA ${pragma}`;
  return null;
}

function findTransactionControl(sql: string): StatementFinding | null {
  for (const stmt of splitStatements(sql)) {
    const keyword = transactionKeyword(stmt);
    if (keyword) return { keyword, statement: stmt.text, offset: stmt.start };
  }
  return null;
}

function findNonTransactionalStatement(sql: string): StatementFinding | null {
  for (const stmt of splitStatements(sql)) {
    const keyword = nonTransactionalKeyword(stmt);
    if (keyword) return { keyword, statement: stmt.text, offset: stmt.start };
  }
  return null;
}

function noTransactionReason(op: Operation): string | null {
  if (op.kind !== "execute") return null;
  const found = findNonTransactionalStatement(op.sql);
  if (!found) return null;
  return found.keyword.startsWith("PRAGMA")
    ? `${found.keyword} has no effect (or fails) inside a transaction`
    : `${found.keyword} cannot run in a transaction`;
}

export const sqliteSqlLexer: SqlLexer = {
  splitStatements,
  findTransactionControl,
  findNonTransactionalStatement,
  noTransactionReason,
};
