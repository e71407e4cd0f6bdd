// The one error of the service contracts (applications, identity, payments).

/** Why a call to a back office failed. */
export type ServiceErrorKind =
  /** Network or server trouble, a timeout, or an answer that is not what the contract says. */
  | 'unavailable'
  /** The citizen is no longer signed in: sign in again, nothing typed is lost. */
  | 'session-expired'
  /** Nothing with that code or number. */
  | 'not-found'
  /** The request was refused as invalid. */
  | 'invalid';

/**
 * A failed call of an applications, identity or payments contract. `message` says what and
 * where (e.g. "GET /applications/AB12: field "status" is not a string").
 */
export class ServiceError extends Error {
  readonly kind: ServiceErrorKind;
  constructor(kind: ServiceErrorKind, message?: string) {
    super(message ?? kind);
    this.name = 'ServiceError';
    this.kind = kind;
  }
}

/** True when `e` is a `ServiceError` of `kind`. */
export const isServiceError = (e: unknown, kind?: ServiceErrorKind): e is ServiceError =>
  e instanceof ServiceError && (kind === undefined || e.kind === kind);
