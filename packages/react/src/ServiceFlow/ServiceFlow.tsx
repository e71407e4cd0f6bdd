'use client';
import {
  forwardRef,
  useEffect,
  useId,
  useMemo,
  useReducer,
  useRef,
  useState,
  type FormEvent,
  type ReactNode,
} from 'react';
import { ErrorSummary } from '../ErrorSummary/ErrorSummary.js';
import { RequiredFieldsNote } from '../Field/Field.js';
import { formatDate } from '../forms-support/dates.js';
import { usePiazza } from '../intl/context.js';
import { useMessages } from '../intl/messages.js';
import { isServiceError } from '../service-contracts/errors.js';
import type { Citizen } from '../service-contracts/identity.js';
import { StepNav } from '../StepNav/StepNav.js';
import { Stepper } from '../Stepper/Stepper.js';
import { cx } from '../utils/cx.js';
import { PiazzaPropError } from '../utils/errors.js';
import { validationMessages } from '../validation/validation.intl.js';
import { checkDefinition } from './definition.js';
import { flowRecipe, type FlowRecipe, type FlowStepName } from './recipes.js';
import type { ServiceFlowDraft } from './draft.js';
import { useFlowDraftStore, useStoredDraft } from './useFlowDrafts.js';

export type { ServiceFlowDraft } from './draft.js';
import { flowReducer, initialFlowState } from './reducer.js';
import { serviceFlowMessages } from './ServiceFlow.intl.js';
import { AccessOptions } from '../AccessOptions/AccessOptions.js';
import { LoadingStatus, RetryAlert } from '../FlowStatus/FlowStatus.js';
import { ResumeStep } from './steps/ResumeStep.js';
import { validateStep } from './validate-step.js';
import type { ServiceFlowProps } from './props.js';

export type { ServiceFlowProps } from './props.js';
import { ConfirmationStep } from './steps/ConfirmationStep.js';
import { PaymentStep, usePaymentReturn } from './steps/PaymentStep.js';
import { PERSONAL_FIELDS, PersonalStep } from './steps/PersonalStep.js';
import { PrivacyStep } from './steps/PrivacyStep.js';
import { RecapStep } from './steps/RecapStep.js';
import { SpecificStep } from './steps/SpecificStep.js';
import type { StepProps } from './steps/types.js';

const prefillOf = (c: Citizen) =>
  Object.fromEntries(PERSONAL_FIELDS.map(({ key }) => [key, c[key] ?? '']));

const newKey = () =>
  globalThis.crypto?.randomUUID?.() ?? `${Date.now()}-${Math.random().toString(36).slice(2)}`;

/**
 * The online request of a service, composed of the library's parts: access (CSE.1.1), the
 * privacy notice, the personal data from the identity (CSE.1.5), the service's own fields,
 * payment (CSE.2.1), the recap (CSE.1.4), the confirmation with the code and dates (CSE.1.2,
 * CSE.1.10), the receipt and the rating (CSE.1.7). The steps are those of the service's flow
 * type, always shown and reopenable (CSE.1.8); a draft can be saved at any step (CSE.1.6), and
 * what is typed is kept on this device on every change. Focus goes to each step's heading.
 *
 * State: `data-step` (`loading`, `access`, `resume`, a step name, `confirmed`), `data-flow`
 * (the flow type) and `data-session="expired"`.
 */
