import { createRequire as __athanorCreateRequire } from "node:module";
const require = __athanorCreateRequire(import.meta.url);
var SQL_BRAND=Symbol.for("athanor.sql");function sql(text){if(typeof text!="string")throw new TypeError("sql() takes a string of SQL");return Object.freeze({[SQL_BRAND]:!0,sql:text})}function isSqlExpression(value){return typeof value=="object"&&value!==null&&value[SQL_BRAND]===!0&&typeof value.sql=="string"}function sqlTextOf(value){return typeof value=="string"?value:value.sql}export{SQL_BRAND,sql,isSqlExpression,sqlTextOf};
