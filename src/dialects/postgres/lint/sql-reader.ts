/**
 * Raw SQL of `op.execute`, read by PostgreSQL's own parser (npm libpg-query,
 * compiled to WebAssembly) into what the lint rules read: a statement that
 * amounts to an operation becomes that operation (`CREATE INDEX` a
 * createIndex, `ALTER TABLE … ADD CONSTRAINT … FOREIGN KEY` a
 * createForeignKey…), so that one rule covers `op.*` calls and SQL alike.
 */
import type { ColumnDefinition, ColumnReference } from "../../../schema/column.js";
import type { ForeignKeyDefinition } from "../../../schema/constraints.js";
import { sql as sqlText } from "../../../schema/sql-expression.js";
import { addColumnOp } from "../../../operations/add-column.js";
import { addEnumValueOp } from "../../../operations/add-enum-value.js";
import { alterColumnOp } from "../../../operations/alter-column.js";
import { createCheckConstraintOp } from "../../../operations/create-check-constraint.js";
import { createEnumOp } from "../../../operations/create-enum.js";
import { createForeignKeyOp } from "../../../operations/create-foreign-key.js";
import { createIndexOp } from "../../../operations/create-index.js";
import { createPrimaryKeyOp } from "../../../operations/create-primary-key.js";
import { createTableOp } from "../../../operations/create-table.js";
import { createUniqueConstraintOp } from "../../../operations/create-unique-constraint.js";
import { dropColumnOp } from "../../../operations/drop-column.js";
import { dropConstraintOp } from "../../../operations/drop-constraint.js";
import { dropIndexOp } from "../../../operations/drop-index.js";
import { dropTableOp } from "../../../operations/drop-table.js";
import type { Operation } from "../../../operations/operation.js";
import { renameEnumValueOp } from "../../../operations/rename-enum-value.js";
import { renameTableOp } from "../../../operations/rename-table.js";
import type { ExpressionReader, LintSubject, ReadStatement, SqlReader } from "../../../lint/types.js";
import { functionNames, list, type Node, obj, str, strings, unwrap } from "./ast.js";
import { columnTypeOf } from "./type-name.js";

/** What libpg-query exports (its types package is not needed). */
export interface PgQuery {
  parseSync(sql: string): { stmts?: unknown[] };
}

/** Functions whose value differs per row or per call (PostgreSQL's VOLATILE ones that people put in defaults). */
const VOLATILE = new Set([
  "random",
  "gen_random_uuid",
  "uuid_generate_v1",
  "uuid_generate_v1mc",
  "uuid_generate_v4",
  "uuidv4",
  "uuidv7",
  "clock_timestamp",
  "timeofday",
  "nextval",
  "setseed",
  "random_normal",
]);

const TRANSACTION_WORDS: Record<string, string> = {
  TRANS_STMT_BEGIN: "BEGIN",
  TRANS_STMT_START: "START TRANSACTION",
  TRANS_STMT_COMMIT: "COMMIT",
  TRANS_STMT_ROLLBACK: "ROLLBACK",
  TRANS_STMT_SAVEPOINT: "SAVEPOINT",
  TRANS_STMT_RELEASE: "RELEASE SAVEPOINT",
  TRANS_STMT_ROLLBACK_TO: "ROLLBACK TO SAVEPOINT",
  TRANS_STMT_PREPARE: "PREPARE TRANSACTION",
  TRANS_STMT_COMMIT_PREPARED: "COMMIT PREPARED",
  TRANS_STMT_ROLLBACK_PREPARED: "ROLLBACK PREPARED",
};

/** Statements that read or write rows, or set things up for the session: not schema changes. */
const NOT_DDL = new Set(["SelectStmt", "InsertStmt", "UpdateStmt", "DeleteStmt", "MergeStmt", "CopyStmt", "VariableSetStmt", "VariableShowStmt", "ExplainStmt", "DoStmt", "CallStmt", "NotifyStmt", "LockStmt"]);

function relation(v: unknown): { table: string; schema?: string } {
  const r = obj(v);
  const table = str(r?.relname) ?? "";
  const schema = str(r?.schemaname);
  return schema ? { table, schema } : { table };
}

/** The default as an expression whose only content is its function calls (enough to judge volatility). */
function defaultOf(expr: unknown) {
  const fns = functionNames(expr);
  return sqlText(fns.length === 0 ? "NULL" : fns.map((f) => `${f}()`).join(", "));
}

