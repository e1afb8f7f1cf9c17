import { quoteString } from "./literal.js";
import { qualify } from "./quote.js";
function dollarTag(body) {
    let tag = "$athanor$";
    for (let i = 1; body.includes(tag); i++)
        tag = `$athanor${i}$`;
    return tag;
}
export function renderDropEnumValue(op) {
    const type = quoteString(qualify(op.name, op.schema));
    const value = quoteString(op.value);
    const label = quoteString(`${op.schema ? `${op.schema}.` : ""}${op.name}`);
    const missing = op.ifExists
        ? "RETURN;"
        : `RAISE EXCEPTION 'enum % has no value %', ${label}, ${value} USING ERRCODE = 'invalid_parameter_value';`;
    const body = `
DECLARE
  old_type oid := ${type}::regtype::oid;
  old_array oid;
  type_schema name;
  type_name name;
  tmp_name name;
  remaining text;
  used boolean;
  col record;
  defaults text[] := '{}';
  i int;
BEGIN
  SELECT t.typarray, n.nspname, t.typname INTO old_array, type_schema, type_name
    FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace WHERE t.oid = old_type;
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_enum WHERE enumtypid = old_type AND enumlabel = ${value}) THEN
    ${missing}
  END IF;
  FOR col IN
    SELECT c.oid::regclass AS rel, a.attname, a.atttypid = old_array AS is_array
      FROM pg_catalog.pg_attribute a JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
     WHERE a.atttypid IN (old_type, old_array) AND a.attnum > 0 AND NOT a.attisdropped
       AND c.relkind IN ('r', 'p') AND NOT c.relispartition
  LOOP
    EXECUTE format(CASE WHEN col.is_array THEN 'SELECT EXISTS (SELECT 1 FROM %s WHERE $1 = ANY (%I::text[]))'
                        ELSE 'SELECT EXISTS (SELECT 1 FROM %s WHERE %I::text = $1)' END, col.rel, col.attname)
      INTO used USING ${value}::text;
    IF used THEN
      RAISE EXCEPTION 'cannot remove value % from enum %: column %.% still holds it in at least one row (update those rows first)',
        ${value}, ${label}, col.rel, col.attname USING ERRCODE = 'dependent_objects_still_exist';
    END IF;
  END LOOP;
  tmp_name := left('athanor_tmp_' || type_name, 63);
  SELECT coalesce(string_agg(quote_literal(enumlabel), ', ' ORDER BY enumsortorder), '') INTO remaining
    FROM pg_catalog.pg_enum WHERE enumtypid = old_type AND enumlabel <> ${value};
  EXECUTE format('CREATE TYPE %I.%I AS ENUM (%s)', type_schema, tmp_name, remaining);
  FOR col IN
    SELECT c.oid::regclass AS rel, a.attname, a.atttypid = old_array AS is_array, pg_catalog.pg_get_expr(d.adbin, d.adrelid) AS def
      FROM pg_catalog.pg_attribute a JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
      LEFT JOIN pg_catalog.pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
     WHERE a.atttypid IN (old_type, old_array) AND a.attnum > 0 AND NOT a.attisdropped
       AND c.relkind IN ('r', 'p') AND NOT c.relispartition
  LOOP
    IF col.def IS NOT NULL THEN
      EXECUTE format('ALTER TABLE %s ALTER COLUMN %I DROP DEFAULT', col.rel, col.attname);
      defaults := defaults || ARRAY[col.rel::text, col.attname::text, col.def];
    END IF;
    EXECUTE format('ALTER TABLE %s ALTER COLUMN %I TYPE %I.%I%s USING %I::text%s::%I.%I%s', col.rel, col.attname,
      type_schema, tmp_name, CASE WHEN col.is_array THEN '[]' ELSE '' END, col.attname,
      CASE WHEN col.is_array THEN '[]' ELSE '' END, type_schema, tmp_name, CASE WHEN col.is_array THEN '[]' ELSE '' END);
  END LOOP;
  EXECUTE format('DROP TYPE %I.%I', type_schema, type_name);
  EXECUTE format('ALTER TYPE %I.%I RENAME TO %I', type_schema, tmp_name, type_name);
  i := 1;
  WHILE i < coalesce(array_length(defaults, 1), 0) LOOP
    EXECUTE format('ALTER TABLE %s ALTER COLUMN %I SET DEFAULT %s', defaults[i], defaults[i + 1], defaults[i + 2]);
    i := i + 3;
  END LOOP;
END`;
    const tag = dollarTag(body);
    return [{ sql: `DO ${tag}${body}\n${tag}` }];
}
