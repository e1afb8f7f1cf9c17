/**
 * MySQL/MariaDB introspector for autogenerate: reads the tables of the
 * current database (and of the other databases the models name) from
 * `information_schema`, values always bound, then turns the rows into the
 * dialect-neutral model (introspect-build.ts, where the servers' quirks are
 * handled). Eleven catalog queries whatever the number of tables.
 */
import type { IntrospectOptions, SchemaIntrospector } from "../../autogenerate/schema-introspector.js";
import type { DatabaseSchema } from "../../autogenerate/schema-model.js";
import type { DatabaseConnection } from "../dialect.js";
import {
  buildSchema,
  type Catalog,
  type CatalogCheck,
  type CatalogRoutine,
  type CatalogTrigger,
  type CatalogView,
  type CatalogColumn,
  type CatalogConstraint,
  type CatalogKeyColumn,
  type CatalogReferential,
  type CatalogStatistic,
  type CatalogTable,
} from "./introspect-build.js";
import { parseServerVersion } from "./server-version.js";

type Row = Record<string, unknown>;

/** Rows with lower-case keys (MySQL 8 returns information_schema names upper-case unless aliased). */
function lowerKeys<T>(rows: readonly Row[]): T[] {
  return rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k.toLowerCase(), v])) as T);
}

function placeholders(n: number): string {
  return Array.from({ length: n }, () => "?").join(", ");
}

/**
 * Reads the catalog rows introspect-build.ts needs. The server prints the
 * expressions it keeps (CHECK clauses, expression defaults, generation
 * expressions) for the session that reads them: under ANSI_QUOTES (also part
 * of ANSI, ORACLE and the other combination modes) with names in double
 * quotes, which read as strings. Such a session reads the catalog with an
 * empty sql_mode, and gets its own back after.
 */
export async function readCatalog(conn: DatabaseConnection, options: IntrospectOptions = {}): Promise<Catalog> {
  const head = await conn.query<Row>("SELECT DATABASE() AS db, VERSION() AS v, @@SESSION.sql_mode AS m");
  const mode = String(head.rows[0]?.m ?? "");
  if (!/(^|,)ANSI_QUOTES(,|$)/i.test(mode)) return readCatalogRows(conn, head.rows[0] ?? {}, options);
  await conn.query("SET SESSION sql_mode = ''");
  try {
    return await readCatalogRows(conn, head.rows[0] ?? {}, options);
  } finally {
    await conn.query("SET SESSION sql_mode = ?", [mode]);
  }
}