export const ServiceFlow = /* @__PURE__ */ forwardRef<HTMLDivElement, ServiceFlowProps>(
  function ServiceFlow(
    {
      service: definition,
      completes,
      api,
      identity,
      payments,
      citizen: knownCitizen,
      initialDraft,
      draftStore,
      statusHref,
      returnTo = '',
      rating,
      ratingHref,
      headingLevel = 2,
      now,
      messages,
      className,
      ...rest
    },
    ref,
  ) {
    const t = useMessages(serviceFlowMessages, messages);
    const v = useMessages(validationMessages);
    const { locale } = usePiazza();
    checkDefinition('ServiceFlow', definition);
    // Completing an admitted request: the same flow over the service's completion fields.
    const service = useMemo(
      () => (completes ? { ...definition, fields: definition.completion ?? [] } : definition),
      [definition, completes],
    );
    if (!api) throw new PiazzaPropError('ServiceFlow', 'api', 'must be an ApplicationsApi');
    if (!identity)
      throw new PiazzaPropError('ServiceFlow', 'identity', 'must be an IdentityProvider');
    const recipe: FlowRecipe = useMemo(
      () =>
        completes
          ? [
              { name: 'specific', label: t.completionTitle },
              { name: 'recap', label: flowRecipe(service.flowType).at(-1)!.label },
            ]
          : flowRecipe(service.flowType),
      [service.flowType, completes, t.completionTitle],
    );
    if (recipe.some((s) => s.name === 'payment') && !payments)
      throw new PiazzaPropError(
        'ServiceFlow',
        'payments',
        `is required by the flow type ${service.flowType}`,
      );
    const store = useFlowDraftStore(draftStore, now);
    const key = completes ? `${service.id}:${completes}` : service.id;
    const base = useId();
    const fid = (name: string) => `${base}-${name.replace(/[^\w-]/g, '_')}`;

    const [state, dispatch] = useReducer(flowReducer, initialFlowState, (s) => {
      const d = initialDraft;
      if (d) s = flowReducer(s, { type: 'resume', ...d, reached: d.reached });
      return knownCitizen
        ? flowReducer(s, {
            type: 'signedIn',
            first: recipe[0]!.name,
            prefill: prefillOf(knownCitizen),
          })
        : s;
    });
    const [citizen, setCitizen] = useState<Citizen | null | undefined>(knownCitizen);
    const [loadError, setLoadError] = useState(false);
    const [attempt, setAttempt] = useState(0);
    const [expired, setExpired] = useState(false);
    const [errors, setErrors] = useState<{ name: string; message: string }[]>([]);
    const [submitError, setSubmitError] = useState(false);
    const [busy, setBusy] = useState(false);
    const [said, setSaid] = useState('');
    const [tick, setTick] = useState(0);
    const heading = useRef<HTMLHeadingElement>(null);
    const dirty = useRef(false);
    const busyRef = useRef(false);
    const idem = useRef<string | null>(null);

    // Who is signed in; and a draft on this device, offered for resuming.
    useEffect(() => {
      const c = new AbortController();
      identity.current(c.signal).then(
        (who) => !c.signal.aborted && (setCitizen(who), setLoadError(false)),
        () => !c.signal.aborted && setLoadError(true),
      );
      return () => c.abort();
    }, [identity, attempt]);
    const { pending, setPending, corrupt } = useStoredDraft(store, key, initialDraft);
    // Signed in: the personal data from the identity; values typed before win.
    useEffect(() => {
      if (!citizen) return;
      dispatch({ type: 'signedIn', first: recipe[0]!.name, prefill: prefillOf(citizen) });
    }, [citizen, recipe]);
    // What is typed is kept on this device on every change.
    const draft = (): ServiceFlowDraft | null =>
      state.at === 'access' || state.at === 'confirmed'
        ? null
        : {
            at: state.at,
            reached: [...state.reached],
            values: state.values,
            payment: state.payment,
            draftId: state.draftId,
          };
    useEffect(() => {
      const d = draft();
      if (store && dirty.current && d) store.save(key, d).catch(() => undefined);
      // eslint-disable-next-line react-hooks/exhaustive-deps
    }, [store, key, state]);
    // Focus the new step's heading and say where the citizen is.
    useEffect(() => {
      if (!tick) return;
      heading.current?.focus();
      const i = recipe.findIndex((s) => s.name === state.at);
      if (i >= 0) setSaid(t.stepAnnounce(i + 1, recipe.length, label(recipe[i]!.name)));
      // eslint-disable-next-line react-hooks/exhaustive-deps
    }, [tick, state.at, !citizen]);

    // Back from pagoPA (the draft holds a pending payment): ask how it ended.
    usePaymentReturn(payments, state.payment, (out) => {
      dirty.current = true;
      dispatch({ type: 'paid', payment: out });
    });

    const fail = (e: unknown) => {
      if (isServiceError(e, 'session-expired')) {
        setExpired(true);
        setCitizen(null);
        const d = draft();
        if (store && d) store.save(key, d).catch(() => undefined);
      } else setSubmitError(true);
    };
    const go = (to: FlowStepName, fromRecap?: boolean) => {
      setErrors([]);
      setSubmitError(false);
      dispatch({ type: 'go', to, fromRecap });
      setTick((x) => x + 1);
    };
    const set: StepProps['dispatch'] = (a) => {
      dirty.current = true;
      if (a.type === 'set' || a.type === 'paid') idem.current = null;
      dispatch(a);
    };

    const validate = (s: FlowStepName) =>
      validateStep(s, { values: state.values, payment: state.payment, recipe, service, t, v });
    const next = (e: FormEvent) => {
      e.preventDefault();
      const at = state.at as FlowStepName;
      const found = validate(at);
      if (found.length) {
        setErrors(found);
        return;
      }
      const i = recipe.findIndex((s) => s.name === at);
      const ready = state.fromRecap && recipe.every((s) => validate(s.name).length === 0);
      go(ready ? 'recap' : recipe[i + 1]!.name);
    };
    const save = async () => {
      const d = draft();
      if (!d) return;
      dirty.current = true;
      try {
        const saved = await api.saveDraft({
          id: state.draftId,
          serviceId: service.id,
          serviceName: service.name,
          step: d.at,
          values: d.values,
        });
        dispatch({ type: 'draftSaved', id: saved.id });
        await store?.save(key, { ...d, draftId: saved.id });
        setSaid(t.saved(formatDate(saved.expiresAt, locale)));
      } catch (err) {
        if (isServiceError(err, 'session-expired')) fail(err);
        const info = await store?.save(key, d).catch(() => null);
        setSaid(info ? t.savedHere(formatDate(info.expiresAt, locale)) : t.saveError);
      }
    };
    const submit = async () => {
      if (busyRef.current) return;
      busyRef.current = true;
      setBusy(true);
      setSubmitError(false);
      idem.current ??= newKey();
      try {
        const s = completes
          ? await api.complete(completes, state.values, idem.current)
          : await api.submit({
              serviceId: service.id,
              serviceName: service.name,
              values: state.values,
              paymentId: state.payment?.paymentId,
              draftId: state.draftId,
              idempotencyKey: idem.current,
            });
        idem.current = null;
        dirty.current = false;
        dispatch({ type: 'submitted', submission: s });
        store?.remove(key).catch(() => undefined);
      } catch (e) {
        fail(e);
      } finally {
        busyRef.current = false;
        setBusy(false);
      }
    };

    // One array per set of errors: the summary takes focus when its errors change.
    const summary = useMemo(
      () =>
        errors.map((e) => ({
          fieldId: `${base}-${e.name.replace(/[^\w-]/g, '_')}`,
          message: e.message,
        })),
      [errors, base],
    );
    const H = `h${headingLevel}` as 'h2';
    const sub = (headingLevel + 1) as 3 | 4;
    const label = (name: FlowStepName) =>
      locale === 'it' && !messages?.steps
        ? (recipe.find((s) => s.name === name)?.label ?? t.steps[name])
        : t.steps[name];
    const stepProps: StepProps = {
      label,
      service,
      state,
      dispatch: set,
      t,
      v,
      fid,
      errorOf: (n) => errors.find((e) => e.name === n)?.message,
      locale,
      api,
      payments,
      fail,
      say: setSaid,
    };
    const signedIn = (c: Citizen) => {
      setExpired(false);
      setCitizen(c);
      setTick((x) => x + 1);
    };
    const nav = (last: boolean) => (
      <StepNav
        onBack={
          state.at !== recipe[0]!.name
            ? () => go(recipe[recipe.findIndex((s) => s.name === state.at) - 1]!.name)
            : undefined
        }
        onSave={save}
        last={last}
        busy={busy}
        className="mt-4"
      />
    );

    let position: string = state.at;
    let body: ReactNode;
    if (loadError) {
      position = 'loading';
      body = (
        <RetryAlert
          message={t.loadError}
          retryLabel={t.retry}
          onRetry={() => setAttempt((a) => a + 1)}
        />
      );
    } else if (citizen === undefined) {
      position = 'loading';
      body = <LoadingStatus text={t.loading} />;
    } else if (citizen === null) {
      position = 'access';
      body = (
        <section aria-labelledby={fid('h')}>
          <H id={fid('h')} ref={heading} tabIndex={-1} className="h3 mb-3">
            {t.accessTitle}
          </H>
          {expired ? (
            <div className="alert alert-warning" role="alert">
              {t.sessionExpired}
            </div>
          ) : null}
          <AccessOptions
            identity={identity}
            returnTo={returnTo}
            messages={t}
            onSignedIn={signedIn}
            onError={() => setLoadError(true)}
            headingLevel={sub === 4 ? 3 : sub}
          />
        </section>
      );
    } else if (pending) {
      position = 'resume';
      body = (
        <ResumeStep
          H={H}
          headingId={fid('r')}
          savedAt={pending.savedAt}
          t={t}
          locale={locale}
          onResume={() => {
            dirty.current = true;
            dispatch({
              type: 'resume',
              at: pending.at,
              reached: pending.reached,
              values: { ...state.values, ...pending.values },
              payment: pending.payment,
              draftId: pending.draftId,
            });
            setPending(null);
            setTick((x) => x + 1);
          }}
          onRestart={() => {
            store?.remove(key).catch(() => undefined);
            setPending(null);
            setTick((x) => x + 1);
          }}
        />
      );
    } else if (state.at === 'confirmed' && state.submission) {
      body = (
        <ConfirmationStep
          {...stepProps}
          recipe={recipe}
          statusHref={statusHref}
          headingLevel={headingLevel}
          rating={
            rating ??
            (ratingHref ? (
              <p className="mt-4">
                <a href={ratingHref}>{t.rate}</a>
              </p>
            ) : null)
          }
        />
      );
    } else if (state.at === 'recap') {
      body = (
        <>
          <H id={fid('h')} ref={heading} tabIndex={-1} className="h3 mb-3">
            {label('recap')}
          </H>
          <RecapStep
            {...stepProps}
            recipe={recipe}
            headingLevel={sub}
            onEdit={(s) => go(s, true)}
            onSubmit={submit}
            notice={
              submitError ? (
                <RetryAlert message={t.submitError} retryLabel={t.retry} onRetry={submit} />
              ) : null
            }
            actions={nav(true)}
          />
        </>
      );
    } else if (state.at !== 'access' && state.at !== 'confirmed') {
      const at = state.at;
      body = (
        <form noValidate onSubmit={next} aria-labelledby={fid('h')}>
          <H id={fid('h')} ref={heading} tabIndex={-1} className="h3 mb-3">
            {label(at)}
          </H>
          {at === 'personal' || at === 'specific' ? <RequiredFieldsNote /> : null}
          <ErrorSummary errors={summary} />
          {submitError ? (
            <div className="alert alert-danger" role="alert">
              {t.loadError}
            </div>
          ) : null}
          {at === 'privacy' ? (
            <PrivacyStep {...stepProps} />
          ) : at === 'personal' ? (
            <PersonalStep {...stepProps} withFields={!recipe.some((s) => s.name === 'specific')} />
          ) : at === 'specific' ? (
            <SpecificStep {...stepProps} />
          ) : (
            <PaymentStep
              {...stepProps}
              returnUrl={returnTo}
              onLeave={async () => {
                const d = draft();
                if (store && d) await store.save(key, d);
              }}
            />
          )}
          {nav(false)}
        </form>
      );
    }

    const current = recipe.findIndex((s) => s.name === state.at);
    return (
      <div
        ref={ref}
        className={cx('piazza-service-flow', className)}
        data-step={position}
        data-flow={service.flowType}
        data-session={expired ? 'expired' : undefined}
        {...rest}
      >
        {corrupt ? (
          <div className="alert alert-warning" role="status">
            {t.corrupt}
          </div>
        ) : null}
        {state.at !== 'confirmed' ? (
          <Stepper
            steps={recipe.map((s) => label(s.name))}
            current={Math.max(0, current)}
            onStepSelect={
              citizen && !pending
                ? (i) => go(recipe[i]!.name, state.at === 'recap' || state.fromRecap)
                : undefined
            }
            className="mb-4"
          />
        ) : null}
        {body}
        <span className="visually-hidden" aria-live="polite">
          {said}
        </span>
      </div>
    );
  },
);
