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
  ServiceError,
  SimulatedIdentity,
  SimulatedPayments,
  type AccessMethod,
  type ApplicationDraft,
  type ApplicationMessage,
  type ApplicationsApi,
  type ApplicationSummary,
  type AppointmentSummary,
  type Citizen,
  type DraftInput,
  type FlowValues,
  type IdentityProvider,
  type PaymentDue,
  type PaymentOutcome,
  type PaymentsProvider,
  type SubmissionInput,
  type UploadedFile,
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

const DAY = 86_400_000;
const DRAFT_DAYS = 366;

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

interface DemoState {
  n: number;
  applications: ApplicationSummary[];
  drafts: ApplicationDraft[];
  messages: ApplicationMessage[];
  appointments: AppointmentSummary[];
  /** Idempotency keys already recorded, with the code they gave. */
  seen: Record<string, string>;
}

const isState = (x: unknown): x is DemoState =>
  isObject(x) &&
  typeof x.n === 'number' &&
  Array.isArray(x.applications) &&
  Array.isArray(x.drafts) &&
  Array.isArray(x.messages) &&
  Array.isArray(x.appointments) &&
  isObject(x.seen);

const emptyState = (): DemoState => ({
  n: 0,
  applications: [],
  drafts: [],
  messages: [],
  appointments: [],
  seen: {},
});

const addDays = (d: Date, days: number) => new Date(d.getTime() + days * DAY);
const copy = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

/**
 * The applications contract kept in this browser's localStorage (the demo's back office).
 * Read again on every call, so two tabs see each other's requests. Calls of the citizen fail
 * with 'session-expired' when the simulated identity is signed out; the status by code never
 * needs a sign-in (CSE.1.9).
 */
export class DemoApplicationsApi implements ApplicationsApi {
  constructor(
    private readonly identity: DemoIdentity,
    private readonly data: SimulationData,
    private readonly now: () => Date = () => new Date(),
  ) {}

  private load(): DemoState {
    return readJson(storage('local'), DEMO_KEYS.applications, isState) ?? emptyState();
  }
  private store(s: DemoState): void {
    writeJson(storage('local'), DEMO_KEYS.applications, s);
  }
  private gate(signedIn = true): void {
    if (signedIn && !this.identity.signedIn)
      throw new ServiceError('session-expired', 'simulated session ended');
  }

