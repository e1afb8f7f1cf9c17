/**
 * Raw SQL of `op.execute` on MySQL and MariaDB, for `athanor lint`: the
 * server's lexical rules (sql-scan.ts: backticks, `#` comments, executable
 * comments, DELIMITER) and the common DDL shapes (src/lint/ddl-shapes.ts),
 * plus what MySQL writes its own way: `MODIFY`/`CHANGE` (a column redefined:
 * op.alterColumn with its type), `ADD [FULLTEXT|SPATIAL] INDEX`, `RENAME
 * TABLE a TO b`, and `ALGORITHM=`/`LOCK=` (the server refuses what it can't do
 * that way, as with the `mysql: { algorithm, lock }` options).
 */
import { alterColumnOp } from "../../../operations/alter-column.js";
import type { Operation } from "../../../operations/operation.js";
import { renameTableOp } from "../../../operations/rename-table.js";
import { type DdlGrammar, type DdlPart, type DdlReader, isNameToken, type SqlToken, type TableName, wordOf } from "../../../lint/ddl-shapes.js";
import { tokenSqlReader } from "../../../lint/token-sql-reader.js";
import type { SqlReader } from "../../../lint/types.js";
import type { MysqlAlgorithm, MysqlLock } from "../options.js";
import { splitSqlStatements } from "../sql-scan.js";
import { mysqlSqlLexer } from "../sql-lexer.js";
import { typeFromCatalog } from "../type-text.js";

function unquote(text: string): string {
  return text.slice(1, -1).split("``").join("`");
}

function tokens(statement: string): SqlToken[] {
  // offsets in `statement`, which is one statement as the lexer cut it
  const scanned = splitSqlStatements(statement)[0];
  if (!scanned) return [];
  return scanned.tokens.map((t) => ({
    kind: t.kind === "identifier" ? "name" : t.kind === "word" || t.kind === "string" || t.kind === "number" ? t.kind : "punct",
    text: t.text,
    name: t.kind === "identifier" ? unquote(t.text) : t.text,
    start: t.start,
    end: t.end,
  }));
}

/** `MODIFY [COLUMN] c <definition>` or `CHANGE [COLUMN] old new <definition>`: the column redefined. */
function redefinition(table: TableName, action: readonly SqlToken[], reader: DdlReader): DdlPart[] | null {
  const verb = wordOf(action[0]);
  if (verb !== "MODIFY" && verb !== "CHANGE") return null;
  const at = wordOf(action[1]) === "COLUMN" ? 2 : 1;
  const old = action[at];
  if (!isNameToken(old)) return null;
  const definition = action.slice(verb === "CHANGE" ? at + 1 : at);
  const column = reader.column(definition);
  const renamed = verb === "CHANGE" && column.name.toLowerCase() !== old.name.toLowerCase();
  const charset = column.mysql?.charset;
  return [
    {
      op: alterColumnOp(table.table, old.name, {
        ...(table.schema ? { schema: table.schema } : {}),
        type: column.type.kind === "enum" ? { ...column.type, name: column.name } : column.type,
        ...(column.nullable !== undefined ? { nullable: column.nullable } : {}),
        ...(renamed ? { newName: column.name } : {}),
        ...(charset ? { mysql: { charset } } : {}),
      }),
    },
  ];
}

/** `CHARACTER SET x` or `CHARSET x` in a column definition (what the column is re-encoded to). */
function charsetOf(definition: readonly SqlToken[]): string | undefined {
  for (let i = 0; i < definition.length; i++) {
    const w = wordOf(definition[i]);
    const at = w === "CHARSET" ? i + 1 : w === "CHARACTER" && wordOf(definition[i + 1]) === "SET" ? i + 2 : -1;
    const value = at < 0 ? undefined : definition[at]?.text === "=" ? definition[at + 1] : definition[at];
    if (value && (value.kind === "word" || value.kind === "name" || value.kind === "string")) return value.name.replace(/^'(.*)'$/, "$1");
  }
  return undefined;
}

const ONLINE = new Set(["ALGORITHM", "LOCK"]);

