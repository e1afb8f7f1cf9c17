import { createRequire as __athanorCreateRequire } from "node:module";
const require = __athanorCreateRequire(import.meta.url);
import{DEFAULTS,defineConfig}from"../chunks/chunk-OZMY3FM3.js";import"../chunks/chunk-SXTNH7SW.js";export{DEFAULTS,defineConfig};
