// drizzle-orm's own MySQL integration-test schema: every MySQL column type drizzle has, in every mode.
// Provenance: github.com/drizzle-team/drizzle-orm, integration-tests/tests/mysql/schema2.ts at commit
// 18f96df8182ed3d9e1cb05b7414df71ab045efe0.
// Changes: only the tables the file exports as constants and that MySQL can build in one database are kept:
// `all_types`, `datestable`, `course_categories`. Left out: the `create*Table(name)` factories (not tables
// until called), `courses` (its `int` column references `course_categories.id`, a `serial` = BIGINT UNSIGNED:
// InnoDB refuses a foreign key between different integer types, drizzle-kit's own SQL fails there),
// `users12` (`uniqueIndex('')`, an index with an empty name, which MySQL refuses) and the `mySchema` tables
// (another database). In `all_types`, the columns whose builders drizzle-orm 0.45 (the version installed here,
// the latest release) does not have yet are left out: `blob`/`tinyblob`/`mediumblob`/`longblob` (eight columns)
// and `bigint('bigint_string', { mode: 'string' })`. Unused imports removed accordingly. Everything else is
// verbatim.
import {
	bigint,
	binary,
	boolean,
	char,
	date,
	datetime,
	decimal,
	double,
	float,
	int,
	json,
	mediumint,
	mysqlEnum,
	mysqlTable,
	real,
	serial,
	smallint,
	text,
	time,
	timestamp,
	tinyint,
	varbinary,
	varchar,
	year,
} from 'drizzle-orm/mysql-core';

export const allTypesTable = mysqlTable('all_types', {
	serial: serial('serial'),
	bigint53: bigint('bigint53', {
		mode: 'number',
	}),
	bigint64: bigint('bigint64', {
		mode: 'bigint',
	}),
	binary: binary('binary'),
	boolean: boolean('boolean'),
	char: char('char'),
	date: date('date', {
		mode: 'date',
	}),
	dateStr: date('date_str', {
		mode: 'string',
	}),
	datetime: datetime('datetime', {
		mode: 'date',
	}),
	datetimeStr: datetime('datetime_str', {
		mode: 'string',
	}),
	decimal: decimal('decimal'),
	decimalNum: decimal('decimal_num', {
		precision: 30,
		mode: 'number',
	}),
	decimalBig: decimal('decimal_big', {
		precision: 30,
		mode: 'bigint',
	}),
	double: double('double'),
	float: float('float'),
	int: int('int'),
	json: json('json'),
	medInt: mediumint('med_int'),
	smallInt: smallint('small_int'),
	real: real('real'),
	text: text('text'),
	time: time('time'),
	timestamp: timestamp('timestamp', {
		mode: 'date',
	}),
	timestampStr: timestamp('timestamp_str', {
		mode: 'string',
	}),
	tinyInt: tinyint('tiny_int'),
	varbin: varbinary('varbin', {
		length: 16,
	}),
	varchar: varchar('varchar', {
		length: 255,
	}),
	year: year('year'),
	enum: mysqlEnum('enum', ['enV1', 'enV2']),
});

export const datesTable = mysqlTable('datestable', {
	date: date('date'),
	dateAsString: date('date_as_string', { mode: 'string' }),
	time: time('time', { fsp: 1 }),
	datetime: datetime('datetime', { fsp: 2 }),
	datetimeAsString: datetime('datetime_as_string', { fsp: 2, mode: 'string' }),
	timestamp: timestamp('timestamp', { fsp: 3 }),
	timestampAsString: timestamp('timestamp_as_string', { fsp: 3, mode: 'string' }),
	year: year('year'),
});

export const courseCategoriesTable = mysqlTable('course_categories', {
	id: serial('id').primaryKey(),
	name: text('name').notNull(),
});
