/**
 * The one error type whose message is safe and useful to show a user as it is.
 * Anything else that escapes is a bug: adapters log it and show a generic apology.
 */
export class UserError extends Error {
  constructor(message: string, readonly code: string = "bad_input") {
    super(message);
    this.name = "UserError";
  }
}

export const isUserError = (e: unknown): e is UserError => e instanceof UserError;
