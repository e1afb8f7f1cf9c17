export { collectModels, isModelSet } from "./collect.js";
export { fromDrizzleTable, isDrizzleTable } from "./drizzle.js";
export { toCamelCase, toSnakeCase } from "./drizzle-casing.js";
export { expandGlob, loadModels, resolveModelFiles } from "./load.js";
export { applyNamingConvention, fitName, namingConvention, truncateBytes, } from "./naming.js";
export { enumType, table } from "./table.js";
