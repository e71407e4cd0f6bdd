'use client';
import {
  forwardRef,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type FormEvent,
  type HTMLAttributes,
  type ReactNode,
} from 'react';
import { ErrorSummary, type ErrorSummaryItem } from '../ErrorSummary/ErrorSummary.js';
import { RequiredFieldsNote } from '../Field/Field.js';
import { Icon } from '../Icon/Icon.js';
import { RadioGroup } from '../RadioGroup/RadioGroup.js';
import { Recap } from '../Recap/Recap.js';
import { Select } from '../Select/Select.js';
import { StepNav } from '../StepNav/StepNav.js';
import { Stepper } from '../Stepper/Stepper.js';
import { TextField } from '../TextField/TextField.js';
import { Textarea } from '../Textarea/Textarea.js';
import { usePiazza } from '../intl/context.js';
import { useMessages } from '../intl/messages.js';
import { cx } from '../utils/cx.js';
import { PiazzaPropError } from '../utils/errors.js';
import { formatDate, nextMonths } from '../forms-support/dates.js';
import { useLoad, type Load } from '../forms-support/useLoad.js';
import { checkValue } from '../validation/validators.js';
import { validationMessages } from '../validation/validation.intl.js';
import {
  appointmentBookingMessages,
  type AppointmentBookingMessages,
} from './AppointmentBooking.intl.js';
import { isBookingDraft } from './bookingDraft.js';
import { LocalStorageDraftStore, type DraftInfo, type DraftStore } from './drafts.js';
import { icsDataUrl } from './ics.js';
import {
  BookingError,
  type Applicant,
  type Booking,
  type BookingOffice,
  type BookingProvider,
  type BookingReason,
  type BookingSlot,
  type OfficeType,
} from './types.js';

/** Everything the citizen entered: what a draft holds. */
export interface BookingDraftData {
  officeType: OfficeType | null;
  office: BookingOffice | null;
  /** "2026-02"; empty for the first month offered. */
  month: string;
  slot: BookingSlot | null;
  reason: BookingReason | null;
  details: string;
  applicant: Applicant;
}

/** A saved booking in progress: the step (0–4) and the data. */
export interface BookingDraft {
  step: number;
  data: BookingDraftData;
}

export interface AppointmentBookingProps extends Omit<HTMLAttributes<HTMLDivElement>, 'children'> {
  /** Where offices, reasons and slots come from and where the booking goes. Keep it stable. */
  provider: BookingProvider;
  /** The privacy notice, confirmed in the recap. */
  privacyHref: string;
  /**
   * Where drafts are saved ("Salva richiesta" and autosave, CSE.1.6); `null` turns drafts off.
   * @default a LocalStorageDraftStore (kept 366 days)
   */
  draftStore?: DraftStore<BookingDraft> | null;
  /** The draft's key in the store. @default 'appointment-booking' */
  draftKey?: string;
  /** The signed-in citizen: the applicant step is prefilled and read-only (once-only, CSE.1.5). */
  citizen?: Partial<Applicant>;
  /** The clock (months offered, draft dates). @default () => new Date() */
  now?: () => Date;
  /** How many months are offered, from the current one. @default 3 */
  months?: number;
  /** The rating of the service shown at the end (CSE.1.7), e.g. a `Rating`. */
  rating?: ReactNode;
  /** Or a link to the rating of the service (CSE.1.7). */
  ratingHref?: string;
  /** The page of the booking in the personal area. */
  statusHref?: string;
  /** Called once the booking is confirmed. */
  onBooked?: (booking: Booking) => void;
  /** Level of the step headings. @default 2 */
  headingLevel?: 2 | 3;
  /** Overrides of the default texts. */
  messages?: Partial<AppointmentBookingMessages>;
}

const STEPS = ['place', 'date', 'details', 'applicant', 'recap', 'confirmed'] as const;
const DETAILS_MAX = 200;