function columnOf(def: Node): ColumnDefinition {
  const c: { -readonly [K in keyof ColumnDefinition]?: ColumnDefinition[K] } = { name: str(def.colname) ?? "", type: columnTypeOf(obj(def.typeName)) };
  for (const n of list(def.constraints)) {
    const con = obj(n.Constraint);
    switch (str(con?.contype)) {
      case "CONSTR_NOTNULL":
        c.nullable = false;
        break;
      case "CONSTR_NULL":
        c.nullable = true;
        break;
      case "CONSTR_DEFAULT":
        c.default = defaultOf(con?.raw_expr);
        break;
      case "CONSTR_PRIMARY":
        c.primaryKey = true;
        break;
      case "CONSTR_UNIQUE":
        c.unique = true;
        break;
      case "CONSTR_IDENTITY":
        c.identity = str(con?.generated_when) === "a" ? "always" : "byDefault";
        break;
      case "CONSTR_GENERATED":
        c.generated = { expression: "generated", stored: con?.generated_kind !== "ATTRIBUTE_IDENTITY_VIRTUAL" };
        break;
      case "CONSTR_FOREIGN": {
        const ref: ColumnReference = { table: relation(con?.pktable).table };
        c.references = ref;
        break;
      }
    }
  }
  return c as ColumnDefinition;
}

function alterTable(stmt: Node, text: string): LintSubject[] {
  const { table, schema } = relation(stmt.relation);
  const opts = schema ? { schema } : {};
  const out: LintSubject[] = [];
  const op = (o: Operation) => out.push({ kind: "operation", op: o, sql: text });
  const other = (what: string) => out.push({ kind: "statement", sql: text, ddl: true, table, what });
  if (str(stmt.objtype) !== "OBJECT_TABLE") {
    other(`ALTER ${(str(stmt.objtype) ?? "").replace(/^OBJECT_/, "")}`);
    return out;
  }
  for (const n of list(stmt.cmds)) {
    const cmd = obj(n.AlterTableCmd);
    if (!cmd) continue;
    const name = str(cmd.name) ?? "";
    const subtype = str(cmd.subtype) ?? "";
    switch (subtype) {
      case "AT_AddColumn": {
        const def = obj(obj(cmd.def)?.ColumnDef);
        if (def) op(addColumnOp(table, columnOf(def), opts));
        break;
      }
      case "AT_DropColumn":
        op(dropColumnOp(table, name, opts));
        break;
      case "AT_AlterColumnType":
        op(alterColumnOp(table, name, { ...opts, type: columnTypeOf(obj(obj(obj(cmd.def)?.ColumnDef)?.typeName)) }));
        break;
      case "AT_SetNotNull":
        op(alterColumnOp(table, name, { ...opts, nullable: false }));
        break;
      case "AT_DropNotNull":
        op(alterColumnOp(table, name, { ...opts, nullable: true }));
        break;
      case "AT_AddConstraint": {
        const con = obj(obj(cmd.def)?.Constraint);
        const conname = str(con?.conname) ?? null;
        const notValid = con?.skip_validation === true;
        switch (str(con?.contype)) {
          case "CONSTR_FOREIGN": {
            const ref = relation(con?.pktable);
            op(createForeignKeyOp(conname, table, strings(con?.fk_attrs), ref.table, strings(con?.pk_attrs), { ...opts, ...(notValid ? { notValid } : {}) }));
            break;
          }
          case "CONSTR_CHECK":
            op(createCheckConstraintOp(conname, table, "check", { ...opts, ...(notValid ? { notValid } : {}) }));
            break;
          case "CONSTR_UNIQUE":
            if (str(con?.indexname)) other("ADD CONSTRAINT ... UNIQUE USING INDEX");
            else op(createUniqueConstraintOp(conname, table, strings(con?.keys), opts));
            break;
          case "CONSTR_PRIMARY":
            if (str(con?.indexname)) other("ADD CONSTRAINT ... PRIMARY KEY USING INDEX");
            else op(createPrimaryKeyOp(conname, table, strings(con?.keys), opts));
            break;
          default:
            other("ADD CONSTRAINT");
        }
        break;
      }
      case "AT_DropConstraint":
        op(dropConstraintOp(name, table, opts));
        break;
      case "AT_ValidateConstraint":
        out.push({ kind: "statement", sql: text, ddl: true, table, what: "ALTER TABLE VALIDATE CONSTRAINT", validates: name });
        break;
      default:
        other(`ALTER TABLE ${subtype.replace(/^AT_/, "")}`);
    }
  }
  return out;
}

