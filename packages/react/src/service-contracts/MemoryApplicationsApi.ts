// The applications contract in memory, for the demo and the tests: nothing leaves the page. With
// a `store` the state is read back before each call and written after each change (the demo
// site keeps it in the browser's localStorage, so that a request sent on one page is listed on
// another and by two tabs alike).
import { addDays } from '../forms-support/dates.js';
import { DRAFT_TTL_DAYS } from '../AppointmentBooking/drafts.js';
import {
  type ApplicationDraft,
  type ApplicationMessage,
  type ApplicationsApi,
  type ApplicationSummary,
  type AppointmentSummary,
  type DraftInput,
  type FlowValues,
  type SubmissionInput,
  type UploadedFile,
} from './applications.js';
import { ServiceError, type ServiceErrorKind } from './errors.js';

/** Everything a MemoryApplicationsApi holds, as plain JSON: what a `store` keeps. */
export interface MemoryApplicationsState {
  /** The counter of ids and codes. */
  n: number;
  applications: ApplicationSummary[];
  messages: ApplicationMessage[];
  drafts: ApplicationDraft[];
  appointments: AppointmentSummary[];
  /** Idempotency keys already recorded, with the code of the request they gave. */
  seen: Record<string, string>;
}

/**
 * Where a MemoryApplicationsApi keeps its state between instances (e.g. localStorage). `load`
 * may return anything: a value that is not a state (absent, old, tampered with) is ignored.
 * Both are called synchronously around every call; errors are the store's to swallow.
 */
export interface MemoryApplicationsStore {
  load(): unknown;
  save(state: MemoryApplicationsState): void;
}

export interface MemoryApplicationsApiOptions {
  /**
   * The session: when given, the citizen's calls fail with 'session-expired' while `signedIn()`
   * is false (e.g. `() => identity.signedIn`). `status` by code never needs it.
   */
  signedIn?: () => boolean;
  /** Maximum time of each service in days, by service id (the scheda's). @default 30 */
  maxDays?: Record<string, number>;
  /** The clock. @default () => new Date() */
  now?: () => Date;
  /** Requests, messages, drafts and appointments already there (when the store has nothing). */
  applications?: readonly ApplicationSummary[];
  messages?: readonly ApplicationMessage[];
  drafts?: readonly ApplicationDraft[];
  appointments?: readonly AppointmentSummary[];
  /** Milliseconds each call takes. @default 0 */
  latency?: number;
  /** Keeps the state beyond this instance: read before each call, written after each change. */
  store?: MemoryApplicationsStore;
  /**
   * Domande con graduatoria, simulated: the flow page of each ranked service, by service id. A
   * request to one of them is admitted at once (ranking published, a message with the link
   * `<page>?completa=<code>`), so that the completion (perfezionamento) can be tried.
   */
  rankedServices?: Record<string, string>;
}

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

const isObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/** True for a value shaped as a MemoryApplicationsState (e.g. read back from storage). */
export const isMemoryApplicationsState = (x: unknown): x is MemoryApplicationsState =>
  isObject(x) &&
  typeof x.n === 'number' &&
  Number.isInteger(x.n) &&
  x.n >= 0 &&
  Array.isArray(x.applications) &&
  x.applications.every((a) => isObject(a) && typeof a.code === 'string') &&
  Array.isArray(x.messages) &&
  Array.isArray(x.drafts) &&
  x.drafts.every((d) => isObject(d) && typeof d.id === 'string') &&
  Array.isArray(x.appointments) &&
  isObject(x.seen);

/** Applications in memory; `failNext` makes the next calls fail, to show recovery. */
export class MemoryApplicationsApi implements ApplicationsApi {
  private readonly o: MemoryApplicationsApiOptions;
  private s: MemoryApplicationsState;
  private failures: ServiceErrorKind[] = [];

  constructor(options: MemoryApplicationsApiOptions = {}) {
    this.o = options;
    this.s = {
      n: 0,
      applications: clone([...(options.applications ?? [])]),
      messages: clone([...(options.messages ?? [])]),
      drafts: clone([...(options.drafts ?? [])]),
      appointments: clone([...(options.appointments ?? [])]),
      seen: {},
    };
    this.read();
  }

  /** The next `count` calls fail with `kind`. */
  failNext(kind: ServiceErrorKind = 'unavailable', count = 1): void {
    this.failures.push(...Array<ServiceErrorKind>(count).fill(kind));
  }

