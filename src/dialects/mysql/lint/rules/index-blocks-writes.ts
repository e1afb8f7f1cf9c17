import { isNewTable, operationRule, tableName, where } from "../../../../lint/rule-helpers.js";

/** A FULLTEXT or SPATIAL index built on an existing table: InnoDB can't build it with LOCK=NONE. */
export const indexBlocksWrites = operationRule(
  {
    id: "index-blocks-writes",
    severity: "error",
    summary: "a FULLTEXT or SPATIAL index added to an existing table on MySQL or MariaDB",
    lock:
      "InnoDB builds a FULLTEXT or SPATIAL index only with LOCK=SHARED: reads go on, but inserts, updates and deletes wait until the build ends. The first FULLTEXT index of a table also rebuilds the table (to add its FTS_DOC_ID column). Other indexes are built online (LOCK=NONE).",
    recipe:
      "Build it when writes to the table can pause for as long as the build takes (time it on a copy of the table), or with an online schema-change tool (gh-ost, pt-online-schema-change); give a table that will need a FULLTEXT index an `FTS_DOC_ID BIGINT UNSIGNED NOT NULL AUTO_INCREMENT` column with a unique index when you create it.",
  },
  (op, item) => {
    if (op.kind !== "createIndex" || isNewTable(item, op.table)) return null;
    const type = op.mysql?.indexType;
    if (type !== "fulltext" && type !== "spatial") return null;
    return `${type.toUpperCase()} index ${op.name} is built on existing table ${tableName(op.table, op.schema)}: writes to the table wait until the build ends (LOCK=SHARED)${where(item)}`;
  },
);
