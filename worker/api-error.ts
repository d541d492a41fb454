import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { type ErrorCode, errorCodes } from '../shared/sync-protocol/error-codes';

/** An error the client is told about: thrown anywhere, answered by the app's one `onError`. */
export class ApiError extends HTTPException {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(errorCodes[code].status as ContentfulStatusCode, { message });
  }
}
