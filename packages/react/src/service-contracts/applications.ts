// The applications contract (docs/applications-api.yaml): drafts, files, submissions with an
// Idempotency-Key, the status of a request by its code, the citizen's requests and messages.
import { ServiceError } from './errors.js';
import { HttpContract, type HttpContractOptions } from './http.js';
import {
  date,
  int,
  isObj,
  items,
  list,
  obj,
  oneOf,
  optDate,
  optStr,
  str,
  type Check,
} from './shape.js';

/** A file sent with a request, once uploaded: drafts keep these, never the bytes. */
export interface UploadedFile {
  id: string;
  name: string;
  /** Bytes. */
  size: number;
  type: string;
}

/** A value of a field: text, a choice, several choices, a yes/no, files. */
export type FieldValue = string | boolean | readonly string[] | readonly UploadedFile[];

/** Every value of a request, by field name. */
export type FlowValues = Readonly<Record<string, FieldValue>>;

/** What a draft holds: the service, the step the citizen was on, the values. */
export interface DraftInput {
  /** Present when replacing a saved draft. */
  id?: string;
  serviceId: string;
  serviceName: string;
  /** The name of the step (e.g. "specific"). */
  step: string;
  values: FlowValues;
}

/** A draft kept by the back office (CSE.1.6: at least one year). */
export interface ApplicationDraft extends DraftInput {
  id: string;
  savedAt: string;
  expiresAt: string;
}

/** A request to send. */
export interface SubmissionInput {
  serviceId: string;
  serviceName: string;
  values: FlowValues;
  /** The pagoPA payment of the request, when the flow has one. */
  paymentId?: string;
  /** The id of the draft it comes from (deleted once sent). */
  draftId?: string;
  /** The same for every retry of one submission: a server that sees it twice records once. */
  idempotencyKey: string;
}

/** The state of a stage of a request. */
export type StageState = 'done' | 'current' | 'pending';

/** A main stage of a request (CSE.1.9). */
export interface ApplicationStage {
  label: string;
  state: StageState;
  date?: string;
}

/** A request, as its status page and the area personale show it. */
export interface ApplicationSummary {
  /** The request's unique code. */
  code: string;
  serviceId: string;
  serviceName: string;
  submittedAt: string;
  /** When the request was taken in charge (CSE.1.10). */
  takenInChargeAt: string;
  /** The latest date for an answer (CSE.1.10), when the back office knows it. */
  outcomeBy?: string;
  /** The state, a label of the vocabulary "Stati della pratica" (e.g. "Processo in corso"). */
  status: string;
  stages: readonly ApplicationStage[];
  /** Set when the citizen must act (e.g. complete an admitted request). */
  actionHref?: string;
}

/** A message to the citizen (the published ranking, a request for documents…). */
export interface ApplicationMessage {
  id: string;
  date: string;
  subject: string;
  body: string;
  /** The request it is about. */
  code?: string;
  /** What the citizen can do about it. */
  action?: { label: string; href: string };
}

/** A booked appointment, as the area personale lists it. */
export interface AppointmentSummary {
  code: string;
  office: string;
  start: string;
  end: string;
}

/** Where requests, drafts and messages live. Implemented by HttpApplicationsApi or in memory. */
export interface ApplicationsApi {
  /** Uploads a file of a request; its id goes in the values. */
  upload(file: File, signal?: AbortSignal): Promise<UploadedFile>;
  /** Saves (or replaces, with `id`) a draft of the signed-in citizen. */
  saveDraft(draft: DraftInput, signal?: AbortSignal): Promise<ApplicationDraft>;
  /** The citizen's drafts. */
  drafts(signal?: AbortSignal): Promise<ApplicationDraft[]>;
  deleteDraft(id: string, signal?: AbortSignal): Promise<void>;
  /** Sends a request; rejects with a `ServiceError`. */
  submit(input: SubmissionInput, signal?: AbortSignal): Promise<ApplicationSummary>;
  /** The status of a request by its code: public, no sign-in (CSE.1.9). */
  status(code: string, signal?: AbortSignal): Promise<ApplicationSummary>;
  /** The citizen's requests. */
  applications(signal?: AbortSignal): Promise<ApplicationSummary[]>;
  /** The citizen's messages, newest first. */
  messages(signal?: AbortSignal): Promise<ApplicationMessage[]>;
  /** The citizen's appointments. */
  appointments(signal?: AbortSignal): Promise<AppointmentSummary[]>;
  /** Completes an admitted request (Domande con graduatoria: perfezionamento). */
  complete(
    code: string,
    values: FlowValues,
    idempotencyKey: string,
    signal?: AbortSignal,
  ): Promise<ApplicationSummary>;
}

// Shapes of the answers.
const uploaded: Check<UploadedFile> = (x, at) => {
  const o = obj(x, at);
  return {
    id: str(o.id, `${at}.id`),
    name: str(o.name, `${at}.name`),
    size: int(o.size, `${at}.size`),
    type: str(o.type, `${at}.type`),
  };
};
const value: Check<FieldValue> = (x, at) => {
  if (typeof x === 'string' || typeof x === 'boolean') return x;
  if (Array.isArray(x) && x.every((v) => typeof v === 'string')) return x as string[];
  if (Array.isArray(x)) return list(uploaded)(x, at);
  throw new TypeError(`${at}: is not a field value`);
};
/** Checks an unknown value (a stored draft, an answer) is `FlowValues`. */
export const flowValues: Check<FlowValues> = (x, at) =>
  Object.fromEntries(Object.entries(obj(x, at)).map(([k, v]) => [k, value(v, `${at}.${k}`)]));
