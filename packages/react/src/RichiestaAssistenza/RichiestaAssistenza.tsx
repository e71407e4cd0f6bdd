'use client';
// The request for assistance: its props, their checks, its state (draft, submission, focus)
// and which step it shows. The steps are in DataStep.tsx and ConfirmationStep.tsx; the form's
// empty value, reading and checks in form.ts.
import {
  forwardRef,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type FormEvent,
  type HTMLAttributes,
} from 'react';
import { ErrorSummary, type ErrorSummaryItem } from '../ErrorSummary/ErrorSummary.js';
import { RequiredFieldsNote } from '../Field/Field.js';
import { LocalStorageDraftStore, type DraftStore } from '../AppointmentBooking/drafts.js';
import { usePiazza } from '../intl/context.js';
import { useMessages } from '../intl/messages.js';
import { isServiceError } from '../service-contracts/errors.js';
import { cx } from '../utils/cx.js';
import { PiazzaPropError } from '../utils/errors.js';
import { validationMessages } from '../validation/validation.intl.js';
import { ConfirmationStep, type SentRequest } from './ConfirmationStep.js';
import { DataStep } from './DataStep.js';
import { isAssistanceDraft, type AssistanceDraft } from './draft.js';
import { EMPTY, readForm, sameDraft, validateAssistance, type Failure } from './form.js';
import {
  richiestaAssistenzaMessages,
  type RichiestaAssistenzaMessages,
} from './RichiestaAssistenza.intl.js';
import type {
  AssistanceCategory,
  AssistanceProvider,
  AssistanceReceipt,
  AssistanceRequest,
  AssistanceService,
} from './types.js';

export interface RichiestaAssistenzaProps extends Omit<HTMLAttributes<HTMLDivElement>, 'children'> {
  /** Where the request goes: `HttpAssistanceProvider` (a back office) or `MemoryAssistanceProvider`. */
  provider: AssistanceProvider;
  /** What the request can be about: categories of services (with their services) or offices. */
  categories: readonly AssistanceCategory[];
  /** The privacy notice the citizen accepts. */
  privacyHref: string;
  /** The sign-in page: shows "Hai un’identità digitale SPID o CIE? Accedi". */
  loginHref?: string;
  /**
   * Where what the citizen types is kept until it is sent (never lost on reload or failure);
   * `null` for none. @default a LocalStorageDraftStore (kept 366 days)
   */
  draftStore?: DraftStore<AssistanceDraft> | null;
  /** Key of the draft in the store. @default 'richiesta-assistenza' */
  draftKey?: string;
  /** Level of the section headings and of the confirmation's title. @default 2 */
  headingLevel?: 2 | 3;
  /** Called once the comune has registered the request. */
  onSent?: (receipt: AssistanceReceipt, request: Omit<AssistanceRequest, 'idempotencyKey'>) => void;
  /** Overrides of the default texts. */
  messages?: Partial<RichiestaAssistenzaMessages>;
}

/**
 * The request for assistance of the Modello Comuni (kit pages `assistenza-01-dati` and
 * `assistenza-02-conferma`): who asks (name, surname, email), about which category and service
 * (or office), the message, the privacy consent; then the confirmation with the request code.
 *
 * Errors are listed in an `ErrorSummary` that takes focus, with a link to each field; what the
 * citizen types is saved as a draft at every change and restored on the next visit (until sent);
 * a failed submission keeps everything and can be retried (the same idempotency key); the
 * confirmation's title takes focus. Progress and outcomes are announced in a polite live region.
 *
 * Before the script runs (or without JavaScript) the server-rendered form cannot be sent: it has
 * no method or action and its button is not a submit button yet, so nothing is posted to a
 * static server (which would answer 405) and nothing typed goes into the page's address; what
 * was typed meanwhile is taken over once the script runs (the page should say, in a
 * `<noscript>`, how else to reach the comune).
 *
 * State: `data-state` is `form`, `sending` or `sent`. With an `id`, the two sections are
 * `<id>-richiedente` and `<id>-richiesta` (targets of a page index).
 */
export const RichiestaAssistenza = /* @__PURE__ */ forwardRef<
  HTMLDivElement,
  RichiestaAssistenzaProps
