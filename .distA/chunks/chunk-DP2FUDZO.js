import { createRequire as __athanorCreateRequire } from "node:module";
const require = __athanorCreateRequire(import.meta.url);
function defineTable(name,spec){return{name,...spec}}function primaryKeyColumns(table){return table.primaryKey?[...table.primaryKey.columns]:table.columns.filter(c=>c.primaryKey).map(c=>c.name)}export{defineTable,primaryKeyColumns};
