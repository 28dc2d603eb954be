/** Errors the fake raises, shaped like OfficeExtension.Error (a `code` and a message). */
export type FakeErrorCode =
  | "PropertyNotLoaded"
  | "ItemNotFound"
  | "ItemAlreadyExists"
  | "InvalidArgument"
  | "InvalidOperation"
  | "InvalidReference"
  | "GeneralException"
  | "ResponsePayloadSizeLimitExceeded";

/** An Office.js-like error with a `code` (e.g. "PropertyNotLoaded"). */
export class FakeOfficeError extends Error {
  readonly code: FakeErrorCode;
  constructor(code: FakeErrorCode, message: string) {
    super(`${code}: ${message}`);
    this.code = code;
    this.name = "OfficeExtension.Error";
  }
}

/** Throws a FakeOfficeError. */
export function fail(code: FakeErrorCode, message: string): never {
  throw new FakeOfficeError(code, message);
}
