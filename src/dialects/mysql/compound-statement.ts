/**
 * Where a stored program ends when a script has no DELIMITER lines: the
 * server takes `CREATE PROCEDURE p() BEGIN ...; ...; END` as one statement,
 * so the `;` inside its body don't cut. Two questions: is the statement a
 * stored program at all (read by the grammar's head, never by words found
 * somewhere in it: `CREATE TABLE event (begin DATETIME)` is a table), and
 * which `END` closes a block of its body (a column named `end` closes
 * nothing).
 */
import type { Token } from "./sql-scan.js";

function keywordOf(text: string): string {
  return text.toUpperCase();
}

const ROUTINES = new Set(["PROCEDURE", "FUNCTION", "TRIGGER", "EVENT"]);

function wordAt(tokens: readonly Token[], i: number): string | undefined {
  const t = tokens[i];
  return t?.kind === "word" ? keywordOf(t.text) : undefined;
}

function isPunct(t: Token | undefined, text: string): boolean {
  return t?.kind === "punct" && t.text === text;
}

/**
 * Where the account after `DEFINER =` ends: `user`, `'user'@'host'`,
 * `` `user`@`host` ``, `user@localhost`, `CURRENT_USER[()]`, `CURRENT_ROLE`
 * or a role. An unquoted host (`app@10.0.0.1`, `app@%`) is the tokens that
 * touch each other. Null when the tokens so far end inside it.
 */
function afterAccount(tokens: readonly Token[], i: number): number | null {
  if (!tokens[i]) return null;
  let j = i + 1;
  if (isPunct(tokens[j], "(")) {
    if (!tokens[j + 1]) return null;
    if (isPunct(tokens[j + 1], ")")) j += 2;
  }
  if (!tokens[j]) return null;
  if (!isPunct(tokens[j], "@")) return j;
  const host = tokens[j + 1];
  if (!host) return null;
  j += 2;
  if (host.kind === "string" || host.kind === "identifier") return j;
  while (tokens[j] && (tokens[j] as Token).start === (tokens[j - 1] as Token).end) j++;
  return tokens[j] ? j : null;
}

/**
 * Is this statement a stored program whose body may hold `;`? By the
 * grammar: `CREATE [OR REPLACE] [DEFINER = account] [AGGREGATE]
 * {PROCEDURE | FUNCTION | TRIGGER | EVENT}`, `ALTER [DEFINER = account]
 * EVENT` (its `DO` body), or MariaDB's anonymous `BEGIN NOT ATOMIC`. Null
 * while the tokens so far are the start of such a head but don't reach its
 * keyword yet.
 */
export function isStoredProgram(tokens: readonly Token[]): boolean | null {
  const first = wordAt(tokens, 0);
  if (first === "BEGIN") {
    if (tokens.length < 3) return tokens.length === 1 || wordAt(tokens, 1) === "NOT" ? null : false;
    return wordAt(tokens, 1) === "NOT" && wordAt(tokens, 2) === "ATOMIC";
  }
  if (first !== "CREATE" && first !== "ALTER") return tokens.length === 0 ? null : false;
  let i = 1;
  if (first === "CREATE" && wordAt(tokens, i) === "OR") {
    if (tokens.length <= i + 1) return null;
    if (wordAt(tokens, i + 1) !== "REPLACE") return false;
    i += 2;
  }
  if (tokens.length <= i) return null;
  if (wordAt(tokens, i) === "DEFINER") {
    if (tokens.length <= i + 1) return null;
    if (!isPunct(tokens[i + 1], "=")) return false;
    const after = afterAccount(tokens, i + 2);
    if (after === null) return null;
    i = after;
  }
  if (first === "CREATE" && wordAt(tokens, i) === "AGGREGATE") i++;
  if (tokens.length <= i) return null;
  const kind = wordAt(tokens, i);
  return first === "CREATE" ? kind !== undefined && ROUTINES.has(kind) : kind === "EVENT";
}

/** Words after which a stored program's body begins a statement (so `IF (` there opens a block, not a call of IF()). */
const STATEMENT_STARTS = new Set(["BEGIN", "THEN", "ELSE", "DO", "LOOP", "REPEAT"]);
/** Words that open a block closed by `END <word>` (a CASE expression, by a bare END). */
const ENDED_BY_NAME = new Set(["IF", "CASE", "LOOP", "REPEAT", "WHILE", "FOR"]);

function atStatementStart(prev: Token | undefined): boolean {
  if (prev === undefined) return true;
  if (prev.kind === "punct") return prev.text === ";" || prev.text === ":";
  return prev.kind === "word" && STATEMENT_STARTS.has(keywordOf(prev.text));
}

/**
 * The open blocks of a stored program's body, read token by token: BEGIN
 * … END, IF/CASE/LOOP/REPEAT/WHILE/FOR … END <word>, and a CASE
 * expression's bare END. A bare END closes a BEGIN block only where a
 * statement starts (after `;`, or right after BEGIN): elsewhere it is a
 * name (`UPDATE ranges SET end = 1`), which MariaDB and MySQL allow
 * unquoted.
 */
export class StoredProgramBlocks {
  readonly #open: ("BEGIN" | "CASE-EXPRESSION" | "BLOCK")[] = [];
  /** The word after `END` that names what it closes (`END IF`): read with the END. */
  #named: Token | null = null;

  get depth(): number {
    return this.#open.length;
  }

  /** Reads `t`; `prev` is the statement's token before it, `next` the script's token after it. */
  read(t: Token, prev: Token | undefined, next: Token | undefined): void {
    if (t.kind !== "word" || t === this.#named) return;
    const word = keywordOf(t.text);
    if (word === "END") {
      const top = this.#open[this.#open.length - 1];
      if (next?.kind === "word" && ENDED_BY_NAME.has(keywordOf(next.text))) {
        this.#named = next;
        this.#open.pop();
      } else if (top === "CASE-EXPRESSION" || (top === "BEGIN" && atStatementStart(prev))) this.#open.pop();
      return;
    }
    if (!ENDED_BY_NAME.has(word) && word !== "BEGIN") return;
    const start = atStatementStart(prev);
    const nextWord = next?.kind === "word" ? keywordOf(next.text) : null;
    switch (word) {
      case "BEGIN":
        if (nextWord !== "WORK") this.#open.push("BEGIN");
        return;
      case "IF":
        // IF(…) is also a function; IF [NOT] EXISTS is no block
        if (!(isPunct(next, "(") && !start) && nextWord !== "NOT" && nextWord !== "EXISTS") this.#open.push("BLOCK");
        return;
      case "REPEAT":
        if (!(isPunct(next, "(") && !start)) this.#open.push("BLOCK");
        return;
      case "CASE":
        this.#open.push(start ? "BLOCK" : "CASE-EXPRESSION");
        return;
      case "FOR":
        // MariaDB's FOR loop; FOR EACH ROW, FOR UPDATE and HANDLER FOR are no statement's start
        if (start) this.#open.push("BLOCK");
        return;
      default:
        this.#open.push("BLOCK"); // LOOP, WHILE
    }
  }
}
