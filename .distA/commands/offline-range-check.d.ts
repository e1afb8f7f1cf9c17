import { type OfflineKind } from "../graph/index.js";
import type { CommandContext } from "./context.js";
export declare function checkOfflineRange(ctx: CommandContext, kind: OfflineKind, target: string): Promise<void>;
