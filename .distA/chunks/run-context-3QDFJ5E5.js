import { createRequire as __athanorCreateRequire } from "node:module";
const require = __athanorCreateRequire(import.meta.url);
import{EMPTY_RUN_CONTEXT,RunContext}from"./chunk-4DSQ4U7S.js";import"./chunk-OL2GUOIT.js";import"./chunk-SXTNH7SW.js";export{EMPTY_RUN_CONTEXT,RunContext};
