import type { ApiError, ErrorCode } from '../../contract/api/payloads.ts';

/** An answer other than success, with the status, code and sentence the client gets. */
export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly parameter?: string,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(message);
    this.name = 'ApiProblem';
  }

  body(requestId: string): ApiError {
    return {
      error: this.code,
      message: this.message,
      ...(this.parameter !== undefined ? { parameter: this.parameter } : {}),
      requestId,
    };
  }
}

export class BadRequestError extends ApiProblem {
  constructor(parameter: string, message: string) {
    super(400, 'bad_request', message, parameter);
  }
}

export class NotFoundError extends ApiProblem {
  constructor(what: string) {
    super(404, 'not_found', `${what} not found`);
  }
}

export class ConflictError extends ApiProblem {
  constructor(message: string) {
    super(409, 'conflict', message);
  }
}

/** Seconds a client should wait before it tries again when the database is away or busy. */
export const RETRY_AFTER_SECONDS = 5;

export class UnavailableError extends ApiProblem {
  constructor(message: string) {
    super(503, 'database_unavailable', message, undefined, { 'retry-after': String(RETRY_AFTER_SECONDS) });
  }
}
