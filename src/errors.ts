/** An error the CLI turns into one stderr line and an exit status. Core modules throw these instead of printing. */
export class PartyDiploError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
    readonly hint?: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** The command line asked for something impossible: exit status 2. */
export class UsageError extends PartyDiploError {
  constructor(message: string, hint?: string) {
    super(message, 2, hint);
  }
}

/** The input could not be processed: exit status 1. */
export class InputError extends PartyDiploError {
  constructor(message: string, hint?: string) {
    super(message, 1, hint);
  }
}
