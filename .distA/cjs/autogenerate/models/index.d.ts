export { type CollectOptions, collectModels, isModelSet, type ModelSet } from "./collect.js";
export { type DrizzleTableOptions, type DrizzleTableReader, fromDrizzleTable, isDrizzleTable, registerDrizzleReader } from "./drizzle-readers.js";
export { type DrizzleCasing, toCamelCase, toSnakeCase } from "./drizzle-casing.js";
export { expandGlob, type LoadModelsConfig, loadModels, resolveModelFiles } from "./load.js";
export { applyNamingConvention, fitName, type NamingContext, type NamingConvention, type NamingTemplate, namingConvention, truncateBytes, } from "./naming.js";
export { type ColumnSpec, enumType, type ModelEnum, type ModelIndex, type ModelTableOptions, type ModelTableSpec, table } from "./table.js";
