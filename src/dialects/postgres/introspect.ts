/**
 * Reads the live schema with a fixed number of catalog queries (seven,
 * whatever the number of tables): tables, columns (with defaults, identity
 * and owned sequences), constraints, indexes, enums. Nothing is read per
 * table, so 1,000 tables cost the same round trips as one.
 */
import type { IntrospectOptions, SchemaIntrospector } from "../../autogenerate/schema-introspector.js";
import { describeType } from "../../autogenerate/types.js";
import type { ReferentialAction } from "../../schema/column.js";
import type { ColumnType } from "../../schema/column-type.js";
import type { DatabaseConnection } from "../dialect.js";
import { tablesNamedIn } from "../../util/table-mentions.js";
import { indexDefinitionKeys, splitIndexElement } from "./index-element.js";
import type {
  DatabaseSchema,
  DbCheck,
  DbColumn,
  DbEnum,
  DbForeignKey,
  DbIndex,
  DbPrimaryKey,
  DbRoutine,
  DbTable,
  DbUnique,
} from "../../autogenerate/schema-model.js";

type Row = Record<string, unknown>;

const str = (v: unknown): string => (v === null || v === undefined ? "" : String(v));
const optStr = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));
const num = (v: unknown): number => Number(v);
const bool = (v: unknown): boolean => v === true || v === "t" || v === "true";

function jsonArray<T>(v: unknown): T[] {
  if (v === null || v === undefined) return [];
  if (typeof v === "string") return JSON.parse(v) as T[];
  return v as T[];
}

const ACTIONS: Record<string, ReferentialAction> = {
  a: "no action",
  r: "restrict",
  c: "cascade",
  n: "set null",
  d: "set default",
};

/** A catalog type (name, namespace, kind, typmod) in the schema vocabulary. */
export function catalogType(typname: string, typschema: string, typtype: string, typmod: number, formatted: string): ColumnType {
  if (typtype === "e") return { kind: "enum", name: typname, schema: typschema };
  if (typtype === "d" || typschema !== "pg_catalog") return { kind: "raw", sql: formatted };
  switch (typname) {
    case "int4":
      return { kind: "integer" };
    case "int8":
      return { kind: "bigint" };
    case "int2":
      return { kind: "smallint" };
    case "bool":
      return { kind: "boolean" };
    case "text":
      return { kind: "text" };
    case "varchar":
      return typmod >= 4 ? { kind: "varchar", length: typmod - 4 } : { kind: "varchar" };
    case "bpchar":
      return typmod >= 4 ? { kind: "char", length: typmod - 4 } : { kind: "raw", sql: "bpchar" };
    case "numeric": {
      if (typmod < 4) return { kind: "numeric" };
      const precision = ((typmod - 4) >> 16) & 0xffff;
      const scale = (((typmod - 4) & 0x7ff) ^ 1024) - 1024;
      return { kind: "numeric", precision, scale };
    }
    case "float4":
      return { kind: "real" };
    case "float8":
      return { kind: "double" };
    case "date":
      return { kind: "date" };
    case "time":
      return typmod >= 0 ? { kind: "time", precision: typmod } : { kind: "time" };
    case "timetz":
      return typmod >= 0 ? { kind: "time", precision: typmod, withTimeZone: true } : { kind: "time", withTimeZone: true };
    case "timestamp":
      return typmod >= 0 ? { kind: "timestamp", precision: typmod } : { kind: "timestamp" };
    case "timestamptz":
      return typmod >= 0 ? { kind: "timestamptz", precision: typmod } : { kind: "timestamptz" };
    case "interval":
      return typmod < 0 ? { kind: "interval" } : { kind: "raw", sql: formatted };
    case "uuid":
      return { kind: "uuid" };
    case "json":
      return { kind: "json" };
    case "jsonb":
      return { kind: "jsonb" };
    case "bytea":
      return { kind: "bytea" };
    case "inet":
      return { kind: "inet" };
    default:
      return { kind: "raw", sql: formatted };
  }
}

