'use client';
// The second step of the request for assistance (kit page `assistenza-02-conferma`): the
// request's code, when it was received and what it is about, and a way to ask again.
import type { Ref } from 'react';
import { formatDate } from '../forms-support/dates.js';
import type { Locale } from '../intl/settings.js';
import type { RichiestaAssistenzaMessages } from './RichiestaAssistenza.intl.js';
import type { AssistanceReceipt } from './types.js';

/** What the confirmation shows of a request the comune has registered. */
export interface SentRequest {
  receipt: AssistanceReceipt;
  email: string;
  /** The category, or "category — service". */
  about: string;
}

/** Conferma: its title takes focus (through `headingRef`) once the request is registered. */
export function ConfirmationStep({
  sent,
  t,
  locale,
  headingId,
  headingRef,
  headingLevel,
  onAnother,
}: {
  sent: SentRequest;
  t: RichiestaAssistenzaMessages;
  locale: Locale;
  headingId: string;
  headingRef: Ref<HTMLHeadingElement>;
  headingLevel: 2 | 3;
  /** "Invia un’altra richiesta": back to the form, keeping the applicant. */
  onAnother: () => void;
}) {
  const H = `h${headingLevel}` as 'h2';
  return (
    <section aria-labelledby={headingId}>
      <H id={headingId} ref={headingRef} tabIndex={-1} className="h3 mb-3">
        {t.sent}
      </H>
      <p className="lead">{t.sentText(sent.email)}</p>
      <dl className="mb-3">
        <dt>{t.code}</dt>
        <dd className="fw-bold" data-request-code>
          {sent.receipt.code}
        </dd>
        <dt>{t.receivedAt}</dt>
        <dd>
          {formatDate(sent.receipt.receivedAt, locale, {
            day: 'numeric',
            month: 'long',
            year: 'numeric',
            hour: '2-digit',
            minute: '2-digit',
          })}
        </dd>
        <dt>{t.about}</dt>
        <dd>{sent.about}</dd>
      </dl>
      <p>{t.codeHint}</p>
      <button type="button" className="btn btn-outline-primary" onClick={onAnother}>
        {t.another}
      </button>
    </section>
  );
}
