// The payments contract (docs/applications-api.yaml, "Payments"): what the citizen owes, a
// pagoPA checkout (a redirect to the payment page) and its outcome.
import { ServiceError } from './errors.js';
import { HttpContract, type HttpContractOptions } from './http.js';
import { int, items, obj, oneOf, optDate, optStr, str, type Check } from './shape.js';

/** A sum owed or paid, identified by its pagoPA notice code (codice avviso, 18 digits). */
export interface PaymentDue {
  noticeCode: string;
  description: string;
  /** Euro cents. */
  amount: number;
  dueDate?: string;
  status: 'due' | 'paid';
  paidAt?: string;
  receiptHref?: string;
}

/** What to pay. */
export interface CheckoutRequest {
  description: string;
  /** Euro cents. */
  amount: number;
  /** The notice paid, when paying something owed. */
  noticeCode?: string;
  /** Where pagoPA sends the citizen back. */
  returnUrl: string;
  /** The same for every retry of one payment. */
  idempotencyKey: string;
}

/** A checkout started: the citizen goes to `redirectUrl` (pagoPA). */
export interface Checkout {
  paymentId: string;
  redirectUrl: string;
}

/** How a payment ended. */
export interface PaymentOutcome {
  paymentId: string;
  status: 'paid' | 'failed' | 'cancelled' | 'pending';
  amount: number;
  paidAt?: string;
  receiptHref?: string;
}

/** Where sums owed are found and paid. */
export interface PaymentsProvider {
  /** True for the demo's simulation: the screens say so plainly. */
  readonly simulated: boolean;
  /** A sum owed by its notice code; rejects 'not-found'. */
  findDue(noticeCode: string, signal?: AbortSignal): Promise<PaymentDue>;
  /** The signed-in citizen's sums due and paid. */
  payments(signal?: AbortSignal): Promise<PaymentDue[]>;
  checkout(request: CheckoutRequest, signal?: AbortSignal): Promise<Checkout>;
  outcome(paymentId: string, signal?: AbortSignal): Promise<PaymentOutcome>;
  /** Ends a simulated checkout in the page: only the simulation has it. */
  settle?(paymentId: string, status: 'paid' | 'cancelled'): Promise<PaymentOutcome>;
}

const due: Check<PaymentDue> = (x, at) => {
  const o = obj(x, at);
  return {
    noticeCode: str(o.noticeCode, `${at}.noticeCode`),
    description: str(o.description, `${at}.description`),
    amount: int(o.amount, `${at}.amount`),
    dueDate: optDate(o.dueDate, `${at}.dueDate`),
    status: oneOf(['due', 'paid'] as const)(o.status, `${at}.status`),
    paidAt: optDate(o.paidAt, `${at}.paidAt`),
    receiptHref: optStr(o.receiptHref, `${at}.receiptHref`),
  };
};
const checkout: Check<Checkout> = (x, at) => {
  const o = obj(x, at);
  const redirectUrl = str(o.redirectUrl, `${at}.redirectUrl`);
  if (!/^https:\/\//.test(redirectUrl)) throw new TypeError(`${at}.redirectUrl: is not https`);
  return { paymentId: str(o.paymentId, `${at}.paymentId`), redirectUrl };
};
const outcome: Check<PaymentOutcome> = (x, at) => {
  const o = obj(x, at);
  return {
    paymentId: str(o.paymentId, `${at}.paymentId`),
    status: oneOf(['paid', 'failed', 'cancelled', 'pending'] as const)(o.status, `${at}.status`),
    amount: int(o.amount, `${at}.amount`),
    paidAt: optDate(o.paidAt, `${at}.paidAt`),
    receiptHref: optStr(o.receiptHref, `${at}.receiptHref`),
  };
};

/** Talks to a back office that implements the payments part of docs/applications-api.yaml. */
export class HttpPaymentsProvider implements PaymentsProvider {
  readonly simulated = false;
  private readonly http: HttpContract;
  constructor(options: HttpContractOptions) {
    this.http = new HttpContract('HttpPaymentsProvider', options);
  }
  findDue(noticeCode: string, signal?: AbortSignal) {
    return this.http.call(`/dues/${encodeURIComponent(noticeCode)}`, { signal }, due);
  }
  payments(signal?: AbortSignal) {
    return this.http.call('/payments', { signal }, items(due));
  }
  checkout({ idempotencyKey, ...body }: CheckoutRequest, signal?: AbortSignal) {
    return this.http.call(
      '/checkouts',
      { method: 'POST', body, signal, headers: { 'Idempotency-Key': idempotencyKey } },
      checkout,
    );
  }
  outcome(paymentId: string, signal?: AbortSignal) {
    return this.http.call(`/checkouts/${encodeURIComponent(paymentId)}`, { signal }, outcome);
  }
}

/**
 * The demo's payments: no money moves. `findDue` knows the notices given; a checkout stays in
 * the page and `settle` ends it.
 */
export class SimulatedPayments implements PaymentsProvider {
  readonly simulated = true;
  private readonly dues: PaymentDue[];
  private readonly pending = new Map<
    string,
    PaymentOutcome & { noticeCode?: string; description: string }
  >();
  private readonly now: () => Date;
  private n = 0;
  constructor(options: { dues?: readonly PaymentDue[]; now?: () => Date } = {}) {
    this.dues = (options.dues ?? []).map((d) => ({ ...d }));
    this.now = options.now ?? (() => new Date());
  }
  async findDue(noticeCode: string): Promise<PaymentDue> {
    const code = noticeCode.replace(/\s+/g, '');
    const d = this.dues.find((x) => x.noticeCode === code);
    if (!d) throw new ServiceError('not-found', `no notice ${code}`);
    return { ...d };
  }
  async payments(): Promise<PaymentDue[]> {
    return this.dues.map((d) => ({ ...d }));
  }
  async checkout(r: CheckoutRequest): Promise<Checkout> {
    const paymentId = `SIM-${++this.n}`;
    this.pending.set(paymentId, {
      paymentId,
      status: 'pending',
      amount: r.amount,
      noticeCode: r.noticeCode,
      description: r.description,
    });
    return { paymentId, redirectUrl: '' };
  }
  async outcome(paymentId: string): Promise<PaymentOutcome> {
    const p = this.pending.get(paymentId);
    if (!p) throw new ServiceError('not-found', `no payment ${paymentId}`);
    const { noticeCode: _n, description: _d, ...out } = p;
    return out;
  }
  async settle(paymentId: string, status: 'paid' | 'cancelled'): Promise<PaymentOutcome> {
    const p = this.pending.get(paymentId);
    if (!p) throw new ServiceError('not-found', `no payment ${paymentId}`);
    p.status = status;
    if (status === 'paid') {
      p.paidAt = this.now().toISOString();
      const d = this.dues.find((x) => x.noticeCode === p.noticeCode);
      if (d) Object.assign(d, { status: 'paid', paidAt: p.paidAt });
      else
        this.dues.push({
          noticeCode: p.noticeCode ?? paymentId,
          description: p.description,
          amount: p.amount,
          status: 'paid',
          paidAt: p.paidAt,
        });
    }
    return this.outcome(paymentId);
  }
}
