// The data contract of the request for assistance (the kit's assistenza-01-dati and
// assistenza-02-conferma). `HttpAssistanceProvider` speaks it as JSON (docs/assistance-api.yaml);
// a back office implements that API, or an `AssistanceProvider` of its own. Failures are the
// `ServiceError` of the service contracts ('invalid', 'unavailable', …).

/** A service of a category, e.g. "Carta d’identità elettronica". */
export interface AssistanceService {
  id: string;
  name: string;
}

/**
 * What the request is about: a category of services (with its services) or an office.
 * A category without `services` is chosen alone.
 */
export interface AssistanceCategory {
  id: string;
  name: string;
  services?: readonly AssistanceService[];
}

/** What the form sends. */
export interface AssistanceRequest {
  name: string;
  surname: string;
  email: string;
  categoryId: string;
  /** The service, when the category lists services. */
  serviceId?: string;
  /** The citizen's message, up to 600 characters. */
  message: string;
  /** The privacy notice was read and accepted. */
  privacyAccepted: true;
  /** The same for every retry of one submission: a server that sees it twice registers once. */
  idempotencyKey: string;
}

/** The request as the comune registered it. */
export interface AssistanceReceipt {
  /** The request's unique code, to quote in any later contact. */
  code: string;
  /** When the request was registered (ISO 8601). */
  receivedAt: string;
}

/** Where requests for assistance go. */
export interface AssistanceProvider {
  /**
   * Sends a request. Rejects with a `ServiceError`: `invalid` (refused), `unavailable` (network,
   * time limit, a bad answer), or the caller's `AbortError` when `signal` aborts.
   */
  submit(request: AssistanceRequest, signal?: AbortSignal): Promise<AssistanceReceipt>;
}