>(function RichiestaAssistenza(
  {
    provider,
    categories,
    privacyHref,
    loginHref,
    draftStore,
    draftKey = 'richiesta-assistenza',
    headingLevel = 2,
    onSent,
    messages,
    className,
    ...rest
  },
  ref,
) {
  const t = useMessages(richiestaAssistenzaMessages, messages);
  const v = useMessages(validationMessages);
  const { locale } = usePiazza();
  if (!provider || typeof provider.submit !== 'function')
    throw new PiazzaPropError('RichiestaAssistenza', 'provider', 'must be an AssistanceProvider');
  if (!Array.isArray(categories) || categories.length === 0)
    throw new PiazzaPropError(
      'RichiestaAssistenza',
      'categories',
      'must list at least one category',
    );
  const ids = new Set<string>();
  for (const [i, c] of categories.entries()) {
    if (!c || typeof c.id !== 'string' || !c.id || typeof c.name !== 'string' || !c.name)
      throw new PiazzaPropError(
        'RichiestaAssistenza',
        `categories[${i}]`,
        'must have a non-empty "id" and "name"',
        c,
      );
    if (ids.has(c.id))
      throw new PiazzaPropError('RichiestaAssistenza', `categories[${i}].id`, 'is repeated', c.id);
    ids.add(c.id);
  }
  if (!privacyHref)
    throw new PiazzaPropError('RichiestaAssistenza', 'privacyHref', 'must be the privacy notice');

  const store = useMemo(
    () => (draftStore === undefined ? new LocalStorageDraftStore<AssistanceDraft>() : draftStore),
    [draftStore],
  );
  // With an `id`, the ids inside derive from it (e.g. "<id>-richiedente" for a page index).
  const generated = useId();
  const base = rest.id ?? generated;
  const fid = (name: string) => `${base}-${name}`;
  const [values, setValues] = useState<AssistanceDraft>(EMPTY);
  const [errors, setErrors] = useState<ErrorSummaryItem[]>([]);
  const [restored, setRestored] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<Failure>(null);
  const [sent, setSent] = useState<SentRequest | null>(null);
  const [said, setSaid] = useState('');
  const dirty = useRef(false);
  const busyRef = useRef(false);
  const idem = useRef<string | null>(null);
  const inFlight = useRef<AbortController | null>(null);
  const sentHeading = useRef<HTMLHeadingElement>(null);
  const nameField = useRef<HTMLInputElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  // false in the server's markup and until hydration: the button cannot submit the form yet
  const [hydrated, setHydrated] = useState(false);
  const [focusSent, setFocusSent] = useState(0);
  const [focusForm, setFocusForm] = useState(0);

  const current = values;
  const category = categories.find((c) => c.id === values.categoryId);
  const services: readonly AssistanceService[] = category?.services ?? [];

  // Hydrated: what was typed before the script ran is taken over (and so saved as a draft).
  useEffect(() => {
    setHydrated(true);
    const typed = readForm(formRef.current, fid, EMPTY);
    if (sameDraft(typed, EMPTY)) return;
    dirty.current = true;
    setValues(typed);
    // once, on mount
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // A draft from an earlier visit: restored unless the citizen has already started typing.
  useEffect(() => {
    if (!store) return;
    let live = true;
    store.load(draftKey, isAssistanceDraft).then(
      (r) => {
        if (!live || r.status !== 'found' || dirty.current) return;
        const d = r.data;
        const c = categories.find((x: AssistanceCategory) => x.id === d.categoryId);
        setValues({
          ...d,
          categoryId: c ? d.categoryId : '',
          serviceId: c?.services?.some((s: AssistanceService) => s.id === d.serviceId)
            ? d.serviceId
            : '',
        });
        setRestored(true);
        setSaid(t.restored);
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
    // Loaded once per store and key: later changes of the categories do not reload it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [store, draftKey]);

  // Every change is saved at once (CSE.1.6: nothing typed is lost).
  useEffect(() => {
    if (store && dirty.current && !sent) store.save(draftKey, values).catch(() => undefined);
  }, [store, draftKey, values, sent]);

  // An unmounted form stops waiting for its submission.
  useEffect(() => () => inFlight.current?.abort(), []);

  useEffect(() => {
    if (focusSent) sentHeading.current?.focus();
  }, [focusSent]);
  useEffect(() => {
    if (focusForm) nameField.current?.focus();
  }, [focusForm]);

  const update = (patch: Partial<AssistanceDraft>) => {
    dirty.current = true;
    idem.current = null;
    setFailure(null);
    setValues((d) => ({ ...d, ...patch }));
  };

  const validate = (values: AssistanceDraft): ErrorSummaryItem[] =>
    validateAssistance(values, categories, fid, t, v);
  const err = (field: string) => errors.find((x) => x.fieldId === fid(field))?.message;

  const submit = async (ev: FormEvent<HTMLFormElement>) => {
    ev.preventDefault();
    if (busyRef.current) return;
    // What the fields hold, not only what reached the state (see readForm).
    const values = readForm(ev.currentTarget, fid, current);
    if (!sameDraft(values, current)) {
      dirty.current = true;
      setValues(values);
    }
    const category = categories.find((c) => c.id === values.categoryId);
    const services: readonly AssistanceService[] = category?.services ?? [];
    const found = validate(values);
    setErrors(found);
    if (found.length || !category) return;
    busyRef.current = true;
    setBusy(true);
    setFailure(null);
    setSaid(t.sending);
    idem.current ??=
      globalThis.crypto?.randomUUID?.() ?? `${Date.now()}-${Math.random().toString(36).slice(2)}`;
    const service = services.find((s) => s.id === values.serviceId);
    const request: Omit<AssistanceRequest, 'idempotencyKey'> = {
      name: values.name.trim(),
      surname: values.surname.trim(),
      email: values.email.trim(),
      categoryId: category.id,
      ...(service ? { serviceId: service.id } : {}),
      message: values.message.trim(),
      privacyAccepted: true,
    };
    const controller = new AbortController();
    inFlight.current = controller;
    try {
      const receipt = await provider.submit(
        { ...request, idempotencyKey: idem.current },
        controller.signal,
      );
      if (controller.signal.aborted) return;
      idem.current = null;
      dirty.current = false;
      setSent({
        receipt,
        email: request.email,
        about: service ? `${category.name} — ${service.name}` : category.name,
      });
      setSaid('');
      setRestored(false);
      setFocusSent((x) => x + 1);
      store?.remove(draftKey).catch(() => undefined);
      onSent?.(receipt, request);
    } catch (e) {
      if (controller.signal.aborted) return;
      const kind: Failure = isServiceError(e, 'invalid') ? 'invalid' : 'unavailable';
      setFailure(kind);
      setSaid('');
    } finally {
      if (inFlight.current === controller) inFlight.current = null;
      busyRef.current = false;
      setBusy(false);
    }
  };

  const another = () => {
    // The applicant stays: a second request is often about something else, by the same person.
    setValues((d) => ({ ...EMPTY, name: d.name, surname: d.surname, email: d.email }));
    setSent(null);
    setErrors([]);
    setFocusForm((x) => x + 1);
  };
  const clear = () => {
    dirty.current = false;
    idem.current = null;
    setValues(EMPTY);
    setErrors([]);
    setFailure(null);
    setRestored(false);
    setSaid(t.cleared);
    store?.remove(draftKey).catch(() => undefined);
    setFocusForm((x) => x + 1);
  };

  const live = (
    <div className="visually-hidden" role="status">
      {said}
    </div>
  );

  if (sent) {
    return (
      <div ref={ref} className={cx('pz-assistance', className)} data-state="sent" {...rest}>
        {live}
        <ConfirmationStep
          sent={sent}
          t={t}
          locale={locale}
          headingId={fid('sent')}
          headingRef={sentHeading}
          headingLevel={headingLevel}
          onAnother={another}
        />
      </div>
    );
  }

  return (
    <div
      ref={ref}
      className={cx('pz-assistance', className)}
      data-state={busy ? 'sending' : 'form'}
      {...rest}
    >
      {live}
      <RequiredFieldsNote />
      {loginHref ? (
        <p>
          {t.loginQuestion} <a href={loginHref}>{t.login}</a>
        </p>
      ) : null}
      {restored ? (
        <div className="alert alert-info d-flex flex-wrap align-items-center gap-2">
          <span className="me-auto">{t.restored}</span>
          <button type="button" className="btn btn-outline-primary btn-xs" onClick={clear}>
            {t.clear}
          </button>
        </div>
      ) : null}
      <ErrorSummary errors={errors} headingLevel={headingLevel} />
      <DataStep
        values={values}
        update={update}
        err={err}
        fid={fid}
        t={t}
        headingLevel={headingLevel}
        categories={categories}
        services={services}
        privacyHref={privacyHref}
        failure={failure}
        busy={busy}
        hydrated={hydrated}
        formRef={formRef}
        nameRef={nameField}
        onSubmit={submit}
      />
    </div>
  );
});
