'use client';
import { useEffect, useRef, useState } from 'react';
import { formatDate } from '../../forms-support/dates.js';
import type {
  Checkout,
  PaymentOutcome,
  PaymentsProvider,
} from '../../service-contracts/payments.js';
import { euro } from './money.js';
import type { StepProps } from './types.js';

/**
 * Back from pagoPA (the draft holds a pending payment of a real provider): asks the provider how
 * it ended and hands the outcome to `onOutcome`.
 */
export function usePaymentReturn(
  payments: PaymentsProvider | undefined,
  payment: PaymentOutcome | null,
  onOutcome: (out: PaymentOutcome) => void,
): void {
  const pendingPayment =
    payments && !payments.simulated && payment?.status === 'pending' ? payment.paymentId : null;
  const handler = useRef(onOutcome);
  useEffect(() => {
    handler.current = onOutcome;
  });
  useEffect(() => {
    if (!pendingPayment || !payments) return;
    const c = new AbortController();
    payments.outcome(pendingPayment, c.signal).then(
      (out) => !c.signal.aborted && handler.current(out),
      () => undefined,
    );
    return () => c.abort();
  }, [pendingPayment, payments]);
}

/** What the flow pays: the service's fixed sum, or the notice found in a "due" field. */
export function amountDue(
  p: Pick<StepProps, 'service' | 'state'>,
): { amount: number; description: string; noticeCode?: string } | null {
  const due = p.service.fields.find((f) => f.kind === 'due');
  if (due) {
    const code = p.state.values[due.name];
    const amount = Number(p.state.values[`${due.name}:amount`]);
    return typeof code === 'string' && code && amount > 0
      ? { amount, description: String(p.state.values[`${due.name}:description`]), noticeCode: code }
      : null;
  }
  return p.service.payment ?? null;
}

/**
 * "Pagamento" (CSE.2.1): the sum, what pagoPA is, and the payment: a redirect to pagoPA, or in
 * the demo a simulated checkout that says so.
 */
export function PaymentStep(
  props: StepProps & { returnUrl: string; onLeave: () => Promise<void> },
) {
  const { state, dispatch, t, fid, errorOf, payments, fail, say, locale, returnUrl, onLeave } =
    props;
  const [checkout, setCheckout] = useState<Checkout | null>(null);
  const due = amountDue(props);
  const p = state.payment;
  if (!due || !payments) return null;
  const start = async () => {
    try {
      const c = await payments.checkout({
        ...due,
        returnUrl,
        idempotencyKey: `${props.service.id}:${due.noticeCode ?? ''}:${Date.now()}`,
      });
      dispatch({
        type: 'paid',
        payment: { paymentId: c.paymentId, status: 'pending', amount: due.amount },
      });
      if (payments.simulated) setCheckout(c);
      else {
        await onLeave();
        globalThis.location?.assign(c.redirectUrl);
      }
    } catch (e) {
      fail(e);
    }
  };
  const settle = async (status: 'paid' | 'cancelled') => {
    if (!checkout) return;
    try {
      const out = await payments.settle!(checkout.paymentId, status);
      dispatch({ type: 'paid', payment: out });
      setCheckout(null);
      say(
        out.status === 'paid'
          ? t.paid(euro(out.amount, locale), formatDate(out.paidAt ?? new Date(), locale))
          : t.payCancelled,
      );
    } catch (e) {
      fail(e);
    }
  };
  return (
    <>
      <dl>
        <dt>{props.service.name}</dt>
        <dd>{due.description}</dd>
        <dt>{t.amount}</dt>
        <dd className="fw-semibold">{euro(due.amount, locale)}</dd>
      </dl>
      <p>
        {t.payText} <a href="https://www.pagopa.gov.it/it/cittadini/">{t.payWhat}</a>
      </p>
      {p?.status === 'paid' ? (
        <p className="alert alert-success">
          {t.paid(euro(p.amount, locale), formatDate(p.paidAt ?? new Date(), locale))}
        </p>
      ) : checkout ? (
        <section className="border rounded p-3" aria-label={t.simulatedPay}>
          <p className="alert alert-warning">{t.simulatedPay}</p>
          <div className="d-flex flex-wrap gap-2">
            <button type="button" className="btn btn-primary" onClick={() => settle('paid')}>
              {t.simulatedPayConfirm}
            </button>
            <button
              type="button"
              className="btn btn-outline-primary"
              onClick={() => settle('cancelled')}
            >
              {t.simulatedPayCancel}
            </button>
          </div>
        </section>
      ) : (
        <>
          {p?.status === 'cancelled' || p?.status === 'failed' ? (
            <p className="alert alert-warning">{t.payCancelled}</p>
          ) : null}
          {payments.simulated ? <p className="alert alert-warning">{t.simulatedPay}</p> : null}
          <button
            type="button"
            id={fid('pay')}
            className="btn btn-primary"
            aria-describedby={errorOf('pay') ? fid('pay-error') : undefined}
            onClick={start}
          >
            {t.pay(euro(due.amount, locale))}
          </button>
          {errorOf('pay') ? (
            <div id={fid('pay-error')} className="invalid-feedback d-block">
              {errorOf('pay')}
            </div>
          ) : null}
        </>
      )}
    </>
  );
}
