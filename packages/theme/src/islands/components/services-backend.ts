// The back office of the service islands (the flows, the segnalazione, the area personale).
// With Site.servicesApi: the HTTP contracts of @piazza/react (docs/applications-api.yaml).
// Without it: a simulation kept in this browser, so that a request sent on a flow page shows up
// in the area personale and by its code on another page. The simulated sign-in lasts the
// browser tab (sessionStorage), requests, drafts and payments are kept on this device
// (localStorage); the screens of the flows say that access and payment are simulated.
import {
  HttpApplicationsApi,
  HttpIdentityProvider,
  HttpPaymentsProvider,
  MemoryApplicationsApi,
  SimulatedIdentity,
  SimulatedPayments,
  type AccessMethod,
  type ApplicationsApi,
  type Citizen,
  type IdentityProvider,
  type PaymentDue,
  type PaymentOutcome,
  type PaymentsProvider,
} from '@piazza/react/services';
import { DEMO_KEYS } from '../demo-keys.js';

export { DEMO_KEYS };

/** Site.servicesApi, as the islands receive it. */
export interface ServicesBackOffice {
  applications: string;
  identity: string;
  payments: string;
  spidProviders: { id: string; name: string }[];
}

/** What the simulation needs to know of the site's services. */
export interface SimulationData {
  /** Maximum time in days of each service, by id (the scheda's). */
  maxDays: Record<string, number>;
  /** Domande con graduatoria: the flow page of each such service, by id (the ranking message links it). */
  rankedServices?: Record<string, string>;
  /** Sums owed in the demo (found by their notice code). */
  dues?: PaymentDue[];
}

export interface ServicesBackend {
  api: ApplicationsApi;
  identity: IdentityProvider;
  payments: PaymentsProvider;
}

function storage(kind: 'local' | 'session'): Storage | null {
  try {
    return kind === 'local' ? globalThis.localStorage : globalThis.sessionStorage;
  } catch {
    return null; // storage blocked: the simulation then lasts the page
  }
}

function readJson<T>(s: Storage | null, key: string, check: (x: unknown) => x is T): T | null {
  try {
    const raw = s?.getItem(key);
    if (!raw) return null;
    const x: unknown = JSON.parse(raw);
    return check(x) ? x : null;
  } catch {
    return null;
  }
}

function writeJson(s: Storage | null, key: string, value: unknown): void {
  try {
    s?.setItem(key, JSON.stringify(value));
  } catch {
    // full or blocked: the page keeps working in memory
  }
}

const isObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/** The demo's identity: signed in for the browser tab once a simulated access is chosen. */
export class DemoIdentity extends SimulatedIdentity {
  constructor() {
    const stored = readJson(storage('session'), DEMO_KEYS.citizen, isObject);
    super(stored ? { signedIn: true, citizen: { ...(stored as unknown as Citizen) } } : {});
  }
  override async signIn(method: AccessMethod): Promise<Citizen> {
    const c = await super.signIn(method);
    writeJson(storage('session'), DEMO_KEYS.citizen, c);
    return c;
  }
  override expire(): void {
    super.expire();
    try {
      storage('session')?.removeItem(DEMO_KEYS.citizen);
    } catch {
      // nothing to remove
    }
  }
}

/**
 * The demo's requests, drafts and messages: a MemoryApplicationsApi of @piazza/react whose state
 * is kept in this browser's localStorage, read again on every call (two tabs see each other's
 * requests). Calls of the citizen fail with 'session-expired' when the simulated identity is
 * signed out; the status by code never needs a sign-in (CSE.1.9). Uploads keep only a file's
 * name and size, never its bytes.
 */
export function demoApplicationsApi(
  identity: DemoIdentity,
  data: SimulationData,
  now?: () => Date,
): ApplicationsApi {
  return new MemoryApplicationsApi({
    signedIn: () => identity.signedIn,
    maxDays: data.maxDays,
    ...(data.rankedServices ? { rankedServices: data.rankedServices } : {}),
    ...(now ? { now } : {}),
    store: {
      load: () => readJson(storage('local'), DEMO_KEYS.applications, isObject),
      save: (state) => writeJson(storage('local'), DEMO_KEYS.applications, state),
    },
  });
}

const isDues = (x: unknown): x is PaymentDue[] =>
  Array.isArray(x) && x.every((d) => isObject(d) && typeof d.noticeCode === 'string');

/** The demo's pagoPA: payments settled in the page, kept on this device. */
export class DemoPayments extends SimulatedPayments {
  constructor(dues: readonly PaymentDue[] = []) {
    const stored = readJson(storage('local'), DEMO_KEYS.payments, isDues) ?? [];
    const merged = [
      ...dues.map((d) => stored.find((x) => x.noticeCode === d.noticeCode) ?? d),
      ...stored.filter((x) => !dues.some((d) => d.noticeCode === x.noticeCode)),
    ];
    super({ dues: merged });
  }
  override async settle(paymentId: string, status: 'paid' | 'cancelled'): Promise<PaymentOutcome> {
    const out = await super.settle(paymentId, status);
    writeJson(storage('local'), DEMO_KEYS.payments, await this.payments());
    return out;
  }
}

let demoIdentity: DemoIdentity | null = null;

/**
 * The back office of an island. The demo's identity is one per page, so the islands of a page
 * share the sign-in. Created in the browser when an island hydrates (and once on the server,
 * where no storage exists and nothing is called).
 */
export function servicesBackend(
  backOffice: ServicesBackOffice | undefined,
  data: SimulationData,
): ServicesBackend {
  if (backOffice) {
    return {
      api: new HttpApplicationsApi({ baseUrl: backOffice.applications }),
      identity: new HttpIdentityProvider({
        baseUrl: backOffice.identity,
        spidProviders: backOffice.spidProviders,
      }),
      payments: new HttpPaymentsProvider({ baseUrl: backOffice.payments }),
    };
  }
  const identity =
    typeof window === 'undefined' ? new DemoIdentity() : (demoIdentity ??= new DemoIdentity());
  return {
    identity,
    api: demoApplicationsApi(identity, data),
    payments: new DemoPayments(data.dues),
  };
}
