import { createRequire as __athanorCreateRequire } from "node:module";
const require = __athanorCreateRequire(import.meta.url);
import{postgresDrizzleReader}from"../../chunks/chunk-JJ437PWD.js";import"../../chunks/chunk-G5C2T7CU.js";import"../../chunks/chunk-M7ZMBH2X.js";import"../../chunks/chunk-BJFXCNPA.js";import"../../chunks/chunk-Z6NU47JJ.js";import"../../chunks/chunk-BVUNCD6O.js";import"../../chunks/chunk-OL2GUOIT.js";import"../../chunks/chunk-AWQVSUFS.js";import"../../chunks/chunk-SXTNH7SW.js";export{postgresDrizzleReader};