/** Progress, or a retryable error, or the loaded data. */
function Loaded<T>({
  res,
  t,
  children,
}: {
  res: Load<T>;
  t: AppointmentBookingMessages;
  children: (data: T) => ReactNode;
}) {
  if (res.error !== undefined) {
    return (
      <div className="alert alert-danger" role="alert">
        <p>{t.loadError}</p>
        <button type="button" className="btn btn-outline-primary btn-sm" onClick={res.retry}>
          {t.retry}
        </button>
      </div>
    );
  }
  if (res.data === undefined) {
    return (
      <div role="status" className="d-flex align-items-center mb-4">
        <span
          className="progress-spinner progress-spinner-active size-sm me-2"
          aria-hidden="true"
        />
        {t.loading}
      </div>
    );
  }
  return <>{children(res.data)}</>;
}

/**
 * The complete appointment booking (CSE.2.2): Luogo → Data e orario → Dettagli appuntamento →
 * Richiedente → Riepilogo → Conferma, with drafts and resume (CSE.1.6), once-only data (CSE.1.5),
 * the recap (CSE.1.4), steps navigable back (CSE.1.8), the confirmation with an `.ics` file and
 * the rating invitation (CSE.1.7). Slow and failing providers show progress and a retry and lose
 * nothing; a slot taken meanwhile sends the citizen back to choose another; a double submit is
 * impossible. On every step change focus goes to the step's heading.
 *
 * State: `data-step` (`place`, `date`, `details`, `applicant`, `recap`, `confirmed`, or `resume`
 * while offering to resume a draft) and `data-busy="true"` while sending.
 */
export const AppointmentBooking = /* @__PURE__ */ forwardRef<
  HTMLDivElement,
  AppointmentBookingProps
