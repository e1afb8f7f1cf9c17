import { createRequire as __athanorCreateRequire } from "node:module";
const require = __athanorCreateRequire(import.meta.url);
import{DEFAULTS}from"./chunk-OZMY3FM3.js";import{parseDurationMs}from"./chunk-IRPYHLY6.js";function idleLimitMs(input){return timeValueMs(input.timeouts.idleInTransactionTimeout??DEFAULTS.idleInTransactionTimeout)}function timeValueMs(value){let ms=parseDurationMs(value);return ms!==null&&Number.isFinite(ms)&&ms>=1?Math.round(ms):null}export{idleLimitMs};
