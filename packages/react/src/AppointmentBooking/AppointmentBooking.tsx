'use client';
import {
  forwardRef,
  useEffect,
  useId,
  useReducer,
  useRef,
  type FormEvent,
  type HTMLAttributes,
  type ReactNode,
} from 'react';
import { ErrorSummary } from '../ErrorSummary/ErrorSummary.js';
import { RequiredFieldsNote } from '../Field/Field.js';
import { StepNav } from '../StepNav/StepNav.js';
import { Stepper } from '../Stepper/Stepper.js';
import { usePiazza } from '../intl/context.js';
import { useMessages } from '../intl/messages.js';
import { cx } from '../utils/cx.js';
import { PiazzaPropError } from '../utils/errors.js';
import { formatDate, nextMonths } from '../forms-support/dates.js';
import { validationMessages } from '../validation/validation.intl.js';
import {
  appointmentBookingMessages,
  type AppointmentBookingMessages,
} from './AppointmentBooking.intl.js';
import type { DraftStore } from './drafts.js';
import { useBookingDrafts, useBookingLoads, useBookingSubmit } from './hooks.js';
import {
  BOOKING_STEPS,
  bookingReducer,
  indexOfStep,
  initialBookingState,
  type BookingFormStep,
} from './reducer.js';
import { ApplicantStep } from './steps/ApplicantStep.js';
import { ConfirmedStep } from './steps/ConfirmedStep.js';
import { DateStep } from './steps/DateStep.js';
import { DetailsStep } from './steps/DetailsStep.js';
import { PlaceStep } from './steps/PlaceStep.js';
import { RecapStep } from './steps/RecapStep.js';
import { ResumeOffer } from './steps/ResumeOffer.js';
import type { BookingStepProps } from './steps/types.js';
import {
  type Applicant,
  type Booking,
  type BookingDraft,
  type BookingDraftData,
  type BookingProvider,
} from './types.js';
import { validateStep } from './validate.js';

