import { createRequire as __athanorCreateRequire } from "node:module";
const require = __athanorCreateRequire(import.meta.url);
function defineConfig(config){return config}var DEFAULTS={scriptLocation:"migrations",recursiveVersionLocations:!1,fileTemplate:"{rev}_{slug}",timezone:"UTC",truncateSlugLength:40,versionTable:"athanor_version",versionTableSchema:null,postWriteHooks:[],revisionExtension:"ts",transactionMode:"per-migration",idleInTransactionTimeout:"5min",compareType:!0,compareServerDefault:!0,onUnversionedDatabase:"refuse"};export{defineConfig,DEFAULTS};
