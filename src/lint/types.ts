/**
 * The linter's vocabulary: what a revision does (subjects: operations, and
 * the few statement facts no operation expresses), where it does it (items,
 * with the line in the revision file), the rules that read them, and what
 * they find.
 */
import type { DialectCapabilities, SqlLexer } from "../dialects/dialect.js";
import type { Operation } from "../operations/operation.js";
import type { ColumnType } from "../schema/column-type.js";

export type Severity = "error" | "warning";
export type SeveritySetting = Severity | "off";

/**
 * What one step of a revision does. Operations come from `op.*` calls, or
 * from a statement of `op.execute` SQL that the dialect's SQL reader turned
 * into the operation it amounts to (then `sql` holds that statement).
 */
export type LintSubject =
  | {
      readonly kind: "operation";
      readonly op: Operation;
      readonly sql?: string;
      /** The second, third… operation of one statement (an ALTER TABLE with several actions): 1, 2…; absent for the first. */
      readonly part?: number;
    }
  /** A session setting (`SET lock_timeout = '2s'`). */
  | { readonly kind: "setting"; readonly name: string; readonly sql: string }
  /** BEGIN, COMMIT, ROLLBACK, SAVEPOINT… in raw SQL. */
  /** `refusal`: refused alike for a reason of its own (MySQL's USE), see StatementFinding.refusal. */
  | { readonly kind: "transactionControl"; readonly keyword: string; readonly sql: string; readonly refusal?: string }
  /**
   * Any other statement of raw SQL: `ddl` when it changes the schema,
   * `table` when it locks an existing table (`ALTER TABLE t VALIDATE CONSTRAINT`).
   */
  | {
      readonly kind: "statement";
      readonly sql: string;
      readonly ddl: boolean;
      readonly table?: string;
      readonly what: string;
      /** The constraint that `ALTER TABLE t VALIDATE CONSTRAINT c` validates. */
      readonly validates?: string;
    };

export type Direction = "upgrade" | "downgrade";

/** One subject in its place: the revision, the function, the line, and what the revision had created before it. */
export interface LintItem {
  readonly subject: LintSubject;
  readonly direction: Direction;
  /** Line (1-based) of what to point at: the op call, or the statement inside the SQL. */
  readonly line: number;
  /** Line of the `op.*` call the subject came from (ignore comments attach to it). */
  readonly callLine: number;
  /** Runs inside the revision's transaction (a transactional revision, outside `op.autocommit`). */
  readonly inTransaction: boolean;
  /** Tables this revision created before this step (lower-case names): they are new, so not busy. */
  readonly newTables: ReadonlySet<string>;
  /** Columns this revision added before this step, as `table.column` (lower-case). */
  readonly newColumns: ReadonlySet<string>;
  /** Enum types this revision created before this step (lower-case). */
  readonly newTypes: ReadonlySet<string>;
  /** Indexes this revision created before this step (lower-case). */
  readonly newIndexes: ReadonlySet<string>;
}

/** What a rule is told besides the items. */
export interface LintContext {
  readonly capabilities: DialectCapabilities;
  readonly sqlLexer: SqlLexer;
  /** The revision declares `export const transactional = false`. */
  readonly transactional: boolean;
  /** `lockTimeout` is set in the config: every migration session has one. */
  readonly lockTimeoutConfigured: boolean;
  /** The dialect's reading of SQL expressions (volatility of a default). */
  readonly expressions: ExpressionReader;
  /**
   * The tables whose foreign keys point at a table before this revision, as the history built them
   * (foreign-key-graph.ts); absent or null when not known (rules then assume the worst).
   */
  readonly referencedBy?: ((table: string, schema?: string) => readonly string[]) | null;
  /**
   * An inline enum column's values before this revision, as the history left them (column-types.ts); undefined when
   * the history doesn't tell, and the function absent or null when the history was not replayed.
   */
  readonly enumValuesBefore?: ((table: string, column: string, schema?: string) => readonly string[] | undefined) | null;
  /**
   * A column's type before this revision, as the history left it (column-types.ts); undefined when the history
   * doesn't tell, and the function absent or null when the history was not replayed.
   */
  readonly columnTypeBefore?: ((table: string, column: string, schema?: string) => ColumnType | undefined) | null;
  /**
   * A MySQL column's character set before this revision, when the history named it (`CHARACTER SET`, `mysql: {
   * charset }`); undefined when it doesn't tell (the table's default), the function absent or null when not replayed.
   */
  readonly columnCharsetBefore?: ((table: string, column: string, schema?: string) => string | undefined) | null;
}

/** Questions about SQL expressions that only the dialect can answer. */
export interface ExpressionReader {
  /** The first function of `expression` whose value changes from row to row (`gen_random_uuid`), or null. */
  volatileFunction(expression: string): string | null;
}

/** What a rule reports about one item. */
export interface RuleHit {
  readonly item: LintItem;
  readonly message: string;
}

export interface LintRule {
  /** Stable id, used in config, ignore comments and output. */
  readonly id: string;
  readonly severity: Severity;
  /** One line: what it catches. */
  readonly summary: string;
  /** The lock taken and what it blocks (or the harm done). */
  readonly lock: string;
  /** The safe way to do it. */
  readonly recipe: string;
  /** The rule reads `LintContext.referencedBy`, `enumValuesBefore` or `columnTypeBefore`: `athanor lint` then replays the history. */
  readonly usesHistory?: boolean;
  /** Whether the rule means anything on a database that can do this (absent: everywhere). */
  appliesTo?(capabilities: DialectCapabilities): boolean;
  /** The hits in one function (upgrade or downgrade) of one revision, in order. */
  check(items: readonly LintItem[], context: LintContext): RuleHit[];
}

export interface LintFinding {
  readonly ruleId: string;
  readonly severity: Severity;
  /** Path relative to the project (what people read). */
  readonly file: string;
  /** Absolute path. */
  readonly path: string;
  readonly line: number;
  readonly revision: string;
  readonly direction: Direction;
  readonly message: string;
  readonly recipe: string;
}

/** A step as a rule sees it: the lower-case name of a table. */
export function key(name: string): string {
  return name.toLowerCase();
}

/** One statement of raw SQL, as the dialect's parser read it. */
export interface ReadStatement {
  /** What it is; null for statements that matter to no rule (SELECT, INSERT…). */
  readonly subject: LintSubject | null;
  /** Where the statement starts in the SQL. */
  readonly offset: number;
}

/** The dialect's SQL parser, loaded by `lint` only. */
export interface SqlReader {
  /** The statements of `sql`; throws an Error whose message is the parser's when the SQL does not parse. */
  read(sql: string): ReadStatement[];
  readonly expressions: ExpressionReader;
}

/** What a dialect offers the linter (Dialect.lint). */
export interface DialectLint {
  /** Rules that only mean something on this dialect. */
  readonly rules: readonly LintRule[];
  /**
   * Loads the dialect's SQL parser. A string when it can't be loaded (its
   * package is not installed): what to install, for a warning; raw SQL is
   * then only split into statements.
   */
  sqlReader(): Promise<SqlReader | string>;
}
