'use client';
import { forwardRef, type HTMLAttributes, type ReactNode } from 'react';
import { formatDate } from '../forms-support/dates.js';
import { useLoad } from '../forms-support/useLoad.js';
import { usePiazza } from '../intl/context.js';
import { useMessages } from '../intl/messages.js';
import { RequestStatus } from '../RequestStatus/RequestStatus.js';
import type {
  ApplicationDraft,
  ApplicationMessage,
  ApplicationsApi,
  ApplicationSummary,
  AppointmentSummary,
} from '../service-contracts/applications.js';
import { isServiceError } from '../service-contracts/errors.js';
import type { Citizen } from '../service-contracts/identity.js';
import type { PaymentDue, PaymentsProvider } from '../service-contracts/payments.js';
import { euro } from '../ServiceFlow/steps/money.js';
import { cx } from '../utils/cx.js';
import { PiazzaPropError } from '../utils/errors.js';
import { areaPersonaleMessages, type AreaPersonaleMessages } from './AreaPersonale.intl.js';
import { Tabs } from './Tabs.js';

export interface AreaPersonaleProps extends Omit<HTMLAttributes<HTMLElement>, 'children'> {
  /** The citizen's requests, drafts, messages and appointments. Keep it stable. */
  api: ApplicationsApi;
  /** The citizen's payments due and made. Keep it stable. */
  payments?: PaymentsProvider;
  /** The signed-in citizen (the greeting). */
  citizen?: Citizen | null;
  /** The page that resumes a draft (the service's flow). */
  resumeHref: (draft: ApplicationDraft) => string;
  /** The page that pays a sum due. */
  payHref?: (due: PaymentDue) => string;
  /** The catalogue of services. */
  servicesHref: string;
  /** Level of the section titles. @default 2 */
  headingLevel?: 2 | 3;
  /** Overrides of the default texts. */
  messages?: Partial<AreaPersonaleMessages>;
}

interface Loaded {
  applications: ApplicationSummary[];
  drafts: ApplicationDraft[];
  messages: ApplicationMessage[];
  appointments: AppointmentSummary[];
  payments: PaymentDue[];
}

/**
 * The citizen's personal area: the tabs Scrivania, Messaggi, Attività, Servizi (APG tabs):
 * requests with their status and main stages (CSE.1.9), drafts to resume (CSE.1.6),
 * appointments, payments due and made, messages.
 *
 * State: `data-state` (`loading`, `error`, `expired`, `ready`).
 */