  /** The state the store holds, if it holds one (another tab or page may have changed it). */
  private read(): void {
    const stored = this.o.store?.load();
    if (isMemoryApplicationsState(stored)) this.s = clone(stored);
  }
  private write(): void {
    this.o.store?.save(clone(this.s));
  }
  private now() {
    return (this.o.now ?? (() => new Date()))();
  }
  private async gate(signedIn = true) {
    if (this.o.latency) await new Promise((r) => setTimeout(r, this.o.latency));
    const f = this.failures.shift();
    if (f) throw new ServiceError(f, `simulated ${f}`);
    if (signedIn && this.o.signedIn && !this.o.signedIn())
      throw new ServiceError('session-expired', 'simulated session ended');
    this.read();
  }

  async upload(file: File): Promise<UploadedFile> {
    await this.gate();
    const id = `file-${String(++this.s.n)}`;
    this.write();
    // only the name and size are kept: the file's bytes never are
    return { id, name: file.name, size: file.size, type: file.type };
  }
  async saveDraft(d: DraftInput): Promise<ApplicationDraft> {
    await this.gate();
    const savedAt = this.now();
    const saved: ApplicationDraft = clone({
      ...d,
      id: d.id ?? `draft-${String(++this.s.n)}`,
      savedAt: savedAt.toISOString(),
      expiresAt: addDays(savedAt, DRAFT_TTL_DAYS).toISOString(),
    });
    this.s.drafts = [...this.s.drafts.filter((x) => x.id !== saved.id), saved];
    this.write();
    return clone(saved);
  }
  async drafts(): Promise<ApplicationDraft[]> {
    await this.gate();
    const now = this.now().getTime();
    return clone(this.s.drafts.filter((d) => Date.parse(d.expiresAt) > now));
  }
  async deleteDraft(id: string): Promise<void> {
    await this.gate();
    this.s.drafts = this.s.drafts.filter((d) => d.id !== id);
    this.write();
  }
  async submit(input: SubmissionInput): Promise<ApplicationSummary> {
    await this.gate();
    if (!input.idempotencyKey) throw new ServiceError('invalid', 'idempotencyKey is required');
    const s = this.s;
    const again = s.seen[input.idempotencyKey];
    const found = again ? s.applications.find((a) => a.code === again) : undefined;
    if (found) return clone(found);
    const at = this.now();
    const days = this.o.maxDays?.[input.serviceId] ?? 30;
    const prefix =
      input.serviceId
        .replace(/[^a-z]/gi, '')
        .slice(0, 3)
        .toUpperCase() || 'RIC';
    const code = `${prefix}-${String(at.getUTCFullYear())}-${String(1000 + ++s.n).padStart(6, '0')}`;
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
    const flowPage = this.o.rankedServices?.[input.serviceId];
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
    this.write();
    return clone(app);
  }
  async status(code: string): Promise<ApplicationSummary> {
    await this.gate(false);
    const wanted = code.trim().toUpperCase();
    const a = this.s.applications.find((x) => x.code.toUpperCase() === wanted);
    if (!a) throw new ServiceError('not-found', `no request ${code}`);
    return clone(a);
  }
  async applications(): Promise<ApplicationSummary[]> {
    await this.gate();
    return clone(this.s.applications);
  }
  async messages(): Promise<ApplicationMessage[]> {
    await this.gate();
    return clone([...this.s.messages].sort((a, b) => b.date.localeCompare(a.date)));
  }
  async appointments(): Promise<AppointmentSummary[]> {
    await this.gate();
    return clone(this.s.appointments);
  }
  async complete(code: string, _values: FlowValues, key: string): Promise<ApplicationSummary> {
    await this.gate();
    const a = this.s.applications.find((x) => x.code === code);
    if (!a) throw new ServiceError('not-found', `no request ${code}`);
    if (!this.s.seen[`complete:${key}`]) {
      const at = this.now().toISOString();
      a.status = 'Processo in corso';
      delete a.actionHref;
      a.stages = [
        ...a.stages
          .filter((x) => x.label !== 'Perfezionamento')
          .map((x) => ({ ...x, state: 'done' as const })),
        { label: 'Perfezionamento inviato', state: 'current', date: at },
      ];
      this.s.seen[`complete:${key}`] = code;
      this.write();
    }
    return clone(a);
  }
}
