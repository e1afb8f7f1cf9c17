/*
 * What `drizzle-kit pull` (0.31.11, dialect mysql) wrote for mysql-ddl.sql on MariaDB 10.11 — tables of Chinook
 * (lerocha/chinook-database, Chinook_MySql_AutoIncrementPKs.sql) and Sakila (jOOQ/sakila, mysql-sakila-schema.sql) —
 * with only `tinyint` added to the import so that the file loads (the unused imports dropped, one
 * `@ts-expect-error`). As pulled, it lacks what drizzle-kit misreads in
 * MariaDB's catalog: every primary key, `DEFAULT NULL` (as `.default('NULL')`), `current_timestamp()` (as a string),
 * `ON UPDATE CURRENT_TIMESTAMP`, `UNSIGNED`, a string default (quoted twice: `.default('\\'G\\'')`), FULLTEXT
 * (a plain `index()`); the foreign key's name (drizzle-kit writes a one-column foreign key inline,
 * unnamed); and the columns' own collation (`NVARCHAR` is utf8mb3 in a utf8mb4 table), which drizzle can't declare.
 */
import { mysqlTable, index, int, varchar, smallint, text, mysqlEnum, char, timestamp, tinyint } from "drizzle-orm/mysql-core"

export const album = mysqlTable("Album", {
	albumId: int("AlbumId").autoincrement().notNull(),
	title: varchar("Title", { length: 160 }).notNull(),
	artistId: int("ArtistId").notNull().references(() => artist.artistId),
},
(table) => [
	index("IFK_AlbumArtistId").on(table.artistId),
]);

export const artist = mysqlTable("Artist", {
	artistId: int("ArtistId").autoincrement().notNull(),
	name: varchar("Name", { length: 120 }).default('NULL'),
});

export const filmText = mysqlTable("film_text", {
	filmId: smallint("film_id").notNull(),
	title: varchar({ length: 255 }).notNull(),
	description: text().default('NULL'),
	// @ts-expect-error drizzle-kit pull writes MariaDB's 'G' with its quotes, not one of the enum's values (it runs as written)
	rating: mysqlEnum(['G','PG','PG-13','R','NC-17']).default('\'G\''),
},
(table) => [
	index("idx_title_description").on(table.title, table.description),
]);

export const language = mysqlTable("language", {
	languageId: tinyint("language_id").autoincrement().notNull(),
	name: char({ length: 20 }).notNull(),
	lastUpdate: timestamp("last_update", { mode: 'string' }).default('current_timestamp()').notNull(),
});
