/**
 * MySQL and MariaDB URLs: `mysql://user:password@host:3306/database`,
 * `mariadb://...`, SQLAlchemy's `mysql+pymysql://` forms, and a URL built from
 * the mysql client's and the mysql/mariadb images' variables (MYSQL_HOST,
 * MYSQL_TCP_PORT, MYSQL_PWD, ...) after the generic DB_* ones.
 */
import type { DialectUrls } from "../dialect.js";
export declare function normalizeMysqlUrl(url: string): string;
export declare const mysqlUrls: DialectUrls;