/**
 * Built-in types the vocabulary names exactly (and their arrays): for these
 * the columns query skips format_type(), which costs on 10,000 columns.
 * (Defaults are deparsed with pg_get_expr(adbin, 0): without a relation it
 * is several times faster, and a default cannot refer to columns.)
 */
const KNOWN_TYPE_NAMES = [
  "int4", "int8", "int2", "bool", "text", "varchar", "bpchar", "numeric", "float4", "float8",
  "date", "time", "timetz", "timestamp", "timestamptz", "uuid", "json", "jsonb", "bytea", "inet",
].flatMap((n) => [n, `_${n}`]);

function columnType(r: Row): ColumnType {
  const formatted = str(r.formatted);
  if (r.elem_name !== null && r.elem_name !== undefined && str(r.typcategory) === "A") {
    const inner = formatted.replace(/(\[\])+$/, "");
    return {
      kind: "array",
      of: catalogType(str(r.elem_name), str(r.elem_schema), str(r.elem_typtype), num(r.atttypmod), inner),
    };
  }
  return catalogType(str(r.typname), str(r.typschema), str(r.typtype), num(r.atttypmod), formatted);
}

const SERIALS: Record<string, ColumnType> = {
  integer: { kind: "serial" },
  bigint: { kind: "bigserial" },
  smallint: { kind: "smallserial" },
};

/** Strips the outer `CHECK (...)` of pg_get_constraintdef. */
function checkBody(def: string): string {
  const m = /^CHECK \(([\s\S]*)\)(\s+NOT VALID)?(\s+NO INHERIT)?$/.exec(def.trim());
  return m ? m[1]!.trim() : def;
}

function key(schema: string, name: string): string {
  return `${schema}\u0000${name}`;
}

/**
 * Reads tables, columns, constraints, indexes and enums of `schemas`.
 * Seven queries in all.
 */
