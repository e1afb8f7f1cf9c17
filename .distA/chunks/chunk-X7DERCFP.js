import { createRequire as __athanorCreateRequire } from "node:module";
const require = __athanorCreateRequire(import.meta.url);
import{provideAthanorApi}from"./chunk-OEMQ7KKP.js";var loadApi=()=>import("../index.js");provideAthanorApi(loadApi);
