import type { DialectCapabilities } from "../dialect.js";
/**
 * What MySQL 8 and MariaDB 10.6+ can do; see DialectCapabilities. Each DDL
 * statement commits by itself (no transactional DDL), so the runtime uses the
 * autocommit step protocol (src/runtime/step-protocol-autocommit.ts). A schema
 * is a database; enums are written inline (`ENUM('a','b')`); identifiers are
 * limited to 64 characters.
 */
export declare const mysqlCapabilities: DialectCapabilities;
