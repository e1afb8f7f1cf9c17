import { inline } from "./inline.js";
import { renderLiteral } from "./literal.js";
import { renderOperation } from "./render-operation.js";
import { allTypes } from "../unsupported.js";
export const postgresRenderer = { renderOperation, renderLiteral, inline, supportsType: allTypes };
export { inline } from "./inline.js";
export { quoteString, renderLiteral, renderValueOrSql } from "./literal.js";
export { renderOperation } from "./render-operation.js";
export { renderColumnType } from "./render-type.js";
