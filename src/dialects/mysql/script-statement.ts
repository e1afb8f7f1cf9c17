/**
 * A statement as an offline script writes it for the `mysql`/`mariadb`
 * client, which cuts the script at every `;` outside strings and comments:
 * a stored program's body (`CREATE TRIGGER ... BEGIN ...; ...; END`), one
 * statement to the server, would reach it in pieces. Such a statement is
 * written between `DELIMITER` commands, as mysqldump writes it, with a
 * delimiter its text doesn't hold.
 */
import { tokenize } from "./sql-scan.js";

const DELIMITERS = ["$$", "//", ";;", "$$$", "///"];

export function scriptStatement(sql: string): string {
  if (!tokenize(sql).some((t) => t.kind === "punct" && t.text === ";")) return sql;
  const delimiter = DELIMITERS.find((d) => !sql.includes(d)) ?? `$$athanor_${sql.length}$$`;
  return `DELIMITER ${delimiter}\n${sql.replace(/;\s*$/, "")}\n${delimiter}\nDELIMITER ;`;
}
