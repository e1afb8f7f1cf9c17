import { createRequire as __athanorCreateRequire } from "node:module";
const require = __athanorCreateRequire(import.meta.url);
import{checkExpression,introspect,sqliteIntrospector,typeFromDeclared}from"../../chunks/chunk-SBYTAE6N.js";import"../../chunks/chunk-N4STQIXI.js";import"../../chunks/chunk-B36JJD4C.js";import"../../chunks/chunk-KQAW5WJA.js";import"../../chunks/chunk-OL2GUOIT.js";import"../../chunks/chunk-SXTNH7SW.js";export{checkExpression,introspect,sqliteIntrospector,typeFromDeclared};
