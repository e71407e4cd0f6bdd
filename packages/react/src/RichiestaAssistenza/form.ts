// The request's form without React: its empty value, what its fields hold in the page and the
// checks run when it is sent. Plain functions, safe to import on the server.
import type { ErrorSummaryItem } from '../ErrorSummary/ErrorSummary.js';
import { checkValue } from '../validation/validators.js';
import type { ValidationMessages } from '../validation/validation.intl.js';
import { ASSISTANCE_MESSAGE_MAX, type AssistanceDraft } from './draft.js';
import type { RichiestaAssistenzaMessages } from './RichiestaAssistenza.intl.js';
import type { AssistanceCategory, AssistanceService } from './types.js';

/** A form nobody has filled in yet. */
export const EMPTY: AssistanceDraft = {
  name: '',
  surname: '',
  email: '',
  categoryId: '',
  serviceId: '',
  message: '',
  privacy: false,
};

/** Why the last submission failed: the comune refused it, or could not be reached. */
export type Failure = 'invalid' | 'unavailable' | null;

/**
 * What the form's fields hold (`fid` gives their ids). Text typed, an option chosen or the box
 * ticked while the page was still loading its script are in the fields but not in the
 * component's state: they are read from here on hydration and again when the form is sent.
 */
export function readForm(
  form: HTMLFormElement | null,
  fid: (name: string) => string,
  fallback: AssistanceDraft,
): AssistanceDraft {
  if (!form) return fallback;
  const el = (name: string) => form.elements.namedItem(fid(name));
  const text = (name: string, keep: string) => {
    const f = el(name);
    return f instanceof HTMLInputElement ||
      f instanceof HTMLTextAreaElement ||
      f instanceof HTMLSelectElement
      ? f.value
      : keep;
  };
  const privacy = el('privacy');
  return {
    name: text('name', fallback.name),
    surname: text('surname', fallback.surname),
    email: text('email', fallback.email),
    categoryId: text('category', fallback.categoryId),
    serviceId: text('service', fallback.serviceId),
    message: text('message', fallback.message),
    privacy: privacy instanceof HTMLInputElement ? privacy.checked : fallback.privacy,
  };
}

export const sameDraft = (a: AssistanceDraft, b: AssistanceDraft) =>
  (Object.keys(a) as (keyof AssistanceDraft)[]).every((k) => a[k] === b[k]);

/** The errors of the form's fields, each linked to its field (`fid`), in the form's order. */
export function validateAssistance(
  values: AssistanceDraft,
  categories: readonly AssistanceCategory[],
  fid: (name: string) => string,
  t: RichiestaAssistenzaMessages,
  v: ValidationMessages,
): ErrorSummaryItem[] {
  const category = categories.find((c) => c.id === values.categoryId);
  const services: readonly AssistanceService[] = category?.services ?? [];
  const out: ErrorSummaryItem[] = [];
  const need = (ok: unknown, field: string, message: string) => {
    if (!ok) out.push({ fieldId: fid(field), message });
  };
  need(values.name.trim(), 'name', v.required(t.errName));
  need(values.surname.trim(), 'surname', v.required(t.errSurname));
  const e = checkValue(values.email, { required: true, format: 'email' });
  need(!e, 'email', e === 'required' ? v.required(t.errEmail) : v.email);
  need(category, 'category', v.choose(t.errCategory));
  if (services.length) need(values.serviceId, 'service', v.choose(t.errService));
  const m = checkValue(values.message, { required: true, maxLength: ASSISTANCE_MESSAGE_MAX });
  need(
    !m,
    'message',
    m === 'required' ? v.required(t.errMessage) : v.maxLength(ASSISTANCE_MESSAGE_MAX),
  );
  need(values.privacy, 'privacy', t.errPrivacy);
  return out;
}
