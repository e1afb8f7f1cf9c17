/*
 * What `drizzle-kit pull` (0.31.11, dialect sqlite) wrote for sqlite-ddl.sql — tables of Chinook
 * (lerocha/chinook-database, Chinook_Sqlite_AutoIncrementPKs.sql) and Sakila (jOOQ/sakila,
 * sqlite-sakila-schema.sql) — with only what a user must change for the file to load and to say what the database
 * has: `text` added to the import; `.default(Y)` written `.default("Y")`; the two `@ts-expect-error` lines; the CHECK drizzle-kit repeats on every table
 * (and cuts short: `...'NC-17'` without its `)`) kept on film only, closed. Everything else as pulled: declared types
 * as the five names drizzle knows (`NVARCHAR(160)` is `text({ length: 160 })`, `DATETIME` and `NUMERIC(10,2)` are
 * `numeric()`, `CHAR(20)` is `numeric()`), `DEFAULT NULL` as `sql\`(NULL)\`` — and on text columns as the string
 * `"sql\`(NULL)\`"` —, foreign keys unnamed.
 */
import { sqliteTable, check, integer, index, numeric, blob, text } from "drizzle-orm/sqlite-core"
import { sql } from "drizzle-orm"

export const artist = sqliteTable("Artist", {
	artistId: integer("ArtistId").primaryKey({ autoIncrement: true }).notNull(),
	name: text("Name", { length: 120 }),
}
);

export const album = sqliteTable("Album", {
	albumId: integer("AlbumId").primaryKey({ autoIncrement: true }).notNull(),
	title: text("Title", { length: 160 }).notNull(),
	artistId: integer("ArtistId").notNull().references(() => artist.artistId),
},
(table) => [
	index("IFK_AlbumArtistId").on(table.artistId),
]);

export const invoice = sqliteTable("Invoice", {
	invoiceId: integer("InvoiceId").primaryKey({ autoIncrement: true }).notNull(),
	invoiceDate: numeric("InvoiceDate").notNull(),
	billingAddress: text("BillingAddress", { length: 70 }),
	total: numeric("Total").notNull(),
}
);

export const language = sqliteTable("language", {
	languageId: integer("language_id").primaryKey().notNull(),
	name: numeric().notNull(),
	lastUpdate: numeric("last_update").notNull(),
}
);

export const film = sqliteTable("film", {
	filmId: integer("film_id").primaryKey().notNull(),
	title: text({ length: 255 }).notNull(),
	description: blob().default(sql`(NULL)`),
	releaseYear: text("release_year", { length: 4 }).default("sql`(NULL)`"),
	languageId: integer("language_id").notNull().references(() => language.languageId),
	originalLanguageId: integer("original_language_id").default(sql`(NULL)`).references(() => language.languageId),
	rentalDuration: integer("rental_duration").default(3).notNull(),
	// @ts-expect-error drizzle-kit pull writes the default as a number; numeric() takes a string (it runs as written)
	rentalRate: numeric("rental_rate").default(4.99).notNull(),
	length: integer().default(sql`(NULL)`),
	// @ts-expect-error drizzle-kit pull writes the default as a number; numeric() takes a string (it runs as written)
	replacementCost: numeric("replacement_cost").default(19.99).notNull(),
	rating: text({ length: 10 }).default("G"),
	specialFeatures: text("special_features", { length: 100 }).default("sql`(NULL)`"),
	lastUpdate: numeric("last_update").notNull(),
},
(table) => [
	index("idx_fk_language_id").on(table.languageId),
	check("CHECK_special_rating", sql`rating in ('G','PG','PG-13','R','NC-17')`),
]);

export const customer = sqliteTable("customer", {
	customerId: integer("customer_id").primaryKey().notNull(),
	firstName: text("first_name", { length: 45 }).notNull(),
	email: text({ length: 50 }).default("sql`(NULL)`"),
	active: numeric().default("Y").notNull(),
	createDate: numeric("create_date").notNull(),
}
);

