'use client';
// The first step of the request for assistance (kit page `assistenza-01-dati`): the form with
// who asks, about what, the message, the privacy consent and the button that sends it.
import type { FormEvent, Ref } from 'react';
import type { ErrorSummaryItem } from '../ErrorSummary/ErrorSummary.js';
import { Checkbox } from '../Checkbox/Checkbox.js';
import { Select } from '../Select/Select.js';
import { TextField } from '../TextField/TextField.js';
import { Textarea } from '../Textarea/Textarea.js';
import { ASSISTANCE_MESSAGE_MAX, type AssistanceDraft } from './draft.js';
import type { Failure } from './form.js';
import type { RichiestaAssistenzaMessages } from './RichiestaAssistenza.intl.js';
import type { AssistanceCategory, AssistanceService } from './types.js';

/**
 * Dati: the sections `richiedente` and `richiesta` (ids from `fid`), the privacy consent, the
 * failure of the last submission and the button, which submits only once `hydrated`.
 */
export function DataStep({
  values,
  update,
  err,
  fid,
  t,
  headingLevel,
  categories,
  services,
  privacyHref,
  failure,
  busy,
  hydrated,
  formRef,
  nameRef,
  onSubmit,
}: {
  values: AssistanceDraft;
  /** Changes what the citizen entered. */
  update: (patch: Partial<AssistanceDraft>) => void;
  /** The error of a field after sending. */
  err: (field: string) => ErrorSummaryItem['message'] | undefined;
  /** The id of a field (ErrorSummary links to it). */
  fid: (name: string) => string;
  t: RichiestaAssistenzaMessages;
  headingLevel: 2 | 3;
  categories: readonly AssistanceCategory[];
  /** The services of the chosen category (none: no "Servizio" field). */
  services: readonly AssistanceService[];
  privacyHref: string;
  failure: Failure;
  busy: boolean;
  hydrated: boolean;
  formRef: Ref<HTMLFormElement>;
  /** The first field, focused on "Invia un’altra richiesta" and on clearing the draft. */
  nameRef: Ref<HTMLInputElement>;
  onSubmit: (ev: FormEvent<HTMLFormElement>) => void;
}) {
  const H = `h${headingLevel}` as 'h2';
  return (
    <form ref={formRef} noValidate onSubmit={onSubmit} aria-busy={busy || undefined}>
      <section
        id={fid('richiedente')}
        className="bg-light p-3 p-lg-4 mb-4"
        aria-labelledby={fid('who')}
      >
        <H id={fid('who')} className="mb-3">
          {t.applicant}
        </H>
        <div className="bg-white px-3 pt-4 pb-1 shadow-sm">
          <TextField
            ref={nameRef}
            id={fid('name')}
            label={t.name}
            hint={t.nameHint}
            required
            autoComplete="given-name"
            maxLength={200}
            value={values.name}
            error={err('name')}
            onChange={(e) => update({ name: e.target.value })}
          />
          <TextField
            id={fid('surname')}
            label={t.surname}
            hint={t.surnameHint}
            required
            autoComplete="family-name"
            maxLength={200}
            value={values.surname}
            error={err('surname')}
            onChange={(e) => update({ surname: e.target.value })}
          />
          <TextField
            id={fid('email')}
            type="email"
            label={t.email}
            hint={t.emailHint}
            required
            autoComplete="email"
            maxLength={254}
            value={values.email}
            error={err('email')}
            onChange={(e) => update({ email: e.target.value })}
          />
        </div>
      </section>
      <section
        id={fid('richiesta')}
        className="bg-light p-3 p-lg-4 mb-4"
        aria-labelledby={fid('what')}
      >
        <H id={fid('what')} className="mb-3">
          {t.request}
        </H>
        <div className="bg-white px-3 pt-4 pb-1 shadow-sm">
          <Select
            id={fid('category')}
            label={t.category}
            hint={t.categoryHint}
            required
            options={categories.map((c) => ({ value: c.id, label: c.name }))}
            value={values.categoryId}
            error={err('category')}
            onChange={(e) => update({ categoryId: e.target.value, serviceId: '' })}
          />
          {services.length ? (
            <Select
              id={fid('service')}
              label={t.service}
              hint={t.serviceHint}
              required
              options={services.map((s) => ({ value: s.id, label: s.name }))}
              value={values.serviceId}
              error={err('service')}
              onChange={(e) => update({ serviceId: e.target.value })}
            />
          ) : null}
          <Textarea
            id={fid('message')}
            label={t.message}
            hint={t.messageHint}
            required
            maxLength={ASSISTANCE_MESSAGE_MAX}
            value={values.message}
            error={err('message')}
            onChange={(e) => update({ message: e.target.value })}
          />
        </div>
      </section>
      <p>
        {t.privacyText}
        <a href={privacyHref}>{t.privacyLink}</a>.
      </p>
      <Checkbox
        id={fid('privacy')}
        label={t.privacy}
        required
        checked={values.privacy}
        error={err('privacy')}
        onChange={(e) => update({ privacy: e.target.checked })}
      />
      {failure ? (
        <div className="alert alert-danger mt-3" role="alert">
          {failure === 'invalid' ? t.invalidError : t.submitError}
        </div>
      ) : null}
      <div className="d-flex justify-content-end mt-4">
        <button
          type={hydrated ? 'submit' : 'button'}
          className="btn btn-primary"
          aria-disabled={busy || !hydrated || undefined}
          data-busy={busy || undefined}
        >
          {busy ? t.sending : failure === 'unavailable' ? t.retry : t.submit}
        </button>
      </div>
    </form>
  );
}
