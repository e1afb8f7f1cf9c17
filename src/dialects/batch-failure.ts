/**
 * A batch of statements sent as one message (DatabaseConnection.batch) failed:
 * `index` is the statement that failed (the ones before it ran), `error` what
 * the server said.
 */
export class BatchFailure extends Error {
  constructor(
    readonly index: number,
    readonly error: unknown,
  ) {
    super(error instanceof Error ? error.message : String(error));
    this.name = "BatchFailure";
  }
}
