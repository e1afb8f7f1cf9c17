/**
 * Drop everything and bring it back on MariaDB (harness.ts), with excerpts of classic schemas nobody here wrote,
 * loaded by the mariadb client: Sakila (the spatial variant), the employees sample database, WordPress's core
 * tables and Chinook. Sakila's trigger on film is named in a warning (the downgrade does not make it again).
 *
 * Normalised in the snapshots (cosmetic): `AUTO_INCREMENT=n` table options; the order of the KEY lines in SHOW
 * CREATE TABLE (the order the keys were made in: MariaDB adds the key a foreign key needs after the others);
 * `ON DELETE/UPDATE NO ACTION`, which InnoDB checks as RESTRICT, its default (docs/mysql.md); and the display
 * width of integer columns without ZEROFILL (`bigint(10)`), which changes nothing there.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { after, before, describe, test } from "node:test";
import { table } from "../../../src/autogenerate/models/table.js";
import { t } from "../../../src/schema/types-builder.js";
import { compareMysql, withMysqlDb } from "../../dialects/mysql/autogenerate-support.js";
import { createMysqlTestDatabase, type MysqlTestDatabase, requireMysql } from "../../support/mysql-databases.js";
import { dropAllRoundTrip } from "./harness.js";
import { WORDPRESS_WP_TERMS } from "../real-ddl-excerpts.js";

// datacharmer/test_db, sakila/sakila-mv-schema.sql (the Sakila Spatial schema; its `/*!50705 ... */` lines
// uncommented: MariaDB skips them)
const SAKILA = `
CREATE TABLE country (
  country_id SMALLINT UNSIGNED NOT NULL AUTO_INCREMENT,
  country VARCHAR(50) NOT NULL,
  last_update TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY  (country_id)
)ENGINE=InnoDB DEFAULT CHARSET=utf8;
CREATE TABLE city (
  city_id SMALLINT UNSIGNED NOT NULL AUTO_INCREMENT,
  city VARCHAR(50) NOT NULL,
  country_id SMALLINT UNSIGNED NOT NULL,
  last_update TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY  (city_id),
  KEY idx_fk_country_id (country_id),
  CONSTRAINT \`fk_city_country\` FOREIGN KEY (country_id) REFERENCES country (country_id) ON DELETE RESTRICT ON UPDATE CASCADE
)ENGINE=InnoDB DEFAULT CHARSET=utf8;
CREATE TABLE address (
  address_id SMALLINT UNSIGNED NOT NULL AUTO_INCREMENT,
  address VARCHAR(50) NOT NULL,
  address2 VARCHAR(50) DEFAULT NULL,
  district VARCHAR(20) NOT NULL,
  city_id SMALLINT UNSIGNED NOT NULL,
  postal_code VARCHAR(10) DEFAULT NULL,
  phone VARCHAR(20) NOT NULL,
  location GEOMETRY NOT NULL,
  last_update TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY  (address_id),
  KEY idx_fk_city_id (city_id),
  SPATIAL KEY \`idx_location\` (location),
  CONSTRAINT \`fk_address_city\` FOREIGN KEY (city_id) REFERENCES city (city_id) ON DELETE RESTRICT ON UPDATE CASCADE
)ENGINE=InnoDB DEFAULT CHARSET=utf8;
CREATE TABLE language (
  language_id TINYINT UNSIGNED NOT NULL AUTO_INCREMENT,
  name CHAR(20) NOT NULL,
  last_update TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY (language_id)
)ENGINE=InnoDB DEFAULT CHARSET=utf8;
CREATE TABLE film (
  film_id SMALLINT UNSIGNED NOT NULL AUTO_INCREMENT,
  title VARCHAR(255) NOT NULL,
  description TEXT DEFAULT NULL,
  release_year YEAR DEFAULT NULL,
  language_id TINYINT UNSIGNED NOT NULL,
  original_language_id TINYINT UNSIGNED DEFAULT NULL,
  rental_duration TINYINT UNSIGNED NOT NULL DEFAULT 3,
  rental_rate DECIMAL(4,2) NOT NULL DEFAULT 4.99,
  length SMALLINT UNSIGNED DEFAULT NULL,
  replacement_cost DECIMAL(5,2) NOT NULL DEFAULT 19.99,
  rating ENUM('G','PG','PG-13','R','NC-17') DEFAULT 'G',
  special_features SET('Trailers','Commentaries','Deleted Scenes','Behind the Scenes') DEFAULT NULL,
  last_update TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY  (film_id),
  KEY idx_title (title),
  KEY idx_fk_language_id (language_id),
  KEY idx_fk_original_language_id (original_language_id),
  CONSTRAINT fk_film_language FOREIGN KEY (language_id) REFERENCES language (language_id) ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT fk_film_language_original FOREIGN KEY (original_language_id) REFERENCES language (language_id) ON DELETE RESTRICT ON UPDATE CASCADE
)ENGINE=InnoDB DEFAULT CHARSET=utf8;
CREATE TABLE film_text (
  film_id SMALLINT NOT NULL,
  title VARCHAR(255) NOT NULL,
  description TEXT,
  PRIMARY KEY  (film_id),
  FULLTEXT KEY idx_title_description (title,description)
)ENGINE=MyISAM DEFAULT CHARSET=utf8;
/*!50610 ALTER TABLE film_text engine=InnoDB */;
DELIMITER ;;
CREATE TRIGGER \`ins_film\` AFTER INSERT ON \`film\` FOR EACH ROW BEGIN
    INSERT INTO film_text (film_id, title, description)
        VALUES (new.film_id, new.title, new.description);
  END;;
DELIMITER ;
CREATE TABLE payment (
  payment_id SMALLINT UNSIGNED NOT NULL AUTO_INCREMENT,
  film_id SMALLINT UNSIGNED DEFAULT NULL,
  amount DECIMAL(5,2) NOT NULL,
  payment_date DATETIME NOT NULL,
  last_update TIMESTAMP DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY  (payment_id),
  KEY idx_payment_date (payment_date),
  CONSTRAINT fk_payment_film FOREIGN KEY (film_id) REFERENCES film (film_id) ON DELETE SET NULL ON UPDATE CASCADE
)ENGINE=InnoDB DEFAULT CHARSET=utf8;
`;

// datacharmer/test_db, employees.sql
const EMPLOYEES = `
CREATE TABLE employees (
    emp_no      INT             NOT NULL,
    birth_date  DATE            NOT NULL,
    first_name  VARCHAR(14)     NOT NULL,
    last_name   VARCHAR(16)     NOT NULL,
    gender      ENUM ('M','F')  NOT NULL,
    hire_date   DATE            NOT NULL,
    PRIMARY KEY (emp_no)
);
CREATE TABLE departments (
    dept_no     CHAR(4)         NOT NULL,
    dept_name   VARCHAR(40)     NOT NULL,
    PRIMARY KEY (dept_no),
    UNIQUE  KEY (dept_name)
);
CREATE TABLE dept_emp (
    emp_no      INT             NOT NULL,
    dept_no     CHAR(4)         NOT NULL,
    from_date   DATE            NOT NULL,
    to_date     DATE            NOT NULL,
    FOREIGN KEY (emp_no)  REFERENCES employees   (emp_no)  ON DELETE CASCADE,
    FOREIGN KEY (dept_no) REFERENCES departments (dept_no) ON DELETE CASCADE,
    PRIMARY KEY (emp_no,dept_no)
);
`;

// WordPress/WordPress, wp-admin/includes/schema.php ($wpdb->prefix wp_; keys cut to 191 characters and
// $charset_collate utf8mb4 as WordPress writes them since 4.2)
const WORDPRESS = `
${WORDPRESS_WP_TERMS};
CREATE TABLE wp_postmeta (
  meta_id bigint(20) unsigned NOT NULL auto_increment,
  post_id bigint(20) unsigned NOT NULL default '0',
  meta_key varchar(255) default NULL,
  meta_value longtext,
  PRIMARY KEY  (meta_id),
  KEY post_id (post_id),
  KEY meta_key (meta_key(191))
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci;
CREATE TABLE wp_posts (
  ID bigint(20) unsigned NOT NULL auto_increment,
  post_author bigint(20) unsigned NOT NULL default '0',
  post_date datetime NOT NULL default '0000-00-00 00:00:00',
  post_content longtext NOT NULL,
  post_title text NOT NULL,
  post_status varchar(20) NOT NULL default 'publish',
  post_name varchar(200) NOT NULL default '',
  post_parent bigint(20) unsigned NOT NULL default '0',
  menu_order int(11) NOT NULL default '0',
  post_type varchar(20) NOT NULL default 'post',
  PRIMARY KEY  (ID),
  KEY post_name (post_name(191)),
  KEY type_status_date (post_type,post_status,post_date,ID),
  KEY post_parent (post_parent)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci;
`;

// lerocha/chinook-database, ChinookDatabase/DataSources/Chinook_MySql.sql
const CHINOOK = `
CREATE TABLE \`Album\`
(
    \`AlbumId\` INT NOT NULL,
    \`Title\` NVARCHAR(160) NOT NULL,
    \`ArtistId\` INT NOT NULL,
    CONSTRAINT \`PK_Album\` PRIMARY KEY  (\`AlbumId\`)
);
CREATE TABLE \`Artist\`
(
    \`ArtistId\` INT NOT NULL,
    \`Name\` NVARCHAR(120),
    CONSTRAINT \`PK_Artist\` PRIMARY KEY  (\`ArtistId\`)
);
ALTER TABLE \`Album\` ADD CONSTRAINT \`FK_AlbumArtistId\`
    FOREIGN KEY (\`ArtistId\`) REFERENCES \`Artist\` (\`ArtistId\`) ON DELETE NO ACTION ON UPDATE NO ACTION;
CREATE INDEX \`IFK_AlbumArtistId\` ON \`Album\` (\`ArtistId\`);
`;

// Not from a classic schema: ZEROFILL, which these don't use, pads to the display width, so the width matters there
const ZEROFILL = `
CREATE TABLE invoice_numbers (
  invoice_no INT(8) UNSIGNED ZEROFILL NOT NULL,
  branch SMALLINT ZEROFILL NOT NULL,
  PRIMARY KEY (invoice_no)
);
`;

// Not from a classic schema: what createTable can't make again (named in a warning), and a table's own engine
// (made again: it came back InnoDB)
const ARIA = `CREATE TABLE aria_counts (id INT PRIMARY KEY, n INT NOT NULL DEFAULT 0) ENGINE=Aria;`;
const UNMADE = `
CREATE TABLE archive_log (id INT NOT NULL, y INT NOT NULL, PRIMARY KEY (id, y)) ENGINE=MyISAM
  PARTITION BY RANGE (y) (PARTITION p0 VALUES LESS THAN (2000), PARTITION p1 VALUES LESS THAN MAXVALUE);
CREATE TABLE settings (
  id INT NOT NULL PRIMARY KEY,
  secret INT INVISIBLE,
  name VARCHAR(50) NOT NULL,
  KEY name_idx (name) COMMENT 'lookups'
) ROW_FORMAT=COMPRESSED;
`;

function mariadb(url: string, script: string): void {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  const r = spawnSync("mariadb", ["--comments", "-h127.0.0.1", "-uroot", name], { input: script, encoding: "utf8" });
  assert.equal(r.status, 0, `the mariadb client failed: ${r.stderr}`);
}

function normalisedCreate(text: string): string {
  const lines = text
    .replace(/ AUTO_INCREMENT=\d+/, "")
    .replace(/ ON (DELETE|UPDATE) NO ACTION/g, "")
    .replace(/\b(tinyint|smallint|mediumint|int|bigint)\(\d+\)(?!( unsigned)? zerofill)/g, "$1")
    .split("\n");
  const keys = lines.filter((l) => /^ {2}(UNIQUE |FULLTEXT |SPATIAL )?KEY /.test(l)).map((l) => l.replace(/,$/, ""));
  const rest = lines.filter((l) => !/^ {2}(UNIQUE |FULLTEXT |SPATIAL )?KEY /.test(l));
  return [...rest, "-- keys:", ...keys.sort()].join("\n");
}

describe("drop everything and bring it back: MariaDB", async () => {
  const skip = await requireMysql();
  const made: MysqlTestDatabase[] = [];
  before(async () => {
    if (skip.skip) return;
    made.push(await createMysqlTestDatabase("athanor_rt"), await createMysqlTestDatabase("athanor_rt"));
  });
  after(async () => {
    for (const d of made) await d.drop();
  });
  const dbOf = (url: string) => made.find((d) => d.url === url) as MysqlTestDatabase;
  const tables = async (url: string) =>
    (
      await dbOf(url).query<{ t: string }>(
        "SELECT TABLE_NAME AS t FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME NOT LIKE 'athanor_version%' ORDER BY 1",
      )
    ).map((r) => r.t);

  test("Sakila, employees, WordPress and Chinook excerpts: dropped and made again, online and as scripts", skip, async () => {
    const r = await dropAllRoundTrip(
      {
        get onlineUrl() {
          return made[0]!.url;
        },
        get offlineUrl() {
          return made[1]!.url;
        },
        client: mariadb,
        tables,
        async snapshot(url) {
          const out: string[] = [];
          for (const t of await tables(url)) {
            const rows = await dbOf(url).query<Record<string, string>>(`SHOW CREATE TABLE \`${t}\``);
            out.push(normalisedCreate(rows[0]!["Create Table"]!));
          }
          return out.join("\n\n");
        },
      },
      `${SAKILA}\n${EMPLOYEES}\n${WORDPRESS}\n${CHINOOK}\n${ZEROFILL}\n${ARIA}`,
    );
    // an inline ENUM is made again with its labels (it was `t.enum("rating")`, which the downgrade refused)
    assert.match(r.revision, /\{ name: "rating", type: t\.enum\("rating", \{ values: \["G", "PG", "PG-13", "R", "NC-17"\] \}\)/);
    assert.match(r.revision, /\{ name: "gender", type: t\.enum\("gender", \{ values: \["M", "F"\] \}\), nullable: false \}/);
    // ZEROFILL and its display width are kept (they were dropped: \`int unsigned\`)
    assert.match(r.revision, /\{ name: "invoice_no", type: t\.sql\("int\(8\) unsigned zerofill"\) \}/);
    // an Aria table stays Aria (it came back on the server's default engine, InnoDB)
    assert.match(r.revision, /createTable\("aria_counts", \{[\s\S]*?mysql: \{ engine: "Aria"/);
    const trigger = "dropping table film drops its trigger(s) ins_film, and the downgrade's createTable does not make them again";
    assert.ok(r.stderr.includes(`warning: ${trigger}`), r.stderr);
    assert.ok(r.revision.includes(`// NOTE: ${trigger}`), r.revision);
  });
});

describe("autogenerate on MariaDB: what the downgrade's createTable can't make again is named", async () => {
  const skip = await requireMysql();
  test("partitioning, table options, INVISIBLE, an index COMMENT", skip, async () => {
    await withMysqlDb(async ({ conn, url }) => {
      mariadb(url, UNMADE);
      const keep = table("keep", { columns: { id: { type: t.integer(), primaryKey: true } } });
      const r = await compareMysql([keep], conn);
      assert.deepEqual(
        r.warnings.filter((w) => w.includes("makes it again without")),
        [
          "dropping table archive_log: the downgrade's createTable makes it again without its partitioning (PARTITION BY and its partitions, with their rows): add them to the downgrade with op.execute",
          "dropping table settings: the downgrade's createTable makes it again without its table options (row_format=COMPRESSED), column secret's INVISIBLE, index name_idx's COMMENT: add them to the downgrade with op.execute",
        ],
      );
    });
  });
});
