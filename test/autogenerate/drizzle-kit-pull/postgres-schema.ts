/*
 * What `drizzle-kit pull` (0.31.11, dialect postgresql) wrote for postgres-ddl.sql — tables of Chinook
 * (lerocha/chinook-database, Chinook_PostgreSql_SerialPKs.sql) and Sakila (jOOQ/sakila, postgres-sakila-schema.sql) —
 * with only what a user must change for the file to load: the domain `year` and `tsvector`, which pull writes as
 * `unknown(...)` (not defined), declared with `customType`.
 */
import { pgTable, serial, varchar, index, foreignKey, integer, char, timestamp, text, smallint, numeric, pgSequence, pgEnum, customType } from "drizzle-orm/pg-core"
import { sql } from "drizzle-orm"

const year = customType<{ data: number }>({ dataType: () => "year" });
const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

export const mpaaRating = pgEnum("mpaa_rating", ['G', 'PG', 'PG-13', 'R', 'NC-17'])

export const languageLanguageIdSeq = pgSequence("language_language_id_seq", {  startWith: "1", increment: "1", minValue: "1", maxValue: "9223372036854775807", cache: "1", cycle: false })
export const filmFilmIdSeq = pgSequence("film_film_id_seq", {  startWith: "1", increment: "1", minValue: "1", maxValue: "9223372036854775807", cache: "1", cycle: false })

export const artist = pgTable("artist", {
	artistId: serial("artist_id").primaryKey().notNull(),
	name: varchar({ length: 120 }),
});

export const album = pgTable("album", {
	albumId: serial("album_id").primaryKey().notNull(),
	title: varchar({ length: 160 }).notNull(),
	artistId: integer("artist_id").notNull(),
}, (table) => [
	index("album_artist_id_idx").using("btree", table.artistId.asc().nullsLast().op("int4_ops")),
	foreignKey({
			columns: [table.artistId],
			foreignColumns: [artist.artistId],
			name: "album_artist_id_fkey"
		}),
]);

export const language = pgTable("language", {
	languageId: integer("language_id").default(sql`nextval('language_language_id_seq'::regclass)`).primaryKey().notNull(),
	name: char({ length: 20 }).notNull(),
	lastUpdate: timestamp("last_update", { mode: 'string' }).defaultNow().notNull(),
});

export const film = pgTable("film", {
	filmId: integer("film_id").default(sql`nextval('film_film_id_seq'::regclass)`).primaryKey().notNull(),
	title: varchar({ length: 255 }).notNull(),
	description: text(),
	releaseYear: year("release_year"),
	languageId: integer("language_id").notNull(),
	originalLanguageId: integer("original_language_id"),
	rentalDuration: smallint("rental_duration").default(3).notNull(),
	rentalRate: numeric("rental_rate", { precision: 4, scale:  2 }).default('4.99').notNull(),
	length: smallint(),
	replacementCost: numeric("replacement_cost", { precision: 5, scale:  2 }).default('19.99').notNull(),
	rating: mpaaRating().default('G'),
	lastUpdate: timestamp("last_update", { mode: 'string' }).defaultNow().notNull(),
	specialFeatures: text("special_features").array(),
	fulltext: tsvector("fulltext").notNull(),
}, (table) => [
	index("film_fulltext_idx").using("gist", table.fulltext.asc().nullsLast().op("tsvector_ops")),
	index("idx_fk_language_id").using("btree", table.languageId.asc().nullsLast().op("int4_ops")),
	index("idx_title").using("btree", table.title.asc().nullsLast().op("text_ops")),
	foreignKey({
			columns: [table.languageId],
			foreignColumns: [language.languageId],
			name: "film_language_id_fkey"
		}).onUpdate("cascade").onDelete("restrict"),
	foreignKey({
			columns: [table.originalLanguageId],
			foreignColumns: [language.languageId],
			name: "film_original_language_id_fkey"
		}).onUpdate("cascade").onDelete("restrict"),
]);