function createTable(stmt: Node, text: string): LintSubject {
  const { table, schema } = relation(stmt.relation);
  const columns: ColumnDefinition[] = [];
  const foreignKeys: ForeignKeyDefinition[] = [];
  let primaryKey: string[] | undefined;
  for (const e of list(stmt.tableElts)) {
    const def = obj(e.ColumnDef);
    if (def) columns.push(columnOf(def));
    const con = obj(e.Constraint);
    if (str(con?.contype) === "CONSTR_PRIMARY") primaryKey = strings(con?.keys);
    if (str(con?.contype) === "CONSTR_FOREIGN")
      foreignKeys.push({ columns: strings(con?.fk_attrs), refTable: relation(con?.pktable).table, refColumns: strings(con?.pk_attrs) });
  }
  const op = createTableOp(table, {
    ...(schema ? { schema } : {}),
    columns,
    ...(primaryKey ? { primaryKey: { columns: primaryKey } } : {}),
    ...(foreignKeys.length > 0 ? { foreignKeys } : {}),
  });
  return { kind: "operation", op, sql: text };
}

/** What one parsed statement is, for the rules. */
function subjectsOf(type: string, stmt: Node, text: string): LintSubject[] {
  const op = (o: Operation): LintSubject[] => [{ kind: "operation", op: o, sql: text }];
  switch (type) {
    case "IndexStmt": {
      const { table, schema } = relation(stmt.relation);
      const columns = list(stmt.indexParams).map((p) => str(obj(p.IndexElem)?.name) ?? "(expression)");
      return op(
        createIndexOp(str(stmt.idxname) ?? `(unnamed index on ${table})`, table, columns, {
          ...(schema ? { schema } : {}),
          ...(stmt.unique === true ? { unique: true } : {}),
          ...(stmt.concurrent === true ? { concurrently: true } : {}),
        }),
      );
    }
    case "DropStmt": {
      const kind = str(stmt.removeType);
      const names = list(stmt.objects).map((o) => strings(obj(o.List)?.items));
      if (kind === "OBJECT_INDEX")
        return names.flatMap((n) =>
          op(dropIndexOp(n.at(-1) ?? "", { ...(n.length > 1 ? { schema: n[0] as string } : {}), ...(stmt.concurrent === true ? { concurrently: true } : {}) })),
        );
      if (kind === "OBJECT_TABLE") return names.flatMap((n) => op(dropTableOp(n.at(-1) ?? "", n.length > 1 ? { schema: n[0] as string } : undefined)));
      return [{ kind: "statement", sql: text, ddl: true, what: `DROP ${(kind ?? "").replace(/^OBJECT_/, "")}` }];
    }
    case "AlterTableStmt":
      return alterTable(stmt, text);
    case "CreateStmt":
      return [createTable(stmt, text)];
    case "RenameStmt": {
      const { table, schema } = relation(stmt.relation);
      const newName = str(stmt.newname) ?? "";
      if (stmt.renameType === "OBJECT_TABLE") return op(renameTableOp(table, newName, schema ? { schema } : undefined));
      if (stmt.renameType === "OBJECT_COLUMN") return op(alterColumnOp(table, str(stmt.subname) ?? "", { ...(schema ? { schema } : {}), newName }));
      return [{ kind: "statement", sql: text, ddl: true, what: "RENAME", ...(table ? { table } : {}) }];
    }
    case "CreateEnumStmt":
      return op(createEnumOp(strings(stmt.typeName).at(-1) ?? "", strings(stmt.vals)));
    case "AlterEnumStmt": {
      const typeName = strings(stmt.typeName).at(-1) ?? "";
      const value = str(stmt.newVal) ?? "";
      const old = str(stmt.oldVal);
      if (old) return op(renameEnumValueOp(typeName, old, value));
      const neighbor = str(stmt.newValNeighbor);
      const place = neighbor ? (stmt.newValIsAfter === true ? { after: neighbor } : { before: neighbor }) : {};
      return op(addEnumValueOp(typeName, value, place));
    }
    case "VariableSetStmt":
      return str(stmt.name) ? [{ kind: "setting", name: str(stmt.name) as string, sql: text }] : [];
    case "SelectStmt": {
      // SELECT set_config('lock_timeout', '2s', true)
      const target = list(stmt.targetList).map((t) => obj(obj(t.ResTarget)?.val))[0];
      const call = obj(target?.FuncCall);
      if (call && strings(call.funcname).at(-1) === "set_config") {
        const first = obj(obj(list(call.args)[0]?.A_Const)?.sval)?.sval;
        if (typeof first === "string") return [{ kind: "setting", name: first, sql: text }];
      }
      return [];
    }
    case "TransactionStmt":
      return [{ kind: "transactionControl", keyword: TRANSACTION_WORDS[str(stmt.kind) ?? ""] ?? "transaction control", sql: text }];
    default: {
      if (NOT_DDL.has(type)) return [];
      const table = relation(stmt.relation).table;
      return [{ kind: "statement", sql: text, ddl: true, what: type.replace(/Stmt$/, ""), ...(table ? { table } : {}) }];
    }
  }
}

