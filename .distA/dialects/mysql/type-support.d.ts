import type { TypeSupport } from "../unsupported.js";
export declare const MYSQL_DIALECT = "mysql";
export declare const mysqlTypeSupport: TypeSupport;