const grammar: DdlGrammar = {
  columnType(text) {
    try {
      // the values of an ENUM as written (the type's words are lower-cased by typeFromCatalog, not its strings);
      // the enum is named after its column by redefinition() and the rules look it up by column
      return typeFromCatalog(text, "");
    } catch {
      return { kind: "raw", sql: text, dialect: "mysql" };
    }
  },
  columnCharset: charsetOf,
  actionLists: true,
  indexKind: (word) => (word === "FULLTEXT" ? { mysql: { indexType: "fulltext" } } : word === "SPATIAL" ? { mysql: { indexType: "spatial" } } : null),
  alterAction(table, action, reader) {
    // ALGORITHM=…, LOCK=…: options of the whole statement (see withOnlineOptions)
    if (ONLINE.has(wordOf(action[0]))) return [];
    return redefinition(table, action, reader);
  },
  statement(tokens) {
    // RENAME TABLE a TO b [, c TO d …]
    if (wordOf(tokens[0]) !== "RENAME" || !["TABLE", "TABLES"].includes(wordOf(tokens[1]))) return null;
    const out: DdlPart[] = [];
    for (let i = 2; i + 2 < tokens.length; i += 4) {
      const from = tokens[i];
      const to = tokens[i + 2];
      if (!isNameToken(from) || wordOf(tokens[i + 1]) !== "TO" || !isNameToken(to)) return null;
      out.push({ op: renameTableOp(from.name, to.name) });
    }
    return out;
  },
  finish: (parts, tokens) => withOnlineOptions(parts, tokens),
};

/** `ALGORITHM=INPLACE, LOCK=NONE` of the statement, carried by each of its operations as `mysql: { algorithm, lock }`. */
function withOnlineOptions(parts: DdlPart[], tokens: readonly SqlToken[]): DdlPart[] {
  const online: { algorithm?: MysqlAlgorithm; lock?: MysqlLock } = {};
  for (let i = 0; i < tokens.length; i++) {
    const w = wordOf(tokens[i]);
    if (!ONLINE.has(w) || (i > 0 && tokens[i - 1]?.text !== "," && wordOf(tokens[i - 1]) !== "TABLE" && !isNameToken(tokens[i - 1]))) continue;
    const value = tokens[i + 1]?.text === "=" ? tokens[i + 2] : tokens[i + 1];
    if (!value || value.kind !== "word") continue;
    if (w === "ALGORITHM") online.algorithm = value.text.toLowerCase() as MysqlAlgorithm;
    else online.lock = value.text.toLowerCase() as MysqlLock;
  }
  if (online.algorithm === undefined && online.lock === undefined) return parts;
  return parts.map((p) => {
    if (!("op" in p)) return p;
    const op = p.op as Operation & { mysql?: object };
    if (!["alterColumn", "addColumn", "dropColumn", "createIndex", "createForeignKey", "createCheckConstraint", "createPrimaryKey", "dropConstraint"].includes(op.kind)) return p;
    return { op: { ...op, mysql: { ...op.mysql, ...online } } as Operation };
  });
}

const tokenReader = tokenSqlReader(mysqlSqlLexer, tokens, grammar);

/**
 * `--` starts a comment on MySQL and MariaDB only when a space or a control character follows it: drizzle-kit's
 * `--> statement-breakpoint` marker, written after each `;`, is not one, and the server rejects the statement it
 * begins. Said here, since nothing else in this reader rejects SQL.
 */
function rejectDashDash(sql: string): void {
  for (const s of mysqlSqlLexer.splitStatements(sql)) {
    const m = /^\s*(--\S.*)/.exec(s.text);
    if (!m) continue;
    const marker = m[1]!.slice(0, 40);
    const hint = /statement-breakpoint/.test(marker)
      ? ": split drizzle-kit's SQL at its markers (one op.execute per piece, e.g. sql.split(\"--> statement-breakpoint\"))"
      : "";
    throw new Error(`\`${marker}\` is not a comment on MySQL or MariaDB (\`--\` needs a space after it), so the server rejects this statement${hint}`);
  }
}

export const mysqlSqlReader: SqlReader = {
  expressions: tokenReader.expressions,
  read(sql) {
    rejectDashDash(sql);
    return tokenReader.read(sql);
  },
};
