import { SkippedAfterFailure } from "../dialects/batch-failure.js";
import { describeThrown } from "../util/describe-thrown.js";
import { StatementError } from "./step-executor.js";
import { VersionRecordError } from "./version-store.js";
/** A step sent ahead failed: `step` is the one to name, `cause` what happened. */
export class StepFailedAhead extends Error {
    step;
    cause;
    constructor(step, cause) {
        super(describeThrown(cause));
        this.step = step;
        this.cause = cause;
        this.name = "StepFailedAhead";
    }
}
export class StepsInFlight {
    onLanded;
    queue = [];
    /** When the last step landed (or run directly) had finished. */
    finishedAt = 0;
    constructor(onLanded) {
        this.onLanded = onLanded;
    }
    get size() {
        return this.queue.length;
    }
    add(f) {
        this.queue.push(f);
    }
    /** Waits for the oldest step and reports it; its failure is thrown as a StepFailedAhead. */
    async land() {
        const f = this.queue.shift();
        if (!f)
            return;
        let finishedAt;
        try {
            finishedAt = await f.done;
        }
        catch (e) {
            if (e instanceof SkippedAfterFailure)
                throw e; // an earlier step's failure is the one to report
            const cause = e instanceof StatementError && e.source === f.record ? new VersionRecordError(f.step.actions, e.original) : e;
            throw new StepFailedAhead(f.step, cause);
        }
        this.onLanded(f, this.finish(f.started, finishedAt));
    }
    /** Lands every step (keeping `keep` in flight). */
    async landAll(keep = 0) {
        while (this.queue.length > keep)
            await this.land();
    }
    /**
     * After a failure: lands the steps that committed, and returns the first
     * failure among the steps sent ahead (it comes before whatever failed
     * later), or null.
     */
    async drain() {
        while (this.queue.length > 0) {
            try {
                await this.land();
            }
            catch (e) {
                this.queue.length = 0;
                if (e instanceof StepFailedAhead)
                    return e;
            }
        }
        return null;
    }
    /** A step that ran directly, not sent ahead, finished now: its duration. */
    finishDirect(started) {
        return this.finish(started, Date.now());
    }
    finish(started, finishedAt) {
        const durationMs = Math.max(0, finishedAt - Math.max(started, this.finishedAt));
        this.finishedAt = Math.max(this.finishedAt, finishedAt);
        return durationMs;
    }
}
