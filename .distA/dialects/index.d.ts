export type * from "./dialect.js";
export { loadOptionalModule } from "./load-module.js";
export { maskUrl, scrubSecrets, secretsInUrl } from "./mask-url.js";
export { postgresDialect } from "./postgres/index.js";
export { dialectForUrl, registerDialect, supportedUrlSchemes } from "./registry.js";
