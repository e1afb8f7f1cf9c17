/**
 * Runs a revision's upgrade() or downgrade() against a recording `op`: no
 * database, every operation kept with the line of the call that made it.
 * `op.execute` SQL is split into statements by the dialect's SQL reader (a
 * real parser) when one is loaded, else by its lexer.
 */
import type { SqlLexer } from "../dialects/dialect.js";
import { isAthanorError } from "../errors.js";
import { MigrationOps, type OperationExecutor } from "../operations/migration-ops.js";
import type { Operation } from "../operations/operation.js";
import type { RunContext } from "../config/run-context.js";
import { describeThrown } from "../util/describe-thrown.js";
import { lineAt, lineInStack, lineOfNthCall } from "./call-site.js";
import { lexedSubject } from "./lexed-subject.js";
import type { LintSubject, SqlReader } from "./types.js";

export interface RecordedStep {
  readonly subject: LintSubject;
  readonly line: number;
  readonly callLine: number;
  readonly inTransaction: boolean;
}

export interface Recording {
  readonly steps: RecordedStep[];
  /** Why the function stopped early (it threw), or null. */
  readonly failure: { readonly message: string; readonly line: number } | null;
  /** `op.execute` SQL that the parser rejected: the parser's message and the line. */
  readonly syntaxErrors: { readonly message: string; readonly line: number }[];
}

export interface RecordOptions {
  /** The revision file: its absolute path and text. */
  readonly path: string;
  readonly source: string;
  /** `export const transactional = false` makes this false. */
  readonly transactional: boolean;
  readonly lexer: SqlLexer;
  readonly reader: SqlReader | null;
  readonly context?: RunContext | undefined;
  /** Where the function's code starts in the file (calls are looked up from there when the stack doesn't tell). */
  readonly functionStart?: number;
}

const TRANSACTION_CONTROL = "OPERATION.TRANSACTION_CONTROL";

/** Records what `fn` (a revision's upgrade or downgrade) does. */
export async function recordRevisionFunction(fn: (op: MigrationOps) => unknown, options: RecordOptions): Promise<Recording> {
  const steps: RecordedStep[] = [];
  const syntaxErrors: { message: string; line: number }[] = [];
  let autocommitDepth = 0;
  let current: { line: number } | null = null;
  const callCounts = new Map<string, number>();
  const inTransaction = () => options.transactional && autocommitDepth === 0;

  const push = (subject: LintSubject, line: number, callLine: number) => steps.push({ subject, line, callLine, inTransaction: inTransaction() });

  const recordSql = (sql: string, callLine: number) => {
    if (options.reader) {
      let read: ReturnType<SqlReader["read"]>;
      try {
        read = options.reader.read(sql);
      } catch (e) {
        syntaxErrors.push({ message: e instanceof Error ? e.message : String(e), line: callLine });
        return;
      }
      const lines = statementLines(options.source, callLine, sql);
      for (const s of read) if (s.subject) push(s.subject, lines(s.offset), callLine);
      return;
    }
    // no parser: the lexer splits the SQL and tells what each statement starts like
    const lines = statementLines(options.source, callLine, sql);
    for (const s of options.lexer.splitStatements(sql)) {
      const subject = lexedSubject(s, options.lexer);
      if (subject) push(subject, lines(s.start), callLine);
    }
  };

  const executor: OperationExecutor = {
    offline: true,
    async run(op: Operation) {
      const callLine = current?.line ?? 0;
      if (op.kind === "execute") recordSql(op.sql, callLine);
      else push({ kind: "operation", op }, callLine, callLine);
    },
    async query<R>(sql: string): Promise<R[]> {
      recordSql(sql, current?.line ?? 0);
      return [];
    },
    async autocommit<T>(body: () => Promise<T>): Promise<T> {
      autocommitDepth++;
      try {
        return await body();
      } finally {
        autocommitDepth--;
      }
    },
  };
  const real = new MigrationOps(executor, { offline: true, context: options.context, sqlLexer: options.lexer });
  const op = new Proxy(real, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver) as unknown;
      if (typeof value !== "function" || typeof prop !== "string" || prop === "constructor") return value;
      return (...args: unknown[]) => {
        const nth = callCounts.get(prop) ?? 0;
        callCounts.set(prop, nth + 1);
        const line = callLineOf(new Error().stack, prop, nth, options);
        const outer = current;
        current = { line };
        let result: unknown;
        try {
          result = (value as (...a: unknown[]) => unknown).apply(target, args);
        } finally {
          current = outer;
        }
        if (result instanceof Promise) {
          return result.catch((e: unknown) => {
            // refused at once by the real op; the linter reports it instead of stopping there
            if (isAthanorError(e) && e.code === TRANSACTION_CONTROL && (prop === "execute" || prop === "query")) {
              recordSql(String(args[0]), line);
              return prop === "query" ? [] : undefined;
            }
            throw e;
          });
        }
        return result;
      };
    },
  });

  let failure: Recording["failure"] = null;
  try {
    await fn(op);
  } catch (e) {
    const message = e instanceof Error ? e.message.split("\n")[0] || e.name : describeThrown(e);
    failure = { message, line: (e instanceof Error ? lineInStack(e.stack, options.path) : null) ?? steps.at(-1)?.callLine ?? 1 };
  }
  return { steps, failure, syntaxErrors };
}

