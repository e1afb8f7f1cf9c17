import { createRequire as __athanorCreateRequire } from "node:module";
const require = __athanorCreateRequire(import.meta.url);
var LINE_BREAKS=/(?:[ \t]*(?:\r\n|[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]))+[ \t]*|\t/g,CONTROL=/[\x00-\x08\x0a-\x1f\x7f-\x9f]/g,ANY=/[\x00-\x1f\x7f-\x9f\u2028\u2029]/;function singleLine(text){return ANY.test(text)?escapeControlCharacters(text.replace(LINE_BREAKS," ")):text}function escapeControlCharacters(line){return line.replace(CONTROL,c=>`\\x${c.charCodeAt(0).toString(16).padStart(2,"0")}`)}export{singleLine,escapeControlCharacters};
