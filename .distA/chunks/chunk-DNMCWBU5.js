import { createRequire as __athanorCreateRequire } from "node:module";
const require = __athanorCreateRequire(import.meta.url);
var IMPORTER=Symbol.for("athanor.import");function importModule(specifier){let hook=globalThis[IMPORTER];return hook?hook(specifier):import(specifier)}export{importModule};