  async upload(file: File): Promise<UploadedFile> {
    this.gate();
    const s = this.load();
    s.n += 1;
    this.store(s);
    // only the name and size are kept: the demo never stores the file's bytes
    return { id: `file-${String(s.n)}`, name: file.name, size: file.size, type: file.type };
  }
  async saveDraft(d: DraftInput): Promise<ApplicationDraft> {
    this.gate();
    const s = this.load();
    const at = this.now();
    const id = d.id ?? `draft-${String((s.n += 1))}`;
    const saved: ApplicationDraft = {
      ...copy(d),
      id,
      savedAt: at.toISOString(),
      expiresAt: addDays(at, DRAFT_DAYS).toISOString(),
    };
    s.drafts = [...s.drafts.filter((x) => x.id !== id), saved];
    this.store(s);
    return copy(saved);
  }
  async drafts(): Promise<ApplicationDraft[]> {
    this.gate();
    const now = this.now().getTime();
    return this.load().drafts.filter((d) => Date.parse(d.expiresAt) > now);
  }
  async deleteDraft(id: string): Promise<void> {
    this.gate();
    const s = this.load();
    s.drafts = s.drafts.filter((d) => d.id !== id);
    this.store(s);
  }
  async submit(input: SubmissionInput): Promise<ApplicationSummary> {
    this.gate();
    if (!input.idempotencyKey) throw new ServiceError('invalid', 'idempotencyKey is required');
    const s = this.load();
    const again = s.seen[input.idempotencyKey];
    const found = again ? s.applications.find((a) => a.code === again) : undefined;
    if (found) return copy(found);
    const at = this.now();
    const days = this.data.maxDays[input.serviceId] ?? 30;
    s.n += 1;
    const prefix =
      input.serviceId
        .replace(/[^a-z]/gi, '')
        .slice(0, 3)
        .toUpperCase() || 'RIC';
    const code = `${prefix}-${String(at.getUTCFullYear())}-${String(100000 + s.n)}`;
    const outcomeBy = addDays(at, days).toISOString();
    const app: ApplicationSummary = {
      code,
      serviceId: input.serviceId,
      serviceName: input.serviceName,
      submittedAt: at.toISOString(),
      takenInChargeAt: at.toISOString(),
      outcomeBy,
      status: 'Processo in corso',
      stages: [
        { label: 'Richiesta inviata', state: 'done', date: at.toISOString() },
        { label: 'Presa in carico', state: 'current', date: at.toISOString() },
        { label: 'Esito', state: 'pending', date: outcomeBy },
      ],
    };
    // Domande con graduatoria: the demo publishes the ranking at once and admits the request,
    // so that the completion (perfezionamento) can be tried.
    const flowPage = this.data.rankedServices?.[input.serviceId];
    if (flowPage) {
      const href = `${flowPage}?completa=${encodeURIComponent(code)}`;
      app.status = 'Richiesta ammessa: da perfezionare';
      app.actionHref = href;
      app.stages = [
        ...app.stages.slice(0, 2).map((x) => ({ ...x, state: 'done' as const })),
        {
          label: 'Graduatoria pubblicata: domanda ammessa',
          state: 'current',
          date: at.toISOString(),
        },
        { label: 'Perfezionamento', state: 'pending' },
      ];
      s.messages.unshift({
        id: `msg-${String(s.n)}`,
        date: at.toISOString(),
        subject: `Graduatoria pubblicata: ${input.serviceName}`,
        body: `La domanda ${code} è stata ammessa (simulazione). Per confermare il posto completa la richiesta.`,
        code,
        action: { label: 'Completa la richiesta', href },
      });
    }
    s.applications.unshift(app);
    s.seen[input.idempotencyKey] = code;
    if (input.draftId) s.drafts = s.drafts.filter((d) => d.id !== input.draftId);
    this.store(s);
    return copy(app);
  }
  async status(code: string): Promise<ApplicationSummary> {
    this.gate(false);
    const wanted = code.trim().toUpperCase();
    const a = this.load().applications.find((x) => x.code.toUpperCase() === wanted);
    if (!a) throw new ServiceError('not-found', `no request ${code}`);
    return a;
  }
  async applications(): Promise<ApplicationSummary[]> {
    this.gate();
    return this.load().applications;
  }
  async messages(): Promise<ApplicationMessage[]> {
    this.gate();
    return [...this.load().messages].sort((a, b) => b.date.localeCompare(a.date));
  }
  async appointments(): Promise<AppointmentSummary[]> {
    this.gate();
    return this.load().appointments;
  }
  async complete(code: string, _values: FlowValues, key: string): Promise<ApplicationSummary> {
    this.gate();
    const s = this.load();
    const a = s.applications.find((x) => x.code === code);
    if (!a) throw new ServiceError('not-found', `no request ${code}`);
    if (!s.seen[`complete:${key}`]) {
      const at = this.now().toISOString();
      a.status = 'Processo in corso';
      delete a.actionHref;
      a.stages = [
        ...a.stages
          .filter((x) => x.label !== 'Perfezionamento')
          .map((x) => ({ ...x, state: 'done' as const })),
        { label: 'Perfezionamento inviato', state: 'current', date: at },
      ];
      s.seen[`complete:${key}`] = code;
      this.store(s);
    }
    return copy(a);
  }
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
    api: new DemoApplicationsApi(identity, data),
    payments: new DemoPayments(data.dues),
  };
}
