import { createRequire as __athanorCreateRequire } from "node:module";
const require = __athanorCreateRequire(import.meta.url);
import{catalogType,introspect,postgresIntrospector}from"../../chunks/chunk-FCJRHQHI.js";import"../../chunks/chunk-M7ZMBH2X.js";import"../../chunks/chunk-Z6NU47JJ.js";import"../../chunks/chunk-SXTNH7SW.js";export{catalogType,introspect,postgresIntrospector};