export type { BookingDraft, BookingDraftData };

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
  const base = useId();
  const fid = (name: string) => `${base}-${name}`;

  const [state, dispatch] = useReducer(bookingReducer, citizen, initialBookingState);
  const { step, data, errors, pending, busy, booking } = state;
  const dirty = useRef(false);
  const idem = useRef<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  const store = useBookingDrafts(draftStore, draftKey, now, state, dirty, dispatch);

  // Focus the new step's heading (never on the first render).
  useEffect(() => {
    if (state.moves) heading.current?.focus();
  }, [state.moves]);

  const update = (patch: Partial<BookingDraftData>) => {
    dirty.current = true;
    idem.current = null;
    dispatch({ type: 'update', patch });
  };
  const goTo = (to: BookingFormStep, fromRecap?: boolean) =>
    dispatch({ type: 'go', to, fromRecap });

  const months = nextMonths((now ?? (() => new Date()))(), monthCount);
  const month = data.month || months[0] || '';
  const { types, offices, slots, reasons } = useBookingLoads(provider, state, month);

  const titles = [t.stepPlace, t.stepDate, t.stepDetails, t.stepApplicant, t.stepRecap];
  const validate = (s: BookingFormStep) => validateStep(s, data, t, v, fid);
  const err = (field: string) => errors.find((e) => e.fieldId === fid(field))?.message;

  const next = (e: FormEvent) => {
    e.preventDefault();
    if (step === 'confirmed' || step === 'recap') return;
    const found = validate(step);
    if (found.length) return dispatch({ type: 'invalid', errors: found });
    const ready =
      state.fromRecap &&
      (['place', 'date', 'details', 'applicant'] as const).every((s) => !validate(s).length);
    goTo(
      ready ? 'recap' : (BOOKING_STEPS[indexOfStep(step) + 1] as BookingFormStep),
      ready || step === 'applicant' ? false : undefined,
    );
  };
  const edit = (to: BookingFormStep) => goTo(to, step === 'recap' || state.fromRecap);
  const save = () => {
    if (!store) return;
    dirty.current = true;
    store.save(draftKey, { step: indexOfStep(step), data }).then(
      (info) =>
        dispatch({ type: 'saved', text: t.saved(formatDate(info.expiresAt, locale)), ok: true }),
      () => dispatch({ type: 'saved', text: t.saveError, ok: false }),
    );
  };
  const submit = useBookingSubmit(provider, data, dispatch, { dirty, idem }, (b) => {
    store?.remove(draftKey).catch(() => undefined);
    onBooked?.(b);
  });

  const H = `h${headingLevel}` as 'h2';
  const index = indexOfStep(step);
  const title = (
    <H id={fid('h')} ref={heading} tabIndex={-1} className="h3 mb-3">
      {titles[index]}
    </H>
  );
  const nav = (
    <StepNav
      onBack={index > 0 ? () => goTo(BOOKING_STEPS[index - 1] as BookingFormStep) : undefined}
      onSave={store ? save : undefined}
      last={step === 'recap'}
      busy={busy}
      className="mt-4"
    />
  );
  const sp: BookingStepProps = { data, update, t, fid, err, locale };

  let body: ReactNode;
  if (pending) {
    body = (
      <ResumeOffer
        savedAt={pending.savedAt}
        t={t}
        locale={locale}
        headingId={fid('r')}
        headingLevel={headingLevel}
        onResume={() => {
          dirty.current = true;
          dispatch({ type: 'resume' });
        }}
        onRestart={() => {
          store?.remove(draftKey).catch(() => undefined);
          dispatch({ type: 'restart' });
        }}
      />
    );
  } else if (step === 'confirmed') {
    body =
      booking && data.office && data.slot ? (
        <ConfirmedStep
          {...{ booking, data, t, locale, headingLevel, statusHref, rating, ratingHref }}
          office={data.office}
          slot={data.slot}
          headingId={fid('h')}
          headingRef={heading}
        />
      ) : null;
  } else if (step === 'recap') {
    body = (
      <RecapStep
        {...{ data, t, locale, title, privacyHref, headingLevel, nav }}
        submitError={state.submitError}
        onSubmit={submit}
        onEdit={edit}
      />
    );
  } else {
    body = (
      <form noValidate onSubmit={next} aria-labelledby={fid('h')}>
        {title}
        <RequiredFieldsNote />
        <ErrorSummary errors={errors} />
        {step === 'place' ? (
          <PlaceStep
            {...sp}
            types={types}
            offices={offices}
            clearErrors={() => dispatch({ type: 'invalid', errors: [] })}
          />
        ) : step === 'date' ? (
          <DateStep
            {...sp}
            months={months}
            month={month}
            slots={slots}
            slotTaken={state.notice === 'slot-taken'}
          />
        ) : step === 'details' ? (
          <DetailsStep {...sp} reasons={reasons} />
        ) : (
          <ApplicantStep {...sp} citizen={citizen} />
        )}
        {nav}
      </form>
    );
  }

  return (
    <div
      ref={ref}
      className={cx('piazza-booking', className)}
      data-step={pending ? 'resume' : step}
      data-busy={busy ? 'true' : undefined}
      {...rest}
    >
      {state.notice === 'corrupt' ? (
        <div className="alert alert-warning" role="status">
          {t.corrupt}
        </div>
      ) : null}
      {step !== 'confirmed' && !pending ? (
        <Stepper
          steps={titles}
          current={index}
          onStepSelect={(n) => edit(BOOKING_STEPS[n] as BookingFormStep)}
          className="mb-4"
        />
      ) : null}
      {body}
      {/* Always present (a live region must exist before it changes); visible when it speaks. */}
      <div
        className={cx(
          state.said && 'alert mt-3',
          state.said && (state.said.ok ? 'alert-success' : 'alert-danger'),
        )}
        role="status"
      >
        {state.said?.text}
      </div>
    </div>
  );
});