>(function AppointmentBooking(
  {
    provider,
    privacyHref,
    draftStore,
    draftKey = 'appointment-booking',
    citizen,
    now,
    months: monthCount = 3,
    rating,
    ratingHref,
    statusHref,
    onBooked,
    headingLevel = 2,
    messages,
    className,
    ...rest
  },
  ref,
) {
  const t = useMessages(appointmentBookingMessages, messages);
  const v = useMessages(validationMessages);
  const { locale } = usePiazza();
  if (!provider)
    throw new PiazzaPropError('AppointmentBooking', 'provider', 'must be a BookingProvider');
  const clock = useRef(now);
  useEffect(() => {
    clock.current = now;
  });
  const store = useMemo(
    () =>
      draftStore === undefined
        ? new LocalStorageDraftStore<BookingDraft>({
            now: () => (clock.current ?? (() => new Date()))(),
          })
        : draftStore,
    [draftStore],
  );
  const base = useId();
  const fid = (name: string) => `${base}-${name}`;

  const [step, setStep] = useState(0);
  const [tick, setTick] = useState(0);
  const [data, setData] = useState<BookingDraftData>(() => ({
    officeType: null,
    office: null,
    month: '',
    slot: null,
    reason: null,
    details: '',
    applicant: { name: '', surname: '', email: '', phone: '', ...citizen },
  }));
  const [errors, setErrors] = useState<ErrorSummaryItem[]>([]);
  const [fromRecap, setFromRecap] = useState(false);
  const [notice, setNotice] = useState<'slot-taken' | 'corrupt' | null>(null);
  // The outcome of "Salva richiesta", shown and announced.
  const [said, setSaid] = useState<{ text: string; ok: boolean } | null>(null);
  const [pending, setPending] = useState<(BookingDraft & DraftInfo) | null>(null);
  const [busy, setBusy] = useState(false);
  const [submitError, setSubmitError] = useState(false);
  const [booking, setBooking] = useState<Booking | null>(null);
  const [slotsVersion, setSlotsVersion] = useState(0);
  const busyRef = useRef(false);
  const dirty = useRef(false);
  const idem = useRef<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  // A saved draft: offer to resume it; an unreadable one is reported (and already discarded).
  useEffect(() => {
    if (!store) return;
    let live = true;
    store.load(draftKey, isBookingDraft).then(
      (r) => {
        if (!live) return;
        if (r.status === 'found')
          setPending({ ...r.data, savedAt: r.savedAt, expiresAt: r.expiresAt });
        else if (r.status === 'corrupt') setNotice('corrupt');
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [store, draftKey]);

  // Autosave after every change the citizen makes.
  useEffect(() => {
    if (store && dirty.current && step < 5)
      store.save(draftKey, { step, data }).catch(() => undefined);
  }, [store, draftKey, step, data]);

  // Focus the new step's heading (never on the first render).
  useEffect(() => {
    if (tick) heading.current?.focus();
  }, [tick]);

  const update = (patch: Partial<BookingDraftData>) => {
    dirty.current = true;
    idem.current = null;
    setData((d) => ({ ...d, ...patch }));
  };
  const goTo = (n: number) => {
    setErrors([]);
    setNotice(null);
    setSubmitError(false);
    setSaid(null);
    setStep(n);
    setTick((x) => x + 1);
  };

  const months = nextMonths((now ?? (() => new Date()))(), monthCount);
  const month = data.month || months[0] || '';
  const types = useLoad(step === 0 ? 'types' : null, (s) => provider.officeTypes(s));
  const offices = useLoad(step === 0 && data.officeType ? `o:${data.officeType.id}` : null, (s) =>
    provider.offices(data.officeType?.id ?? '', s),
  );
  const slots = useLoad(
    step === 1 && data.office ? `s:${data.office.id}:${month}:${slotsVersion}` : null,
    (s) => provider.slots(data.office?.id ?? '', month, s),
  );
  const reasons = useLoad(step === 2 && data.office ? `r:${data.office.id}` : null, (s) =>
    provider.reasons(data.office?.id ?? '', s),
  );

  const titles = [t.stepPlace, t.stepDate, t.stepDetails, t.stepApplicant, t.stepRecap];
  const day = (s: BookingSlot) =>
    formatDate(s.start, locale, {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    });
  const time = (s: BookingSlot) => {
    const hm = { hour: '2-digit', minute: '2-digit' } as const;
    return `${formatDate(s.start, locale, hm)}–${formatDate(s.end, locale, hm)}`;
  };

  const validate = (s: number): ErrorSummaryItem[] => {
    const out: ErrorSummaryItem[] = [];
    const need = (ok: unknown, field: string, message: string) => {
      if (!ok) out.push({ fieldId: fid(field), message });
    };
    const a = data.applicant;
    if (s === 0) {
      need(data.officeType, 'type', v.choose(t.errOfficeType));
      // The offices are listed once a type is chosen: no error (and link) to a missing field.
      if (data.officeType) need(data.office, 'office', v.choose(t.errOffice));
    } else if (s === 1) {
      need(data.slot, 'slot', v.choose(t.errSlot));
    } else if (s === 2) {
      need(data.reason, 'reason', v.choose(t.errReason));
      const c = checkValue(data.details, { required: true, maxLength: DETAILS_MAX });
      need(!c, 'details', c === 'required' ? v.required(t.errDetails) : v.maxLength(DETAILS_MAX));
    } else if (s === 3) {
      need(a.name.trim(), 'name', v.required(t.errName));
      need(a.surname.trim(), 'surname', v.required(t.errSurname));
      const e = checkValue(a.email, { required: true, format: 'email' });
      need(!e, 'email', e === 'required' ? v.required(t.errEmail) : v.email);
      need(!checkValue(a.phone, { format: 'phone' }), 'phone', v.phone);
    }
    return out;
  };
  const err = (field: string) => errors.find((e) => e.fieldId === fid(field))?.message;

  const next = (e: FormEvent) => {
    e.preventDefault();
    const found = validate(step);
    if (found.length) {
      setErrors(found);
      return;
    }
    const ready = fromRecap && [0, 1, 2, 3].every((s) => validate(s).length === 0);
    if (ready || step === 3) setFromRecap(false);
    goTo(ready ? 4 : step + 1);
  };
  const edit = (n: number) => {
    setFromRecap(step === 4 || fromRecap);
    goTo(n);
  };
  const save = () => {
    if (!store) return;
    dirty.current = true;
    store.save(draftKey, { step, data }).then(
      (info) => setSaid({ text: t.saved(formatDate(info.expiresAt, locale)), ok: true }),
      () => setSaid({ text: t.saveError, ok: false }),
    );
  };
  const submit = async () => {
    if (busyRef.current || !data.office || !data.slot || !data.reason) return;
    busyRef.current = true;
    setBusy(true);
    setSubmitError(false);
    idem.current ??=
      globalThis.crypto?.randomUUID?.() ?? `${Date.now()}-${Math.random().toString(36).slice(2)}`;
    try {
      const b = await provider.submit({
        officeId: data.office.id,
        reasonId: data.reason.id,
        details: data.details.trim(),
        slot: data.slot,
        applicant: data.applicant,
        idempotencyKey: idem.current,
      });
      idem.current = null;
      dirty.current = false;
      setBooking(b);
      goTo(5);
      store?.remove(draftKey).catch(() => undefined);
      onBooked?.(b);
    } catch (e) {
      if (e instanceof BookingError && e.kind === 'slot-taken') {
        update({ slot: null });
        setFromRecap(true);
        setSlotsVersion((x) => x + 1);
        goTo(1);
        setNotice('slot-taken');
      } else {
        setSubmitError(true);
      }
    } finally {
      busyRef.current = false;
      setBusy(false);
    }
  };

  const H = `h${headingLevel}` as 'h2';
  const title = (text: string) => (
    <H id={fid('h')} ref={heading} tabIndex={-1} className="h3 mb-3">
      {text}
    </H>
  );
  const nav = (
    <StepNav
      onBack={step > 0 ? () => goTo(step - 1) : undefined}
      onSave={store ? save : undefined}
      last={step === 4}
      busy={busy}
      className="mt-4"
    />
  );
  const a = data.applicant;
  const ro = (k: keyof Applicant) => !!citizen?.[k];
  const applicantField = (k: keyof Applicant, label: string, extra: object) => (
    <TextField
      id={fid(k)}
      label={label}
      value={a[k]}
      readOnly={ro(k)}
      error={err(k)}
      onChange={(e) => update({ applicant: { ...a, [k]: e.target.value } })}
      {...extra}
    />
  );

  let body: ReactNode;
  if (pending) {
    body = (
      <section className="alert alert-info" aria-labelledby={fid('r')}>
        <H id={fid('r')} className="h4">
          {t.resumeTitle}
        </H>
        <p>{t.resumeText(formatDate(pending.savedAt, locale))}</p>
        <div className="d-flex flex-wrap gap-2">
          <button
            type="button"
            className="btn btn-primary btn-sm"
            onClick={() => {
              dirty.current = true;
              setData(pending.data);
              setPending(null);
              goTo(pending.step);
            }}
          >
            {t.resume}
          </button>
          <button
            type="button"
            className="btn btn-outline-primary btn-sm"
            onClick={() => {
              store?.remove(draftKey).catch(() => undefined);
              setPending(null);
              goTo(0);
            }}
          >
            {t.restart}
          </button>
        </div>
      </section>
    );
  } else if (step === 5 && booking && data.office && data.slot) {
    const o = data.office;
    const s = data.slot;
    const H2 = `h${headingLevel + 1}` as 'h3';
    body = (
      <section aria-labelledby={fid('h')}>
        <div className="d-flex align-items-center mb-3">
          <Icon name="check-circle" size="lg" color="success" className="me-2 flex-shrink-0" />
          <H id={fid('h')} ref={heading} tabIndex={-1} className="h3 mb-0">
            {t.confirmed}
          </H>
        </div>
        <p>{t.confirmedText(`${day(s)}, ${time(s)}`, o.name, o.address)}</p>
        <dl>
          <dt>{t.code}</dt>
          <dd className="fw-semibold">{booking.code}</dd>
          <dt>{t.reason}</dt>
          <dd>{data.reason?.label}</dd>
          <dt>{t.bookedOn}</dt>
          <dd>{formatDate(booking.createdAt, locale)}</dd>
        </dl>
        <p>{t.notified(a.email)}</p>
        <p className="d-flex flex-wrap gap-3 align-items-center">
          <a
            className="btn btn-outline-primary btn-sm"
            href={icsDataUrl({
              uid: `${booking.code}@piazza`,
              start: s.start,
              end: s.end,
              stamp: booking.createdAt,
              title: t.calendarTitle(o.name),
              location: o.address,
              description: `${t.code}: ${booking.code}. ${data.reason?.label ?? ''}`,
            })}
            download={`appuntamento-${booking.code}.ics`}
          >
            <Icon name="calendar" color="primary" className="me-2" />
            {t.addToCalendar}
          </a>
          {statusHref ? <a href={statusHref}>{t.status}</a> : null}
        </p>
        {rating ??
          (ratingHref ? (
            <div className="mt-5">
              <H2 className="h4">{t.rateTitle}</H2>
              <a href={ratingHref}>{t.rate}</a>
            </div>
          ) : null)}
      </section>
    );
  } else if (step === 4) {
    const o = data.office;
    body = (
      <>
        {title(titles[4]!)}
        <Recap
          privacyHref={privacyHref}
          onSubmit={submit}
          headingLevel={(headingLevel + 1) as 3}
          groups={[
            {
              title: t.stepPlace,
              onEdit: () => edit(0),
              items: [
                { label: t.officeType, value: data.officeType?.name },
                { label: t.office, value: o?.name },
                { label: t.address, value: o?.address },
              ],
            },
            {
              title: t.stepDate,
              onEdit: () => edit(1),
              items: [
                { label: t.date, value: data.slot && day(data.slot) },
                { label: t.time, value: data.slot && time(data.slot) },
              ],
            },
            {
              title: t.stepDetails,
              onEdit: () => edit(2),
              items: [
                { label: t.reason, value: data.reason?.label },
                { label: t.details, value: data.details },
              ],
            },
            {
              title: t.stepApplicant,
              onEdit: () => edit(3),
              items: [
                { label: t.name, value: a.name },
                { label: t.surname, value: a.surname },
                { label: t.email, value: a.email },
                { label: t.phone, value: a.phone },
              ],
            },
          ]}
          notice={
            submitError ? (
              <div className="alert alert-danger" role="alert">
                <p>{t.submitError}</p>
                <button type="button" className="btn btn-outline-primary btn-sm" onClick={submit}>
                  {t.retry}
                </button>
              </div>
            ) : null
          }
          actions={nav}
        />
      </>
    );
  } else {
    const o = data.office;
    body = (
      <form noValidate onSubmit={next} aria-labelledby={fid('h')}>
        {title(titles[step]!)}
        <RequiredFieldsNote />
        <ErrorSummary errors={errors} />
        {step === 0 ? (
          <>
            <Loaded res={types} t={t}>
              {(list) => (
                <Select
                  id={fid('type')}
                  label={t.officeType}
                  required
                  options={list.map((x) => ({ value: x.id, label: x.name }))}
                  value={data.officeType?.id ?? ''}
                  error={err('type')}
                  onChange={(e) => {
                    const ty = list.find((x) => x.id === e.target.value) ?? null;
                    if (ty?.id !== data.officeType?.id) {
                      update({ officeType: ty, office: null, slot: null, reason: null });
                      // A new list of offices: no error is known about it yet.
                      setErrors([]);
                    }
                  }}
                />
              )}
            </Loaded>
            {data.officeType ? (
              <Loaded res={offices} t={t}>
                {(list) => (
                  <RadioGroup
                    id={fid('office')}
                    label={t.office}
                    required
                    options={list.map((x) => ({ value: x.id, label: x.name, hint: x.address }))}
                    value={data.office?.id ?? ''}
                    error={err('office')}
                    onValueChange={(id) => {
                      if (id !== data.office?.id)
                        update({
                          office: list.find((x) => x.id === id) ?? null,
                          slot: null,
                          reason: null,
                        });
                    }}
                  />
                )}
              </Loaded>
            ) : null}
          </>
        ) : step === 1 ? (
          <>
            {o ? (
              <div className="border rounded shadow-sm p-3 p-md-4 mb-4">
                <p className="fw-semibold mb-2">{o.name}</p>
                <dl className="small mb-0">
                  <dt>{t.address}</dt>
                  <dd>{o.address}</dd>
                  <dt>{t.hours}</dt>
                  <dd className="mb-0">{o.hours}</dd>
                </dl>
              </div>
            ) : null}
            {notice === 'slot-taken' ? (
              <div className="alert alert-warning" role="alert">
                {t.slotTaken}
              </div>
            ) : null}
            <Select
              id={fid('month')}
              label={t.month}
              required
              placeholder={false}
              options={months.map((m) => ({
                value: m,
                label: formatDate(`${m}-15T12:00:00Z`, locale, {
                  month: 'long',
                  year: 'numeric',
                }),
              }))}
              value={month}
              onChange={(e) => update({ month: e.target.value, slot: null })}
            />
            <Loaded res={slots} t={t}>
              {(list) =>
                list.length ? (
                  <RadioGroup
                    id={fid('slot')}
                    label={t.slots}
                    hint={t.slotsHint}
                    required
                    options={list.map((x) => ({
                      value: x.start,
                      label: `${day(x)}, ${time(x)}`,
                    }))}
                    value={data.slot?.start ?? ''}
                    error={err('slot')}
                    onValueChange={(start) =>
                      update({ slot: list.find((x) => x.start === start) ?? null })
                    }
                  />
                ) : (
                  <p id={fid('slot')} tabIndex={-1}>
                    {t.noSlots}
                  </p>
                )
              }
            </Loaded>
          </>
        ) : step === 2 ? (
          <>
            <Loaded res={reasons} t={t}>
              {(list) => (
                <Select
                  id={fid('reason')}
                  label={t.reason}
                  required
                  options={list.map((x) => ({ value: x.id, label: x.label }))}
                  value={data.reason?.id ?? ''}
                  error={err('reason')}
                  onChange={(e) =>
                    update({ reason: list.find((x) => x.id === e.target.value) ?? null })
                  }
                />
              )}
            </Loaded>
            <Textarea
              id={fid('details')}
              label={t.details}
              hint={t.detailsHint}
              required
              maxLength={DETAILS_MAX}
              value={data.details}
              error={err('details')}
              onChange={(e) => update({ details: e.target.value })}
            />
          </>
        ) : (
          <>
            {citizen ? <p className="alert alert-info">{t.fromProfile}</p> : null}
            {applicantField('name', t.name, { required: true, autoComplete: 'given-name' })}
            {applicantField('surname', t.surname, {
              required: true,
              autoComplete: 'family-name',
            })}
            {applicantField('email', t.email, {
              required: true,
              type: 'email',
              autoComplete: 'email',
            })}
            {applicantField('phone', t.phone, {
              type: 'tel',
              autoComplete: 'tel',
              hint: t.phoneHint,
            })}
          </>
        )}
        {nav}
      </form>
    );
  }

  return (
    <div
      ref={ref}
      className={cx('piazza-booking', className)}
      data-step={pending ? 'resume' : STEPS[step]}
      data-busy={busy ? 'true' : undefined}
      {...rest}
    >
      {notice === 'corrupt' ? (
        <div className="alert alert-warning" role="status">
          {t.corrupt}
        </div>
      ) : null}
      {step < 5 && !pending ? (
        <Stepper steps={titles} current={step} onStepSelect={edit} className="mb-4" />
      ) : null}
      {body}
      {/* Always present (a live region must exist before it changes); visible when it speaks. */}
      <div
        className={cx(said && 'alert mt-3', said && (said.ok ? 'alert-success' : 'alert-danger'))}
        role="status"
      >
        {said?.text}
      </div>
    </div>
  );
});
