/** One GraphQL error of a response, with the fields the Synergia API sets in `extensions`. */
export type ApiErrorDetail = {
  message: string;
  path?: ReadonlyArray<string | number>;
  /** `extensions.code`: `UNAUTHENTICATED`, `FORBIDDEN`, `BAD_USER_INPUT`, `INTERNAL_SERVER_ERROR`, … */
  code?: string;
  /** `extensions.argument`: the query argument at fault, for `BAD_USER_INPUT`. */
  argument?: string;
  extensions?: Record<string, unknown>;
};

/**
 * A request the API refused as a whole: top-level GraphQL errors, or an HTTP
 * answer without a GraphQL body. Mutation payload `errors` (typed user
 * errors) are not thrown: they are data, returned like any field.
 */
export class SynergiaApiError extends Error {
  override readonly name = 'SynergiaApiError';
  /** Every GraphQL error of the response (at least one). */
  readonly errors: ApiErrorDetail[];
  /** The HTTP status of the response. */
  readonly status: number;
  /** The data answered beside the errors, if any (a partial result). */
  readonly data: unknown;
  /** Seconds to wait before retrying, from `Retry-After`, when the API sent one. */
  readonly retryAfter: number | undefined;

  constructor(errors: ApiErrorDetail[], options: { status: number; data?: unknown; retryAfter?: number }) {
    super(errors.map((error) => (error.code ? `${error.code}: ${error.message}` : error.message)).join('; '));
    this.errors = errors;
    this.status = options.status;
    this.data = options.data ?? null;
    this.retryAfter = options.retryAfter;
  }

  /** The code of the first error (`extensions.code`), the one to branch on. */
  get code(): string | undefined {
    return this.errors[0]?.code;
  }

  /** The argument the first error names (`extensions.argument`), if any. */
  get argument(): string | undefined {
    return this.errors[0]?.argument;
  }
}

/** Reads the `errors` of a GraphQL response body into details. */
export function toErrorDetails(errors: unknown): ApiErrorDetail[] {
  if (!Array.isArray(errors)) return [];
  return errors.map((error: any) => {
    const extensions = error && typeof error.extensions === 'object' && error.extensions ? (error.extensions as Record<string, unknown>) : undefined;
    const detail: ApiErrorDetail = { message: typeof error?.message === 'string' ? error.message : String(error) };
    if (Array.isArray(error?.path)) detail.path = error.path;
    if (typeof extensions?.code === 'string') detail.code = extensions.code;
    if (typeof extensions?.argument === 'string') detail.argument = extensions.argument;
    if (extensions) detail.extensions = extensions;
    return detail;
  });
}