export const AreaPersonale = /* @__PURE__ */ forwardRef<HTMLElement, AreaPersonaleProps>(
  function AreaPersonale(
    {
      api,
      payments,
      citizen,
      resumeHref,
      payHref,
      servicesHref,
      headingLevel = 2,
      messages,
      className,
      ...rest
    },
    ref,
  ) {
    const t = useMessages(areaPersonaleMessages, messages);
    const { locale } = usePiazza();
    if (!api) throw new PiazzaPropError('AreaPersonale', 'api', 'must be an ApplicationsApi');
    const res = useLoad<Loaded>('area', async (signal) => {
      const [applications, drafts, msgs, appointments, pays] = await Promise.all([
        api.applications(signal),
        api.drafts(signal),
        api.messages(signal),
        api.appointments(signal),
        payments ? payments.payments(signal) : Promise.resolve([]),
      ]);
      return { applications, drafts, messages: msgs, appointments, payments: pays };
    });
    const H = `h${headingLevel}` as 'h2';
    const H3 = `h${headingLevel + 1}` as 'h3';
    const date = (d: string) => formatDate(d, locale);
    const none = <p className="text-secondary">{t.none}</p>;
    const section = (title: string, items: ReactNode[]) => (
      <section className="mb-5">
        <H className="h4">{title}</H>
        {items.length ? <ul className="list-unstyled">{items}</ul> : none}
      </section>
    );

    let state = 'ready';
    let body: ReactNode;
    if (res.error !== undefined) {
      const expired = isServiceError(res.error, 'session-expired');
      state = expired ? 'expired' : 'error';
      body = (
        <div className="alert alert-danger" role="alert">
          <p>{expired ? t.sessionExpired : t.loadError}</p>
          {expired ? null : (
            <button type="button" className="btn btn-outline-primary btn-sm" onClick={res.retry}>
              {t.retry}
            </button>
          )}
        </div>
      );
    } else if (!res.data) {
      state = 'loading';
      body = (
        <div role="status" className="d-flex align-items-center">
          <span
            className="progress-spinner progress-spinner-active size-sm me-2"
            aria-hidden="true"
          />
          {t.loading}
        </div>
      );
    } else {
      const d = res.data;
      const message = (m: ApplicationMessage) => (
        <li key={m.id} className="border-bottom py-3">
          <H3 className="h5 mb-1">{m.subject}</H3>
          <p className="small text-secondary mb-1">{date(m.date)}</p>
          <p className="mb-1">{m.body}</p>
          {m.action ? <a href={m.action.href}>{m.action.label}</a> : null}
        </li>
      );
      const request = (a: ApplicationSummary) => (
        <li key={a.code} className="border rounded p-3 mb-3">
          <p className="fw-semibold mb-1">{a.serviceName}</p>
          <p className="small mb-2">
            {t.submittedOn(date(a.submittedAt))} · {t.status}: {a.status}
          </p>
          <RequestStatus code={a.code} stages={a.stages} headingLevel={(headingLevel + 1) as 3} />
          {a.actionHref ? (
            <a className="btn btn-primary btn-sm" href={a.actionHref}>
              {t.resume}
            </a>
          ) : null}
        </li>
      );
      const draft = (x: ApplicationDraft) => (
        <li key={x.id} className="py-2">
          <a href={resumeHref(x)}>
            {t.resume}: {x.serviceName}
          </a>
          <span className="d-block small text-secondary">
            {t.draftSaved(date(x.savedAt), date(x.expiresAt))}
          </span>
        </li>
      );
      const appointment = (x: AppointmentSummary) => (
        <li key={x.code} className="py-2">
          {formatDate(x.start, locale, {
            weekday: 'long',
            day: 'numeric',
            month: 'long',
            hour: '2-digit',
            minute: '2-digit',
          })}{' '}
          · {x.office} <span className="small text-secondary">({x.code})</span>
        </li>
      );
      const due = d.payments.filter((p) => p.status === 'due');
      const paid = d.payments.filter((p) => p.status === 'paid');
      const payment = (p: PaymentDue) => (
        <li key={p.noticeCode} className="py-2">
          <span className="fw-semibold">{p.description}</span> · {euro(p.amount, locale)}{' '}
          <span className="small text-secondary">
            {p.status === 'paid'
              ? t.paidOn(date(p.paidAt ?? ''))
              : p.dueDate
                ? t.dueBy(date(p.dueDate))
                : ''}
          </span>{' '}
          {p.status === 'due' && payHref ? <a href={payHref(p)}>{t.pay}</a> : null}
          {p.status === 'paid' && p.receiptHref ? <a href={p.receiptHref}>{t.receipt}</a> : null}
        </li>
      );
      const used = [...new Map(d.applications.map((a) => [a.serviceId, a.serviceName])).values()];
      body = (
        <Tabs
          label={t.tabs}
          tabs={[
            {
              id: 'desk',
              label: t.desk,
              panel: (
                <>
                  {section(t.latestMessages, d.messages.slice(0, 3).map(message))}
                  {section(t.drafts, d.drafts.map(draft))}
                  {section(t.paymentsDue, due.map(payment))}
                </>
              ),
            },
            {
              id: 'messages',
              label: t.messages,
              panel: section(t.messages, d.messages.map(message)),
            },
            {
              id: 'activity',
              label: t.activity,
              panel: (
                <>
                  {section(t.requests, d.applications.map(request))}
                  {section(t.drafts, d.drafts.map(draft))}
                  {section(t.appointments, d.appointments.map(appointment))}
                  {section(t.paymentsDue, due.map(payment))}
                  {section(t.paymentsMade, paid.map(payment))}
                </>
              ),
            },
            {
              id: 'services',
              label: t.services,
              panel: (
                <>
                  {section(
                    t.servicesUsed,
                    used.map((name) => (
                      <li key={name} className="py-1">
                        {name}
                      </li>
                    )),
                  )}
                  <a href={servicesHref}>{t.allServices}</a>
                </>
              ),
            },
          ]}
        />
      );
    }
    return (
      <section
        ref={ref}
        className={cx('piazza-area-personale', className)}
        data-state={state}
        aria-label={t.tabs}
        {...rest}
      >
        {citizen ? <p className="lead">{t.welcome(citizen.name)}</p> : null}
        {body}
      </section>
    );
  },
);