/**
 * The line of the `nth` call of `op.<method>`: from the stack when the file's
 * line there holds the call (a loader may shift lines), else the `nth`
 * `.method(` in the text.
 */
function callLineOf(stack: string | undefined, method: string, nth: number, options: RecordOptions): number {
  const fromStack = lineInStack(stack, options.path);
  const lines = options.source.split("\n");
  if (fromStack !== null && lines[fromStack - 1]?.includes(method)) return fromStack;
  return lineOfNthCall(options.source, method, nth, options.functionStart ?? 0) ?? fromStack ?? 0;
}

/**
 * The lines of the statements of `sql`, passed by the call at `callLine`, in
 * the order they come (each by its offset in `sql`). When the SQL is written
 * in the file, a statement is where its lines are, counted from the previous
 * statement: its first line alone may repeat (Prisma's `ALTER TABLE "t"` before
 * the actions, on several statements) and is then found at the right one.
 * SQL read from elsewhere or written with escapes gives the call's line.
 */
export function statementLines(source: string, callLine: number, sql: string): (offset: number) => number {
  const lines = source.split("\n");
  let previous = { line: callLine, offset: 0 };
  return (offset) => {
    if (callLine <= 0) return callLine;
    // where the statement is if the SQL is in the file as written, from the call's first SQL line on
    const expected = previous.line + lineAt(sql, offset) - lineAt(sql, previous.offset);
    const line = statementLine(lines, sql.slice(offset).split("\n"), expected);
    if (line !== null) previous = { line, offset };
    return line ?? callLine;
  };
}

/**
 * The file line at or a little after `from` (an interpolated value may add lines) that holds `statement`'s first
 * line, or null. `--` comment lines are not looked for (Prisma writes the same ones above many statements).
 */
function statementLine(lines: readonly string[], statement: readonly string[], from: number): number | null {
  const k = statement.findIndex((l) => l.trim() !== "" && !l.trim().startsWith("--"));
  if (k === -1) return null;
  const forms = writtenForms((statement[k] as string).trim());
  for (let i = from - 1 + k; i < Math.min(lines.length, from - 1 + k + 50); i++) {
    const line = lines[i] as string;
    if (forms.some((form) => line.includes(form))) return i + 1 - k;
  }
  return null;
}

/** A line of SQL as the file may spell it: as is, or escaped inside a "…", '…' or `…` string. */
function writtenForms(text: string): string[] {
  const backslashed = text.replace(/\\/g, "\\\\");
  return [text, JSON.stringify(text).slice(1, -1), backslashed.replace(/'/g, "\\'"), backslashed.replace(/`/g, "\\`").replace(/\$\{/g, "\\${")];
}