/** True when `x` is `FlowValues`. */
export function isFlowValues(x: unknown): x is FlowValues {
  try {
    flowValues(x, 'values');
    return isObj(x);
  } catch {
    return false;
  }
}
const draftShape: Check<ApplicationDraft> = (x, at) => {
  const o = obj(x, at);
  return {
    id: str(o.id, `${at}.id`),
    serviceId: str(o.serviceId, `${at}.serviceId`),
    serviceName: str(o.serviceName, `${at}.serviceName`),
    step: str(o.step, `${at}.step`),
    values: flowValues(o.values, `${at}.values`),
    savedAt: date(o.savedAt, `${at}.savedAt`),
    expiresAt: date(o.expiresAt, `${at}.expiresAt`),
  };
};
const stage: Check<ApplicationStage> = (x, at) => {
  const o = obj(x, at);
  return {
    label: str(o.label, `${at}.label`),
    state: oneOf(['done', 'current', 'pending'] as const)(o.state, `${at}.state`),
    date: optDate(o.date, `${at}.date`),
  };
};
export const applicationShape: Check<ApplicationSummary> = (x, at) => {
  const o = obj(x, at);
  return {
    code: str(o.code, `${at}.code`),
    serviceId: str(o.serviceId, `${at}.serviceId`),
    serviceName: str(o.serviceName, `${at}.serviceName`),
    submittedAt: date(o.submittedAt, `${at}.submittedAt`),
    takenInChargeAt: date(o.takenInChargeAt, `${at}.takenInChargeAt`),
    outcomeBy: optDate(o.outcomeBy, `${at}.outcomeBy`),
    status: str(o.status, `${at}.status`),
    stages: list(stage)(o.stages, `${at}.stages`),
    actionHref: optStr(o.actionHref, `${at}.actionHref`),
  };
};
const message: Check<ApplicationMessage> = (x, at) => {
  const o = obj(x, at);
  const a = o.action === undefined || o.action === null ? undefined : obj(o.action, `${at}.action`);
  return {
    id: str(o.id, `${at}.id`),
    date: date(o.date, `${at}.date`),
    subject: str(o.subject, `${at}.subject`),
    body: str(o.body, `${at}.body`),
    code: optStr(o.code, `${at}.code`),
    action: a
      ? { label: str(a.label, `${at}.action.label`), href: str(a.href, `${at}.action.href`) }
      : undefined,
  };
};
const appointment: Check<AppointmentSummary> = (x, at) => {
  const o = obj(x, at);
  return {
    code: str(o.code, `${at}.code`),
    office: str(o.office, `${at}.office`),
    start: date(o.start, `${at}.start`),
    end: date(o.end, `${at}.end`),
  };
};

/** Talks to a back office that implements docs/applications-api.yaml. */
export class HttpApplicationsApi implements ApplicationsApi {
  private readonly http: HttpContract;
  constructor(options: HttpContractOptions) {
    this.http = new HttpContract('HttpApplicationsApi', options);
  }
  async upload(file: File, signal?: AbortSignal): Promise<UploadedFile> {
    // Files go as a base64 JSON body: one content type for the whole contract.
    const bytes = new Uint8Array(await file.arrayBuffer());
    let bin = '';
    for (const b of bytes) bin += String.fromCharCode(b);
    return this.http.call(
      '/files',
      { method: 'POST', signal, body: { name: file.name, type: file.type, content: btoa(bin) } },
      uploaded,
    );
  }
  saveDraft(draft: DraftInput, signal?: AbortSignal) {
    const { id, ...body } = draft;
    return id
      ? this.http.call(
          `/drafts/${encodeURIComponent(id)}`,
          { method: 'PUT', body, signal },
          draftShape,
        )
      : this.http.call('/drafts', { method: 'POST', body, signal }, draftShape);
  }
  drafts(signal?: AbortSignal) {
    return this.http.call('/drafts', { signal }, items(draftShape));
  }
  deleteDraft(id: string, signal?: AbortSignal) {
    return this.http.call<void>(`/drafts/${encodeURIComponent(id)}`, { method: 'DELETE', signal });
  }
  submit({ idempotencyKey, ...body }: SubmissionInput, signal?: AbortSignal) {
    if (!idempotencyKey) throw new ServiceError('invalid', 'submit: "idempotencyKey" is required');
    return this.http.call(
      '/applications',
      { method: 'POST', body, signal, headers: { 'Idempotency-Key': idempotencyKey } },
      applicationShape,
    );
  }
  status(code: string, signal?: AbortSignal) {
    return this.http.call(
      `/applications/${encodeURIComponent(code)}`,
      { signal },
      applicationShape,
    );
  }
  applications(signal?: AbortSignal) {
    return this.http.call('/applications', { signal }, items(applicationShape));
  }
  messages(signal?: AbortSignal) {
    return this.http.call('/messages', { signal }, items(message));
  }
  appointments(signal?: AbortSignal) {
    return this.http.call('/appointments', { signal }, items(appointment));
  }
  complete(code: string, values: FlowValues, idempotencyKey: string, signal?: AbortSignal) {
    return this.http.call(
      `/applications/${encodeURIComponent(code)}/completion`,
      { method: 'POST', body: { values }, signal, headers: { 'Idempotency-Key': idempotencyKey } },
      applicationShape,
    );
  }
}
