import { createRequire as __athanorCreateRequire } from "node:module";
const require = __athanorCreateRequire(import.meta.url);
import{offlineRangeProblem}from"./chunk-CEOMRKU7.js";import{UsageError}from"./chunk-OL2GUOIT.js";async function checkOfflineRange(ctx,kind,target){let{map}=await ctx.scriptDirectory(),problem=offlineRangeProblem(map,kind,target);if(problem!==null)throw new UsageError(problem,"OFFLINE.RANGE")}export{checkOfflineRange};