export async function introspect(conn: DatabaseConnection, options: IntrospectOptions = {}): Promise<DatabaseSchema> {
  const head =
    (
      await conn.query<Row>(
        `select current_schema() as s, current_setting('server_version_num')::int as v,
                to_json(array(select nspname::text from pg_catalog.pg_namespace
                               where nspname !~ '^pg_' and nspname <> 'information_schema' order by 1)) as schemas,
                -- SQL and PL/pgSQL routines of the users' schemas (not an extension's): their bodies' tables have no
                -- dependency record, for the warning when one is dropped (src/util/table-mentions.ts)
                to_json(array(select json_build_object('kind', p.prokind, 'name', p.oid::regprocedure::text, 'body', p.prosrc)
                                from pg_catalog.pg_proc p
                                join pg_catalog.pg_namespace pn on pn.oid = p.pronamespace
                                join pg_catalog.pg_language l on l.oid = p.prolang
                               where pn.nspname !~ '^pg_' and pn.nspname <> 'information_schema'
                                 and l.lanname in ('sql', 'plpgsql') and p.prokind in ('f', 'p')
                                 and not exists (select 1 from pg_catalog.pg_depend e
                                                  where e.classid = 'pg_catalog.pg_proc'::regclass and e.objid = p.oid and e.deptype = 'e')
                               order by p.oid::regprocedure::text)) as routines`,
      )
    ).rows[0] ?? {};
  const defaultSchema = str(head.s) || "public";
  const serverVersion = num(head.v);
  const existingSchemas = jsonArray<string>(head.schemas);
  const routines: DbRoutine[] = jsonArray<{ kind: string; name: string; body: string | null }>(head.routines).map((r) => ({
    description: `${r.kind === "p" ? "procedure" : "function"} ${r.name}`,
    tables: tablesNamedIn(r.body ?? "", ['""']),
  }));
  const schemas = [
    ...new Set(options.schemas && options.schemas.length > 0 ? options.schemas : [defaultSchema, ...(options.extraSchemas ?? [])]),
  ];
  const include = options.include;
  const excluded = new Set(
    (options.excludeTables ?? []).map((t) => key(t.schema ?? defaultSchema, t.name)),
  );
  const nnd = serverVersion >= 150000 ? "i.indnullsnotdistinct" : "false";

  // One after the other: a session runs one query at a time anyway.
  const tables = await conn.query<Row>(
      `select c.oid::text as oid, n.nspname as schema, c.relname as name, c.relkind::text as relkind,
              d.description as comment,
              to_json(array(select t.tgname::text from pg_catalog.pg_trigger t
                             where t.tgrelid = c.oid and not t.tgisinternal order by 1)) as triggers,
              to_json(vw.views) as views,
              -- what dropping the table drops with it, or what makes the DROP fail, that createTable can't make again
              to_json(array(select pc.relname::text from pg_catalog.pg_inherits i join pg_catalog.pg_class pc on pc.oid = i.inhrelid
                             where i.inhparent = c.oid and pc.relispartition order by 1)) as partitions,
              to_json(array(select json_build_object('schema', pn.nspname, 'name', pc.relname)
                              from pg_catalog.pg_inherits i
                              join pg_catalog.pg_class pc on pc.oid = i.inhparent
                              join pg_catalog.pg_namespace pn on pn.oid = pc.relnamespace
                             where i.inhrelid = c.oid and not c.relispartition order by i.inhseqno)) as inherits,
              to_json(array(select r.rulename::text from pg_catalog.pg_rewrite r
                             where r.ev_class = c.oid and r.rulename <> '_RETURN' order by 1)) as rules,
              to_json(array(select b from (
                  select 'function ' || dp.objid::regprocedure::text as b from pg_catalog.pg_depend dp
                   where dp.classid = 'pg_catalog.pg_proc'::regclass and dp.refclassid = 'pg_catalog.pg_type'::regclass
                     and dp.refobjid = c.reltype
                  union
                  select 'rule ' || r.rulename::text || ' on ' || rc.relname::text from pg_catalog.pg_depend dr
                    join pg_catalog.pg_rewrite r on r.oid = dr.objid
                    join pg_catalog.pg_class rc on rc.oid = r.ev_class
                   where dr.classid = 'pg_catalog.pg_rewrite'::regclass and dr.refclassid = 'pg_catalog.pg_class'::regclass
                     and dr.refobjid = c.oid and r.ev_class <> c.oid and rc.relkind in ('r', 'p')) blocking order by 1)) as blockers,
              to_json(array_remove(array[
                  case when c.relpersistence = 'u' then 'UNLOGGED persistence' end,
                  case when c.reloptions is not null then 'storage parameters (' || array_to_string(c.reloptions, ', ') || ')' end]
                || array(select 'column ' || a.attname::text || '''s COLLATE '
                                || quote_ident((select co.collname::text from pg_catalog.pg_collation co where co.oid = a.attcollation))
                           from pg_catalog.pg_attribute a
                           join pg_catalog.pg_type ty on ty.oid = a.atttypid
                          where a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped and a.attcollation <> 0
                            and a.attcollation <> ty.typcollation
                          order by a.attnum)
                || array(select 'index ' || ic.relname::text || '''s storage parameters (' || array_to_string(ic.reloptions, ', ') || ')'
                           from pg_catalog.pg_index ix join pg_catalog.pg_class ic on ic.oid = ix.indexrelid
                          where ix.indrelid = c.oid and ic.reloptions is not null order by 1)
                || array(select 'NOT VALID on ' || k.conname::text from pg_catalog.pg_constraint k
                          where k.conrelid = c.oid and not k.convalidated order by 1), null)) as unmade
         from pg_catalog.pg_class c join pg_catalog.pg_namespace n on n.oid = c.relnamespace
         -- the views (and materialized views) that read each table: from the views' rules, not per table
         left join (select dep.refobjid, array_agg(distinct case when vn.nspname = tn.nspname then v.relname::text else vn.nspname || '.' || v.relname end) as views
                      from pg_catalog.pg_class v
                      join pg_catalog.pg_namespace vn on vn.oid = v.relnamespace
                      join pg_catalog.pg_rewrite rw on rw.ev_class = v.oid
                      join pg_catalog.pg_depend dep on dep.classid = 'pg_catalog.pg_rewrite'::regclass and dep.objid = rw.oid
                                                    and dep.refclassid = 'pg_catalog.pg_class'::regclass and dep.refobjid <> v.oid
                      join pg_catalog.pg_class tc on tc.oid = dep.refobjid
                      join pg_catalog.pg_namespace tn on tn.oid = tc.relnamespace
                     where v.relkind in ('v', 'm') and vn.nspname not in ('pg_catalog', 'information_schema') and tn.nspname = any($1::text[])
                     group by dep.refobjid) vw on vw.refobjid = c.oid
         left join pg_catalog.pg_description d on d.objoid = c.oid and d.classoid = 'pg_catalog.pg_class'::regclass and d.objsubid = 0
        where c.relkind in ('r', 'p') and not c.relispartition and n.nspname = any($1::text[])
        order by n.nspname, c.relname`,
      [schemas],
    );
  const columns = await conn.query<Row>(
      `select a.attrelid::text as oid, a.attnum, a.attname as name, a.attnotnull as notnull, a.atttypmod,
              t.typname, tn.nspname as typschema, t.typtype::text as typtype, t.typcategory::text as typcategory,
              et.typname as elem_name, etn.nspname as elem_schema, et.typtype::text as elem_typtype,
              case when tn.nspname = 'pg_catalog' and t.typname = any($2::text[]) then null
                   else format_type(a.atttypid, a.atttypmod) end as formatted,
              case when a.attgenerated = '' then pg_get_expr(d.adbin, 0) else pg_get_expr(d.adbin, d.adrelid) end as "default",
              a.attidentity::text as identity, a.attgenerated::text as generated,
              cd.description as comment
         from pg_catalog.pg_attribute a
         join pg_catalog.pg_class c on c.oid = a.attrelid
         join pg_catalog.pg_namespace n on n.oid = c.relnamespace
         join pg_catalog.pg_type t on t.oid = a.atttypid
         join pg_catalog.pg_namespace tn on tn.oid = t.typnamespace
         left join pg_catalog.pg_type et on et.oid = t.typelem and t.typcategory = 'A'
         left join pg_catalog.pg_namespace etn on etn.oid = et.typnamespace
         left join pg_catalog.pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum
         left join pg_catalog.pg_description cd
           on cd.objoid = a.attrelid and cd.classoid = 'pg_catalog.pg_class'::regclass and cd.objsubid = a.attnum
        where c.relkind in ('r', 'p') and not c.relispartition and n.nspname = any($1::text[])
          and a.attnum > 0 and not a.attisdropped
        order by a.attrelid, a.attnum`,
      [schemas, KNOWN_TYPE_NAMES],
    );
  // Sequences owned by columns (serial: deptype 'a'; identity: 'i'), joined to columns here rather than
  // in SQL: on stale catalog statistics the planner picks a nested loop over every column.
  const sequences = await conn.query<Row>(
    `select dep.refobjid::text as oid, dep.refobjsubid as attnum, dep.deptype::text as deptype, sc.relname as seqname,
            s.seqstart::text as seqstart, s.seqincrement::text as seqincrement
       from pg_catalog.pg_depend dep
       join pg_catalog.pg_class sc on sc.oid = dep.objid and sc.relkind = 'S'
       join pg_catalog.pg_namespace sn on sn.oid = sc.relnamespace
       join pg_catalog.pg_sequence s on s.seqrelid = sc.oid
      where dep.classid = 'pg_catalog.pg_class'::regclass and dep.refclassid = 'pg_catalog.pg_class'::regclass
        and dep.deptype in ('a', 'i')`,
  );
  const seqByColumn = new Map<string, Row>();
  for (const r of sequences.rows) seqByColumn.set(`${str(r.oid)}:${num(r.attnum)}`, r);
  const constraints = await conn.query<Row>(
      `select con.conrelid::text as oid, con.conname as name, con.contype::text as type,
              to_json(array(select a.attname::text from unnest(con.conkey) with ordinality k(n, i)
                              join pg_catalog.pg_attribute a on a.attrelid = con.conrelid and a.attnum = k.n order by k.i)) as columns,
              to_json(array(select a.attname::text from unnest(con.confkey) with ordinality k(n, i)
                              join pg_catalog.pg_attribute a on a.attrelid = con.confrelid and a.attnum = k.n order by k.i)) as refcolumns,
              fc.relname as reftable, fn.nspname as refschema,
              con.confupdtype::text as onupdate, con.confdeltype::text as ondelete, con.confmatchtype::text as matchtype,
              con.condeferrable as deferrable, con.condeferred as deferred, con.convalidated as validated,
              case when con.contype = 'c' then pg_get_constraintdef(con.oid, true) end as def,
              ${serverVersion >= 150000 ? "coalesce(i.indnullsnotdistinct, false)" : "false"} as nullsnotdistinct
         from pg_catalog.pg_constraint con
         join pg_catalog.pg_class c on c.oid = con.conrelid
         join pg_catalog.pg_namespace n on n.oid = c.relnamespace
         left join pg_catalog.pg_class fc on fc.oid = con.confrelid
         left join pg_catalog.pg_namespace fn on fn.oid = fc.relnamespace
         left join pg_catalog.pg_index i on i.indexrelid = con.conindid and con.contype = 'u'
        where c.relkind in ('r', 'p') and not c.relispartition and n.nspname = any($1::text[])
          and con.contype in ('p', 'u', 'f', 'c', 'x') and con.conislocal
        order by con.conrelid, con.conname`,
      [schemas],
    );
  const indexes = await conn.query<Row>(
      `select i.indrelid::text as oid, ic.relname as name, i.indisunique as isunique, am.amname as method,
              i.indnkeyatts as nkey, i.indisvalid as valid,
              to_json(array(select k.n from unnest(i.indkey::int2[]) with ordinality k(n, j) order by k.j)) as keys,
              to_json(array(select k.o from unnest(i.indoption::int2[]) with ordinality k(o, j) order by k.j)) as options,
              case when 0 = any(i.indkey::int2[])
                   then to_json(array(select case when k.n = 0 then pg_get_indexdef(i.indexrelid, k.j::int, true) end
                                        from unnest(i.indkey::int2[]) with ordinality k(n, j) order by k.j)) end as elements,
              to_json(array(select case when opc.opcdefault then null else opc.opcname::text end
                              from unnest(i.indclass::oid[]) with ordinality k(o, j)
                              join pg_catalog.pg_opclass opc on opc.oid = k.o order by k.j)) as opclasses,
              to_json(array(select a.attname::text from unnest(i.indkey::int2[]) with ordinality k(n, j)
                              left join pg_catalog.pg_attribute a on a.attrelid = i.indrelid and a.attnum = k.n order by k.j)) as attnames,
              pg_get_expr(i.indpred, i.indrelid, true) as predicate,
              ${nnd} as nullsnotdistinct,
              pg_get_indexdef(i.indexrelid) as definition
         from pg_catalog.pg_index i
         join pg_catalog.pg_class ic on ic.oid = i.indexrelid
         join pg_catalog.pg_class c on c.oid = i.indrelid
         join pg_catalog.pg_namespace n on n.oid = c.relnamespace
         join pg_catalog.pg_am am on am.oid = ic.relam
        where c.relkind in ('r', 'p') and not c.relispartition and n.nspname = any($1::text[])
          and not exists (select 1 from pg_catalog.pg_constraint con
                           where con.conindid = i.indexrelid and con.conrelid = i.indrelid and con.contype in ('p', 'u', 'x'))
        order by i.indrelid, ic.relname`,
      [schemas],
    );
  const enums = await conn.query<Row>(
      `select n.nspname as schema, t.typname as name, to_json(array_agg(e.enumlabel::text order by e.enumsortorder)) as labels
         from pg_catalog.pg_type t
         join pg_catalog.pg_namespace n on n.oid = t.typnamespace
         join pg_catalog.pg_enum e on e.enumtypid = t.oid
        where n.nspname = any($1::text[])
        group by n.nspname, t.typname
        order by n.nspname, t.typname`,
      [schemas],
    );

  interface Building {
    schema: string;
    name: string;
    comment: string | null;
    partitioned: boolean;
    columns: DbColumn[];
    primaryKey: DbPrimaryKey | null;
    foreignKeys: DbForeignKey[];
    uniques: DbUnique[];
    checks: DbCheck[];
    indexes: DbIndex[];
    exclusions: string[];
    triggers?: string[];
    views?: string[];
    partitions?: string[];
    inherits?: { schema: string; name: string }[];
    rules?: string[];
    blockers?: string[];
    unmade?: string[];
  }
  const byOid = new Map<string, Building>();
  const ordered: Building[] = [];
  for (const r of tables.rows) {
    const schema = str(r.schema);
    const name = str(r.name);
    if (excluded.has(key(schema, name))) continue;
    if (include && !include({ type: "table", name, schema, source: "database" })) continue;
    const b: Building = {
      schema,
      name,
      comment: optStr(r.comment),
      partitioned: str(r.relkind) === "p",
      columns: [],
      primaryKey: null,
      foreignKeys: [],
      uniques: [],
      checks: [],
      indexes: [],
      exclusions: [],
    };
    const triggers = jsonArray<string>(r.triggers);
    if (triggers.length > 0) b.triggers = triggers;
    const views = jsonArray<string>(r.views);
    if (views.length > 0) b.views = views;
    const partitions = jsonArray<string>(r.partitions);
    if (partitions.length > 0) b.partitions = partitions;
    const inherits = jsonArray<{ schema: string; name: string }>(r.inherits);
    if (inherits.length > 0) b.inherits = inherits;
    const rules = jsonArray<string>(r.rules);
    if (rules.length > 0) b.rules = rules;
    const blockers = jsonArray<string>(r.blockers);
    if (blockers.length > 0) b.blockers = blockers;
    const unmade = jsonArray<string>(r.unmade);
    if (unmade.length > 0) b.unmade = unmade;
    byOid.set(str(r.oid), b);
    ordered.push(b);
  }

  for (const r of columns.rows) {
    const t = byOid.get(str(r.oid));
    if (!t) continue;
    const name = str(r.name);
    if (include && !include({ type: "column", name, schema: t.schema, table: t.name, source: "database" })) continue;
    let type = columnType(r);
    let def = optStr(r.default);
    const seq = seqByColumn.get(`${str(r.oid)}:${num(r.attnum)}`) ?? {};
    const deptype = optStr(seq.deptype);
    const identityKind = str(r.identity);
    let identity: DbColumn["identity"] = null;
    if (identityKind === "a" || identityKind === "d") {
      identity = {
        generation: identityKind === "a" ? "always" : "byDefault",
        start: BigInt(str(seq.seqstart) || "1"),
        increment: BigInt(str(seq.seqincrement) || "1"),
      };
    } else if (deptype === "a" && def !== null && /^nextval\(/i.test(def) && SERIALS[type.kind]) {
      // A serial: an integer column fed by the sequence it owns.
      const seqName = str(seq.seqname);
      if (def.includes(seqName.replace(/'/g, "''")) || def.includes(`"${seqName}"`)) {
        type = SERIALS[type.kind]!;
        def = null;
      }
    }
    const generated = str(r.generated) === "s" || str(r.generated) === "v" ? def : null;
    t.columns.push({
      name,
      type,
      nullable: !bool(r.notnull),
      default: generated !== null ? null : def,
      identity,
      generated,
      ...(str(r.generated) === "v" ? { generatedVirtual: true } : {}),
      comment: optStr(r.comment),
      formatted: optStr(r.formatted) ?? describeType(type),
    });
  }

  for (const r of constraints.rows) {
    const t = byOid.get(str(r.oid));
    if (!t) continue;
    const name = str(r.name);
    const cols = jsonArray<string>(r.columns);
    const deferrable = bool(r.deferrable);
    const initiallyDeferred = bool(r.deferred);
    const type = str(r.type);
    const filterType = type === "p" ? "primaryKey" : type === "u" ? "uniqueConstraint" : type === "f" ? "foreignKey" : "check";
    if (include && type !== "x" && !include({ type: filterType, name, schema: t.schema, table: t.name, source: "database" })) continue;
    if (type === "p") t.primaryKey = { name, columns: cols };
    else if (type === "u")
      t.uniques.push({ name, columns: cols, nullsNotDistinct: bool(r.nullsnotdistinct), deferrable, initiallyDeferred });
    else if (type === "f") {
      const m = str(r.matchtype);
      t.foreignKeys.push({
        name,
        columns: cols,
        refSchema: str(r.refschema),
        refTable: str(r.reftable),
        refColumns: jsonArray<string>(r.refcolumns),
        onDelete: ACTIONS[str(r.ondelete)] ?? "no action",
        onUpdate: ACTIONS[str(r.onupdate)] ?? "no action",
        match: m === "f" ? "full" : m === "p" ? "partial" : "simple",
        deferrable,
        initiallyDeferred,
        validated: bool(r.validated),
      });
    } else if (type === "c") t.checks.push({ name, expression: checkBody(str(r.def)), validated: bool(r.validated) });
    else t.exclusions.push(name);
  }

  for (const r of indexes.rows) {
    const t = byOid.get(str(r.oid));
    if (!t) continue;
    const name = str(r.name);
    if (include && !include({ type: "index", name, schema: t.schema, table: t.name, source: "database" })) continue;
    const keys = jsonArray<number>(r.keys);
    const opts = jsonArray<number>(r.options);
    const exprs = jsonArray<string>(r.elements);
    const opclasses = jsonArray<string | null>(r.opclasses);
    const attnames = jsonArray<string | null>(r.attnames);
    const nkey = num(r.nkey);
    const definition = str(r.definition);
    // Collations are printed by pg_get_indexdef only where they differ from the key's own.
    const keyTexts = indexDefinitionKeys(definition);
    const elements: DbIndex["elements"][number][] = [];
    for (let k = 0; k < nkey; k++) {
      const o = opts[k] ?? 0;
      const desc = (o & 1) !== 0;
      const nullsFirst = (o & 2) !== 0;
      const column = keys[k] !== 0 ? (attnames[k] ?? null) : null;
      elements.push({
        column,
        expression: column ?? exprs[k] ?? "",
        order: desc ? ("desc" as const) : ("asc" as const),
        nulls: nullsFirst ? ("first" as const) : ("last" as const),
        opclass: opclasses[k] ?? null,
        collation: keyTexts && keyTexts.length === nkey ? splitIndexElement(keyTexts[k]!).collation : null,
      });
    }
    const include_: string[] = [];
    for (let k = nkey; k < keys.length; k++) include_.push(attnames[k] ?? exprs[k] ?? "");
    t.indexes.push({
      name,
      unique: bool(r.isunique),
      method: str(r.method),
      elements,
      include: include_,
      where: optStr(r.predicate),
      nullsNotDistinct: bool(r.nullsnotdistinct),
      valid: bool(r.valid),
      definition,
    });
  }

  const enumList: DbEnum[] = [];
  for (const r of enums.rows) {
    const e = { schema: str(r.schema), name: str(r.name), values: jsonArray<string>(r.labels) };
    if (include && !include({ type: "enum", name: e.name, schema: e.schema, source: "database" })) continue;
    enumList.push(e);
  }

  const result: DbTable[] = ordered.map((b) => ({ ...b }));
  return { defaultSchema, schemas, existingSchemas, serverVersion, tables: result, enums: enumList, routines, queries: 7 };
}

export const postgresIntrospector: SchemaIntrospector = { introspect };
