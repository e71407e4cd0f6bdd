// A service as typed data: its fields, their conditions and checks, its payment. The flow renders
// and validates any definition: no per-service component code.
import type { FlowStepKey } from '@piazza/vocabularies';
import type { FlowValues, UploadedFile } from '../service-contracts/applications.js';
import { PiazzaPropError } from '../utils/errors.js';
import { checkValue, type ValueFormat } from '../validation/validators.js';
import type { ValidationMessages } from '../validation/validation.intl.js';

/** Shows a field only when another field has one of these values (or is ticked). */
export interface FieldCondition {
  field: string;
  /** A value, several values, or `true` for a ticked checkbox. */
  is: string | readonly string[] | boolean;
}

interface FieldCommon {
  /** The value's key in the request; unique in the service. */
  name: string;
  /** What is asked, as the citizen reads it (Italian: the service's own content). */
  label: string;
  hint?: string;
  required?: boolean;
  when?: FieldCondition;
}
export interface ChoiceSpec {
  value: string;
  label: string;
  hint?: string;
}
/** One field of a service. */
export type FieldSpec =
  | (FieldCommon & {
      kind: 'text';
      format?: ValueFormat;
      maxLength?: number;
      inputType?: 'text' | 'date' | 'number' | 'email' | 'tel';
      autoComplete?: string;
    })
  | (FieldCommon & { kind: 'textarea'; maxLength?: number })
  | (FieldCommon & { kind: 'select' | 'radio'; options: readonly ChoiceSpec[] })
  | (FieldCommon & { kind: 'checkboxes'; options: readonly ChoiceSpec[] })
  | (FieldCommon & { kind: 'checkbox' })
  | (FieldCommon & {
      kind: 'file';
      accept?: readonly string[];
      maxSize?: number;
      multiple?: boolean;
    })
  /** Pagamenti dovuti: the notice code of what is owed, looked up with the payments provider. */
  | (FieldCommon & { kind: 'due' });

/** The personal data the identity gives (CSE.1.5). */
export type PersonalKey = 'name' | 'surname' | 'fiscalCode' | 'email' | 'phone';

/** A service of the comune with an online flow. */
export interface ServiceDefinition {
  /** Stable id (the scheda's slug): keys drafts and requests. */
  id: string;
  /** The service's name, as on its scheda. */
  name: string;
  /** The flow type (a slug of `TIPI_FLUSSO`): gives the steps. */
  flowType: FlowStepKey;
  /** The scheda's maximum time in days: the latest date for an answer (CSE.1.10). */
  maxDays: number;
  /** The privacy notice of the service. */
  privacyHref: string;
  /** The service's own fields, in order. */
  fields: readonly FieldSpec[];
  /** Personal data the citizen may change (the others are as the identity certifies). @default ['email', 'phone'] */
  editable?: readonly PersonalKey[];
  /** What is paid, in euro cents, when the flow pays a fixed sum. */
  payment?: { amount: number; description: string };
  /** Domande con graduatoria: the fields asked when an admitted request is completed. */
  completion?: readonly FieldSpec[];
}

/** The field's current value in `values`. */
const valueOf = (values: FlowValues, name: string) => values[name];

/** True when the field is asked given the values entered so far. */
export function isShown(field: FieldSpec, values: FlowValues): boolean {
  const w = field.when;
  if (!w) return true;
  const v = valueOf(values, w.field);
  if (typeof w.is === 'boolean') return v === w.is;
  const wanted = typeof w.is === 'string' ? [w.is] : w.is;
  return Array.isArray(v)
    ? v.some((x) => wanted.includes(x as string))
    : wanted.includes(v as string);
}

/** The problem of a field's value, or null: in the citizen's words. */
export function fieldError(
  field: FieldSpec,
  values: FlowValues,
  v: ValidationMessages,
): string | null {
  const value = valueOf(values, field.name);
  const label = field.label.charAt(0).toLowerCase() + field.label.slice(1);
  switch (field.kind) {
    case 'text':
    case 'textarea': {
      const c = checkValue(typeof value === 'string' ? value : '', {
        required: field.required,
        format: field.kind === 'text' ? field.format : undefined,
        maxLength: field.maxLength,
      });
      if (!c) return null;
      if (c === 'required') return v.required(label);
      if (c === 'maxLength') return v.maxLength(field.maxLength ?? 0);
      return v[c];
    }
    case 'select':
    case 'radio':
      return field.required && !value ? v.choose(label) : null;
    case 'checkboxes':
    case 'file':
      return field.required && !(Array.isArray(value) && value.length) ? v.choose(label) : null;
    case 'checkbox':
      return field.required && value !== true ? v.choose(label) : null;
    case 'due':
      return typeof value === 'string' && value ? null : v.required(label);
  }
}

/** The errors of the shown fields, in order. */
export function validateFields(
  fields: readonly FieldSpec[],
  values: FlowValues,
  v: ValidationMessages,
): { name: string; message: string }[] {
  return fields
    .filter((f) => isShown(f, values))
    .map((f) => ({ name: f.name, message: fieldError(f, values, v) }))
    .filter((e): e is { name: string; message: string } => e.message !== null);
}

const PERSONAL: readonly string[] = ['name', 'surname', 'fiscalCode', 'email', 'phone'];
const RESERVED = new Set([...PERSONAL, 'privacy', 'due']);

/** Throws a PiazzaPropError naming the field when a definition cannot work. */
export function checkDefinition(component: string, d: ServiceDefinition): void {
  const fail = (field: string, why: string, value?: unknown): never => {
    throw new PiazzaPropError(component, `service.${field}`, why, value);
  };
  if (!d || typeof d !== 'object') fail('', 'must be a ServiceDefinition', d);
  if (!d.id) fail('id', 'must be a non-empty string', d.id);
  if (!d.name) fail('name', 'must be a non-empty string', d.name);
  if (!(Number.isInteger(d.maxDays) && d.maxDays > 0))
    fail('maxDays', 'must be a whole number of days > 0 (CSE.1.10)', d.maxDays);
  if (!Array.isArray(d.fields)) fail('fields', 'must be a list of fields', d.fields);
  for (const [list, fields] of [
    ['fields', d.fields],
    ['completion', d.completion ?? []],
  ] as const) {
    const names = new Set<string>();
    fields.forEach((f, i) => {
      const at = `${list}[${i}]`;
      if (!f?.name) fail(`${at}.name`, 'must be a non-empty string', f?.name);
      if (RESERVED.has(f.name) || names.has(f.name))
        fail(`${at}.name`, 'is used twice or by the personal data', f.name);
      if (!f.label) fail(`${at}.label`, 'must be a non-empty string', f.label);
      if (
        (f.kind === 'select' || f.kind === 'radio' || f.kind === 'checkboxes') &&
        !f.options?.length
      )
        fail(`${at}.options`, 'must list at least one option', f.options);
      if (f.when && !names.has(f.when.field))
        fail(`${at}.when.field`, 'must name an earlier field', f.when.field);
      names.add(f.name);
    });
  }
  if (d.payment && !(Number.isInteger(d.payment.amount) && d.payment.amount > 0))
    fail('payment.amount', 'must be euro cents > 0', d.payment.amount);
  const pays = d.flowType === 'permessi-e-autorizzazioni' || d.flowType === 'servizi-a-pagamento';
  if (pays && !d.payment) fail('payment', `is required by the flow type ${d.flowType}`);
  if (d.flowType === 'pagamenti-dovuti' && !d.fields.some((f) => f.kind === 'due'))
    fail('fields', 'of a "pagamenti-dovuti" service must include a field of kind "due"');
}

export type { UploadedFile };
