import { createRequire as __athanorCreateRequire } from "node:module";
const require = __athanorCreateRequire(import.meta.url);
import{inspect}from"node:util";var MAX=300;function describeThrown(value){return value instanceof Error?firstLine(value.message)||value.name||"Error":showValue(value)}function showValue(value){let text;try{text=inspect(value,{depth:2,breakLength:Number.POSITIVE_INFINITY,maxArrayLength:10,maxStringLength:MAX})}catch{text=Object.prototype.toString.call(value)}let line=text.replace(/\s*\n\s*/g," ");return line.length>MAX?`${line.slice(0,MAX-1)}\u2026`:line}function firstLine(text){return String(text??"").split(`
`)[0]??""}export{describeThrown,showValue};
