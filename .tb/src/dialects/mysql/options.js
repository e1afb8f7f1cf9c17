/**
 * MySQL/MariaDB-only options, carried by operations and models under a
 * `mysql` key (`{ mysql: { engine: "InnoDB" } }`). Other dialects ignore
 * them, as Alembic's dialects ignore each other's `mysql_*` keyword arguments.
 */
export {};
