// Errors of the fake Excel API, shaped like OfficeExtension.Error (code, message, debugInfo).

export class FakeOfficeError extends Error {
  readonly code: string;
  readonly debugInfo: { readonly code: string; readonly message: string; readonly errorLocation?: string };
  readonly traceMessages: string[] = [];
  readonly innerError: null = null;

  constructor(code: string, message: string, errorLocation?: string) {
    super(message);
    this.name = 'RichApi.Error';
    this.code = code;
    this.debugInfo = { code, message, errorLocation };
  }
}

export const FAKE_MESSAGES: Readonly<Record<string, string>> = {
  ItemNotFound: 'The requested resource doesn\'t exist.',
  ItemAlreadyExists: 'A resource with the same name or identifier already exists.',
  InvalidArgument: 'The argument is invalid or missing or has an incorrect format.',
  InvalidOperation: 'The requested operation is invalid.',
  InvalidOperationInCellEditMode: 'Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.',
  AccessDenied: 'You cannot perform the requested operation.',
  ApiNotFound: 'The API you are trying to use could not be found. It may be available in a newer version of Excel.',
  RequestPayloadSizeLimitExceeded: 'The request payload size has exceeded the limit.',
  ResponsePayloadSizeLimitExceeded: 'The response payload size has exceeded the limit.',
  RangeExceedsLimit: 'The cell count in the range has exceeded the maximum supported number.',
  NotImplemented: 'The requested feature isn\'t implemented.',
};

export function fakeError(code: string, location?: string, detail?: string): FakeOfficeError {
  const base = FAKE_MESSAGES[code] ?? code;
  return new FakeOfficeError(code, detail ? `${base} ${detail}` : base, location);
}

/** What reading a property that was not loaded and synced throws in Office.js. */
export function propertyNotLoaded(objectName: string, property: string): FakeOfficeError {
  return new FakeOfficeError(
    'PropertyNotLoaded',
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    `${objectName}.${property}`,
  );
}
