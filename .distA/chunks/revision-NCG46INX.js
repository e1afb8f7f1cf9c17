import { createRequire as __athanorCreateRequire } from "node:module";
const require = __athanorCreateRequire(import.meta.url);
import{generateRevision,revision}from"./chunk-L67O77IW.js";import"./chunk-PUUMUME7.js";import"./chunk-JVUN3I4Z.js";import"./chunk-T6NSR74R.js";import"./chunk-CEOMRKU7.js";import"./chunk-63X5VS7D.js";import"./chunk-M6KGHICC.js";import"./chunk-WCZEMRI2.js";import"./chunk-532G4I7D.js";import"./chunk-OL2GUOIT.js";import"./chunk-SXTNH7SW.js";export{generateRevision,revision};