async function readCatalogRows(conn: DatabaseConnection, head: Row, options: IntrospectOptions): Promise<Catalog> {
  const database = String(head.db ?? "");
  const version = String(head.v ?? "");
  const server = parseServerVersion(version);
  const schemaRows = await conn.query<Row>("SELECT SCHEMA_NAME AS s FROM information_schema.SCHEMATA ORDER BY 1");
  const existingSchemas = schemaRows.rows.map((r) => String(r.s));
  const schemas = [
    ...new Set(options.schemas && options.schemas.length > 0 ? options.schemas : [database, ...(options.extraSchemas ?? [])]),
  ];
  const inList = placeholders(schemas.length);
  const q = async <T>(sql: string): Promise<T[]> => lowerKeys<T>((await conn.query<Row>(sql, schemas)).rows);

  const tables = await q<CatalogTable>(
    `SELECT TABLE_SCHEMA AS table_schema, TABLE_NAME AS table_name, TABLE_COMMENT AS table_comment, TABLE_COLLATION AS table_collation,
            TABLE_TYPE AS table_type, ENGINE AS engine, @@default_storage_engine AS default_engine, CREATE_OPTIONS AS create_options
       FROM information_schema.TABLES WHERE TABLE_TYPE IN ('BASE TABLE', 'SYSTEM VERSIONED') AND TABLE_SCHEMA IN (${inList})`,
  );
  const columns = await q<CatalogColumn>(
    `SELECT TABLE_SCHEMA AS table_schema, TABLE_NAME AS table_name, COLUMN_NAME AS column_name, ORDINAL_POSITION AS ordinal_position,
            COLUMN_TYPE AS column_type, COLUMN_DEFAULT AS column_default, IS_NULLABLE AS is_nullable, EXTRA AS extra,
            GENERATION_EXPRESSION AS generation_expression, COLLATION_NAME AS collation_name, COLUMN_COMMENT AS column_comment
       FROM information_schema.COLUMNS WHERE TABLE_SCHEMA IN (${inList})`,
  );
  // Functional key parts (EXPRESSION) exist from MySQL 8.0.13; MariaDB has none.
  const hasExpression = !server.mariadb && server.version >= 80013;
  const statistics = await q<CatalogStatistic>(
    `SELECT TABLE_SCHEMA AS table_schema, TABLE_NAME AS table_name, INDEX_NAME AS index_name, NON_UNIQUE AS non_unique,
            SEQ_IN_INDEX AS seq_in_index, COLUMN_NAME AS column_name, COLLATION AS collation, SUB_PART AS sub_part,
            INDEX_TYPE AS index_type, INDEX_COMMENT AS index_comment${hasExpression ? ", EXPRESSION AS expression" : ""}
       FROM information_schema.STATISTICS WHERE TABLE_SCHEMA IN (${inList})`,
  );
  // ENFORCED (NOT ENFORCED checks) exists from MySQL 8.0.16.
  const hasEnforced = !server.mariadb && server.version >= 80016;
  const constraints = await q<CatalogConstraint>(
    `SELECT TABLE_SCHEMA AS table_schema, TABLE_NAME AS table_name, CONSTRAINT_NAME AS constraint_name, CONSTRAINT_TYPE AS constraint_type
            ${hasEnforced ? ", ENFORCED AS enforced" : ""}
       FROM information_schema.TABLE_CONSTRAINTS WHERE TABLE_SCHEMA IN (${inList})`,
  );
  const keyColumns = await q<CatalogKeyColumn>(
    `SELECT TABLE_SCHEMA AS table_schema, TABLE_NAME AS table_name, CONSTRAINT_NAME AS constraint_name, COLUMN_NAME AS column_name,
            ORDINAL_POSITION AS ordinal_position, REFERENCED_TABLE_SCHEMA AS referenced_table_schema,
            REFERENCED_TABLE_NAME AS referenced_table_name, REFERENCED_COLUMN_NAME AS referenced_column_name
       FROM information_schema.KEY_COLUMN_USAGE WHERE REFERENCED_TABLE_NAME IS NOT NULL AND TABLE_SCHEMA IN (${inList})`,
  );
  const referential = await q<CatalogReferential>(
    `SELECT CONSTRAINT_SCHEMA AS constraint_schema, TABLE_NAME AS table_name, CONSTRAINT_NAME AS constraint_name,
            UPDATE_RULE AS update_rule, DELETE_RULE AS delete_rule
       FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA IN (${inList})`,
  );
  // CHECK_CONSTRAINTS: MariaDB 10.2+ (names unique per table, with TABLE_NAME); MySQL 8.0.16+ (names unique per schema).
  const hasChecks = server.mariadb ? server.version >= 100200 : server.version >= 80016;
  const checks = hasChecks
    ? await q<CatalogCheck>(
        `SELECT tc.TABLE_SCHEMA AS table_schema, tc.TABLE_NAME AS table_name, cc.CONSTRAINT_NAME AS constraint_name, cc.CHECK_CLAUSE AS check_clause
           FROM information_schema.TABLE_CONSTRAINTS tc
           JOIN information_schema.CHECK_CONSTRAINTS cc
             ON cc.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA AND cc.CONSTRAINT_NAME = tc.CONSTRAINT_NAME
                ${server.mariadb ? "AND cc.TABLE_NAME = tc.TABLE_NAME" : ""}
          WHERE tc.CONSTRAINT_TYPE = 'CHECK' AND tc.TABLE_SCHEMA IN (${inList})`,
      )
    : [];
  const triggers = await q<CatalogTrigger>(
    `SELECT EVENT_OBJECT_SCHEMA AS table_schema, EVENT_OBJECT_TABLE AS table_name, TRIGGER_NAME AS trigger_name,
            ACTION_STATEMENT AS action_statement
       FROM information_schema.TRIGGERS WHERE EVENT_OBJECT_SCHEMA IN (${inList})`,
  );
  // their bodies name tables the server keeps no dependency for (ROUTINE_DEFINITION is null without the privilege)
  const routines = await q<CatalogRoutine>(
    `SELECT ROUTINE_SCHEMA AS routine_schema, ROUTINE_NAME AS routine_name, ROUTINE_TYPE AS routine_type,
            ROUTINE_DEFINITION AS routine_definition
       FROM information_schema.ROUTINES WHERE ROUTINE_SCHEMA IN (${inList})`,
  );
  const views = await q<CatalogView>(
    `SELECT TABLE_SCHEMA AS table_schema, TABLE_NAME AS table_name, VIEW_DEFINITION AS view_definition
       FROM information_schema.VIEWS WHERE TABLE_SCHEMA IN (${inList})`,
  );
  return {
    database,
    version,
    existingSchemas,
    tables,
    columns,
    statistics,
    constraints,
    keyColumns,
    referential,
    checks,
    triggers,
    views,
    routines,
    queries: hasChecks ? 12 : 11,
  };
}

export async function introspect(conn: DatabaseConnection, options: IntrospectOptions = {}): Promise<DatabaseSchema> {
  return buildSchema(await readCatalog(conn, options), options);
}

export const mysqlIntrospector: SchemaIntrospector = { introspect };