/**
 * The statements of a `DO` block that only wraps them: `DO $$ BEGIN <statements> [EXCEPTION WHEN … THEN …] END $$`,
 * as drizzle-kit writes its foreign keys (`EXCEPTION WHEN duplicate_object THEN null`) and people write idempotent
 * migrations. Each with its offset in the block's body. Any other PL/pgSQL (IF, loops, variables) gives none.
 */
function wrappedStatements(pg: PgQuery, stmt: Node): { body: string; stmts: unknown[] } | null {
  const language = list(stmt.args).map((a) => obj(a.DefElem)).find((d) => str(d?.defname) === "language");
  if (language && str(obj(obj(language.arg)?.String)?.sval)?.toLowerCase() !== "plpgsql") return null;
  const as = list(stmt.args).map((a) => obj(a.DefElem)).find((d) => str(d?.defname) === "as");
  const body = str(obj(obj(as?.arg)?.String)?.sval);
  if (body === undefined) return null;
  const m = /^(\s*BEGIN\b)([\s\S]*?)(?:\bEXCEPTION\b[\s\S]*)?\bEND\s*;?\s*$/i.exec(body);
  if (!m) return null;
  const inner = " ".repeat((m[1] as string).length) + (m[2] as string);
  try {
    return { body, stmts: pg.parseSync(inner).stmts ?? [] };
  } catch {
    return null;
  }
}

export function postgresSqlReader(pg: PgQuery): SqlReader {
  const expressions: ExpressionReader = {
    volatileFunction(expression) {
      let names: string[];
      try {
        names = functionNames(pg.parseSync(`SELECT ${expression}`).stmts);
      } catch {
        return null;
      }
      return names.find((n) => VOLATILE.has(n)) ?? null;
    },
  };
  return {
    expressions,
    read(sql) {
      const out: ReadStatement[] = [];
      for (const raw of pg.parseSync(sql).stmts ?? []) {
        const s = obj(raw);
        const loc = typeof s?.stmt_location === "number" ? s.stmt_location : 0;
        const len = typeof s?.stmt_len === "number" && s.stmt_len > 0 ? s.stmt_len : sql.length - loc;
        const slice = sql.slice(loc, loc + len);
        const offset = loc + (slice.length - slice.trimStart().length);
        const text = slice.trim();
        const node = unwrap(s?.stmt);
        if (!node) continue;
        const wrapped = node[0] === "DoStmt" ? wrappedStatements(pg, node[1]) : null;
        if (wrapped) {
          // each wrapped statement as if written alone, at its place inside the block
          const bodyAt = offset + Math.max(0, text.indexOf(wrapped.body));
          for (const w of wrapped.stmts) {
            const ws = obj(w);
            const wloc = typeof ws?.stmt_location === "number" ? ws.stmt_location : 0;
            const wlen = typeof ws?.stmt_len === "number" && ws.stmt_len > 0 ? ws.stmt_len : wrapped.body.length - wloc;
            const wslice = wrapped.body.slice(wloc, wloc + wlen);
            const wnode = unwrap(ws?.stmt);
            if (!wnode) continue;
            const woffset = bodyAt + wloc + (wslice.length - wslice.trimStart().length);
            for (const subject of subjectsOf(wnode[0], wnode[1], wslice.trim())) out.push({ subject, offset: woffset });
          }
          continue;
        }
        for (const subject of subjectsOf(node[0], node[1], text)) out.push({ subject, offset });
      }
      return out;
    },
  };
}
