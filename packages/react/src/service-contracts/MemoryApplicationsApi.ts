// The applications contract in memory, for the demo and the tests: nothing leaves the page.
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
  /** Requests, messages, drafts and appointments already there. */
  applications?: readonly ApplicationSummary[];
  messages?: readonly ApplicationMessage[];
  drafts?: readonly ApplicationDraft[];
  appointments?: readonly AppointmentSummary[];
  /** Milliseconds each call takes. @default 0 */
  latency?: number;
}

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

/** Applications in memory; `failNext` makes the next calls fail, to show recovery. */
export class MemoryApplicationsApi implements ApplicationsApi {
  private readonly o: MemoryApplicationsApiOptions;
  private readonly apps: ApplicationSummary[];
  private readonly msgs: ApplicationMessage[];
  private readonly drafted: ApplicationDraft[];
  private readonly appts: AppointmentSummary[];
  private readonly seen = new Map<string, ApplicationSummary>();
  private failures: ServiceErrorKind[] = [];
  private n = 0;

  constructor(options: MemoryApplicationsApiOptions = {}) {
    this.o = options;
    this.apps = clone([...(options.applications ?? [])]);
    this.msgs = clone([...(options.messages ?? [])]);
    this.drafted = clone([...(options.drafts ?? [])]);
    this.appts = clone([...(options.appointments ?? [])]);
  }

  /** The next `count` calls fail with `kind`. */
  failNext(kind: ServiceErrorKind = 'unavailable', count = 1): void {
    this.failures.push(...Array<ServiceErrorKind>(count).fill(kind));
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
  }

  async upload(file: File): Promise<UploadedFile> {
    await this.gate();
    return { id: `file-${++this.n}`, name: file.name, size: file.size, type: file.type };
  }
  async saveDraft(d: DraftInput): Promise<ApplicationDraft> {
    await this.gate();
    const savedAt = this.now();
    const saved: ApplicationDraft = clone({
      ...d,
      id: d.id ?? `draft-${++this.n}`,
      savedAt: savedAt.toISOString(),
      expiresAt: addDays(savedAt, DRAFT_TTL_DAYS).toISOString(),
    });
    const i = this.drafted.findIndex((x) => x.id === saved.id);
    if (i >= 0) this.drafted[i] = saved;
    else this.drafted.push(saved);
    return clone(saved);
  }
  async drafts(): Promise<ApplicationDraft[]> {
    await this.gate();
    const now = this.now().getTime();
    return clone(this.drafted.filter((d) => Date.parse(d.expiresAt) > now));
  }
  async deleteDraft(id: string): Promise<void> {
    await this.gate();
    const i = this.drafted.findIndex((x) => x.id === id);
    if (i >= 0) this.drafted.splice(i, 1);
  }
  async submit(input: SubmissionInput): Promise<ApplicationSummary> {
    await this.gate();
    if (!input.idempotencyKey) throw new ServiceError('invalid', 'idempotencyKey is required');
    const again = this.seen.get(input.idempotencyKey);
    if (again) return clone(again);
    const at = this.now();
    const days = this.o.maxDays?.[input.serviceId] ?? 30;
    const year = at.getUTCFullYear();
    const code = `${input.serviceId.slice(0, 3).toUpperCase()}-${year}-${String(1000 + ++this.n).padStart(6, '0')}`;
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
    this.apps.unshift(app);
    this.seen.set(input.idempotencyKey, app);
    if (input.draftId) await this.deleteDraft(input.draftId).catch(() => undefined);
    return clone(app);
  }
  async status(code: string): Promise<ApplicationSummary> {
    await this.gate(false);
    const a = this.apps.find((x) => x.code.toUpperCase() === code.trim().toUpperCase());
    if (!a) throw new ServiceError('not-found', `no request ${code}`);
    return clone(a);
  }
  async applications(): Promise<ApplicationSummary[]> {
    await this.gate();
    return clone(this.apps);
  }
  async messages(): Promise<ApplicationMessage[]> {
    await this.gate();
    return clone([...this.msgs].sort((a, b) => b.date.localeCompare(a.date)));
  }
  async appointments(): Promise<AppointmentSummary[]> {
    await this.gate();
    return clone(this.appts);
  }
  async complete(code: string, _values: FlowValues, key: string): Promise<ApplicationSummary> {
    await this.gate();
    const a = this.apps.find((x) => x.code === code);
    if (!a) throw new ServiceError('not-found', `no request ${code}`);
    if (!this.seen.has(`complete:${key}`)) {
      const at = this.now().toISOString();
      a.status = 'Processo in corso';
      a.actionHref = undefined;
      a.stages = [
        ...a.stages.map((s) => ({ ...s, state: 'done' as const })),
        { label: 'Perfezionamento inviato', state: 'current', date: at },
      ];
      this.seen.set(`complete:${key}`, a);
    }
    return clone(a);
  }
}
