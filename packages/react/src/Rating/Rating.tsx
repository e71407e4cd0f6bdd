'use client';
import {
  forwardRef,
  useEffect,
  useId,
  useRef,
  useState,
  type FormEvent,
  type HTMLAttributes,
} from 'react';
import { flushSync } from 'react-dom';
import { FEEDBACK, isPositiveRating } from '@piazza/vocabularies';
import { Icon } from '../Icon/Icon.js';
import { useMessages } from '../intl/messages.js';
import { cx } from '../utils/cx.js';
import { PiazzaPropError } from '../utils/errors.js';
import { ratingMessages, type RatingMessages } from './Rating.intl.js';
import { RatingStars } from './Rating.styles.js';

/** A value of the rating: 1 to 5 stars. */
export type RatingValue = 1 | 2 | 3 | 4 | 5;

/** Where the widget is: the stars, the follow-up question, the free text, the thank-you. */
export type RatingStep = 'rate' | 'answer' | 'details' | 'done';

/**
 * What `onSubmit` may answer: `sent` (the rating reached its destination) or `not-sent` (there is
 * nowhere to send it, e.g. no endpoint configured: the widget says so instead of thanking).
 */
export type RatingOutcome = 'sent' | 'not-sent';

/** What `onSubmit` receives. */
export interface RatingSubmission {
  /** Stars given, 1–5. */
  rating: RatingValue;
  /** `positive` for 4–5 stars, `negative` for 1–3 (the checker's threshold). */
  sentiment: 'positive' | 'negative';
  /** The chosen follow-up answer (its text), or null when none was chosen. */
  answer: string | null;
  /** The free text of step 2, trimmed (may be empty). */
  details: string;
}

export interface RatingProps extends Omit<
  HTMLAttributes<HTMLElement>,
  'children' | 'onSubmit' | 'onChange'
> {
  /**
   * Called when the user sends the rating. The widget makes no network call of its own: send the
   * payload where you need it. Return a promise to have the widget wait for it ("Invio in
   * corso…"): if it rejects (or `onSubmit` throws) the widget shows an error with a retry and keeps
   * every answer; once it resolves, the thank-you. Answer (or resolve with) `'not-sent'` when the
   * rating went nowhere: the widget then says it was not sent, instead of thanking.
   */
  onSubmit?: (
    submission: RatingSubmission,
  ) => void | RatingOutcome | PromiseLike<void | RatingOutcome>;
  /** Called whenever the stars change. */
  onRate?: (rating: RatingValue) => void;
  /**
   * Level of the question heading; the step headings are one level below.
   * @default 2
   */
  headingLevel?: 2 | 3 | 4;
  /**
   * Maximum length of the free text of step 2.
   * @default 200
   */
  maxLength?: number;
  /** Overrides of the default texts (the Italian defaults are the checker's exact texts). */
  messages?: Partial<RatingMessages>;
}

const STARS: readonly RatingValue[] = [1, 2, 3, 4, 5];
const DE = FEEDBACK;

/**
 * The page rating widget ("Quanto sono chiare le informazioni su questa pagina?"), with the
 * exact markup of criteria C.SI.2.5 and C.SI.2.6: `feedback`, `feedback-title`,
 * `feedback-rate-1`…`-5` (the star labels), the positive and negative follow-ups (always in
 * the DOM, hidden with `d-none`, switched synchronously on the click), `feedback-input-text`.
 *
 * Stars are a native radio group (arrow keys). Focus moves to each step's heading when it is
 * reached with Avanti / Indietro / Invia; choosing stars reveals the follow-up in place and
 * announces it politely.
 *
 * Sending: when `onSubmit` returns a promise the widget waits ("Invio in corso…", `data-busy`);
 * a failure shows an alert with "Riprova" and keeps the stars, the answer and the text; a
 * rating that went nowhere (`'not-sent'`) ends with a message that says so, not with thanks.
 *
 * State: `data-step` (`rate` | `answer` | `details` | `done`), `data-rating` (1–5, once chosen),
 * `data-busy="true"` while sending.
 */
export const Rating = forwardRef<HTMLElement, RatingProps>(function Rating(
  { onSubmit, onRate, headingLevel = 2, maxLength = 200, messages, className, ...rest },
  ref,
) {
  const t = useMessages(ratingMessages, messages);
  if (![2, 3, 4].includes(headingLevel)) {
    throw new PiazzaPropError('Rating', 'headingLevel', 'must be 2, 3 or 4', headingLevel);
  }
  const id = useId();
  const [rating, setRating] = useState<RatingValue | null>(null);
  const [step, setStep] = useState<RatingStep>('rate');
  const [answer, setAnswer] = useState<string | null>(null);
  const [details, setDetails] = useState('');
  const [announcement, setAnnouncement] = useState('');
  const [countAnnouncement, setCountAnnouncement] = useState('');
  const [sending, setSending] = useState(false);
  const [sendError, setSendError] = useState(false);
  const [outcome, setOutcome] = useState<RatingOutcome>('sent');
  const sendingRef = useRef(false);
  const focusNext = useRef<RatingStep | null>(null);
  const headings = useRef<Partial<Record<RatingStep, HTMLElement | null>>>({});

  useEffect(() => {
    const target = focusNext.current;
    if (!target) return;
    focusNext.current = null;
    headings.current[target]?.focus();
  }, [step]);

  // The remaining characters are announced once the user pauses typing.
  const remaining = maxLength - details.length;
  useEffect(() => {
    if (step !== 'details' || details.length === 0) return;
    const timer = setTimeout(() => setCountAnnouncement(t.remaining(remaining)), 1000);
    return () => clearTimeout(timer);
  }, [details, remaining, step, t]);

  const positive = rating !== null && isPositiveRating(rating);
  const go = (next: RatingStep) => {
    focusNext.current = next;
    setStep(next);
  };

  const rate = (n: RatingValue) => {
    const wasPositive = rating === null ? null : isPositiveRating(rating);
    const nowPositive = isPositiveRating(n);
    // Synchronous: a click() followed by a read in the same task must see the right follow-up
    // (the checker does exactly that).
    flushSync(() => {
      setRating(n);
      setStep('answer');
      if (wasPositive !== nowPositive) {
        setAnswer(null);
        setAnnouncement(
          `${t.stepOf(1, 2)}: ${nowPositive ? t.positiveQuestion : t.negativeQuestion}`,
        );
      }
    });
    onRate?.(n);
  };

  const finish = (result: void | RatingOutcome) => {
    setOutcome(result === 'not-sent' ? 'not-sent' : 'sent');
    go('done');
  };
  const fail = () => {
    setSendError(true);
    setAnnouncement('');
  };
  const deliver = () => {
    if (step !== 'details' || rating === null || sendingRef.current) return;
    setSendError(false);
    let result: ReturnType<NonNullable<RatingProps['onSubmit']>>;
    try {
      result = onSubmit?.({
        rating,
        sentiment: positive ? 'positive' : 'negative',
        answer,
        details: details.trim(),
      });
    } catch {
      fail();
      return;
    }
    if (result && typeof (result as PromiseLike<unknown>).then === 'function') {
      sendingRef.current = true;
      setSending(true);
      setAnnouncement(t.sending);
      (result as PromiseLike<void | RatingOutcome>).then(
        (r) => {
          sendingRef.current = false;
          setSending(false);
          setAnnouncement('');
          finish(r);
        },
        () => {
          sendingRef.current = false;
          setSending(false);
          fail();
        },
      );
      return;
    }
    finish(result as void | RatingOutcome);
  };
  const send = (event: FormEvent) => {
    event.preventDefault();
    deliver();
  };

  const H = `h${headingLevel}` as 'h2';
  const H2 = `h${headingLevel + 1}` as 'h3';
  const followUp = (kind: 'positive' | 'negative') => {
    const visible = step === 'answer' && (kind === 'positive') === positive;
    const question = kind === 'positive' ? t.positiveQuestion : t.negativeQuestion;
    const answers = kind === 'positive' ? t.positiveAnswers : t.negativeAnswers;
    return (
      <fieldset
        className={cx('border-0 p-0 m-0', !visible && 'd-none')}
        data-element={DE[kind].dataElement}
      >
        <legend className="w-100 mb-3">
          <H2
            className="h5 mb-1"
            tabIndex={-1}
            ref={(el) => {
              if (visible) headings.current.answer = el;
            }}
          >
            <span data-element={DE[kind].question.dataElement}>{question}</span>
          </H2>
          <span className="d-block small text-secondary">{t.stepOf(1, 2)}</span>
        </legend>
        {answers.map((text, i) => (
          <div className="form-check" key={text}>
            <input
              className="form-check-input"
              type="radio"
              id={`${id}-${kind}-${i}`}
              name={`${id}-${kind}`}
              value={text}
              checked={answer === text}
              onChange={() => setAnswer(text)}
            />
            <label
              className="form-check-label"
              htmlFor={`${id}-${kind}-${i}`}
              data-element={DE[kind].answers.dataElement}
            >
              {text}
            </label>
          </div>
        ))}
      </fieldset>
    );
  };

  return (
    <section
      ref={ref}
      className={cx('card shadow card-wrapper', className)}
      data-element={DE.dataElement}
      aria-labelledby={`${id}-title`}
      data-step={step}
      data-rating={rating ?? undefined}
      data-busy={sending ? 'true' : undefined}
      {...rest}
    >
      <div className="card-body p-4">
        <div className={cx(step === 'done' && 'd-none')}>
          <H
            id={`${id}-title`}
            className="h4 mb-3"
            data-element={DE.title.dataElement}
            tabIndex={-1}
            ref={(el) => {
              headings.current.rate = el;
            }}
          >
            {t.title}
          </H>
          <RatingStars className="piazza-rating d-flex border-0 p-0 m-0">
            <legend className="visually-hidden">{t.starsLegend}</legend>
            {STARS.map((n) => (
              <span key={n}>
                <input
                  className="visually-hidden"
                  type="radio"
                  id={`${id}-star-${n}`}
                  name={`${id}-stars`}
                  value={n}
                  checked={rating === n}
                  onChange={() => rate(n)}
                />
                <label
                  htmlFor={`${id}-star-${n}`}
                  className="d-inline-block p-1"
                  data-element={`${DE.rate.dataElementPrefix}${n}`}
                >
                  <Icon
                    name={rating !== null && n <= rating ? 'star-full' : 'star-outline'}
                    size="md"
                    color="primary"
                  />
                  <span className="visually-hidden">{t.star(n)}</span>
                </label>
              </span>
            ))}
          </RatingStars>
        </div>

        <form
          className={cx('mt-4', (step === 'rate' || step === 'done') && 'd-none')}
          onSubmit={send}
          noValidate
        >
          <div className={cx(step !== 'answer' && 'd-none')}>
            {followUp('positive')}
            {followUp('negative')}
            <div className="d-flex justify-content-between mt-4">
              <button
                type="button"
                className="btn btn-outline-primary btn-sm"
                onClick={() => {
                  focusNext.current = 'rate';
                  setStep('rate');
                }}
              >
                {t.back}
              </button>
              <button
                type="button"
                className="btn btn-primary btn-sm"
                onClick={() => go('details')}
              >
                {t.next}
              </button>
            </div>
          </div>

          <fieldset className={cx('border-0 p-0 m-0', step !== 'details' && 'd-none')}>
            <legend className="w-100 mb-3">
              <H2
                className="h5 mb-1"
                tabIndex={-1}
                ref={(el) => {
                  headings.current.details = el;
                }}
              >
                {t.detailsTitle}
              </H2>
              <span className="d-block small text-secondary">{t.stepOf(2, 2)}</span>
            </legend>
            <div className="form-group mt-2">
              <label htmlFor={`${id}-details`} className="active">
                {t.detailsLabel}
              </label>
              <input
                type="text"
                className="form-control"
                id={`${id}-details`}
                data-element={DE.inputText.dataElement}
                maxLength={maxLength}
                value={details}
                aria-describedby={`${id}-hint`}
                onChange={(e) => setDetails(e.target.value.slice(0, maxLength))}
              />
              <small id={`${id}-hint`} className="form-text">
                {t.detailsHint(maxLength)} {t.remaining(remaining)}
              </small>
            </div>
            <div className="d-flex justify-content-between mt-4">
              <button
                type="button"
                className="btn btn-outline-primary btn-sm"
                onClick={() => go('answer')}
              >
                {t.back}
              </button>
              <button
                type="submit"
                className="btn btn-primary btn-sm"
                aria-disabled={sending ? 'true' : undefined}
              >
                {sending ? t.sending : t.submit}
              </button>
            </div>
            {sendError ? (
              <div className="alert alert-danger mt-3 mb-0" role="alert">
                <p>{t.sendError}</p>
                <button type="button" className="btn btn-outline-primary btn-sm" onClick={deliver}>
                  {t.retry}
                </button>
              </div>
            ) : null}
          </fieldset>
        </form>

        <div className={cx(step !== 'done' && 'd-none')}>
          <H
            className="h4 mb-0"
            tabIndex={-1}
            ref={(el) => {
              headings.current.done = el;
            }}
          >
            {outcome === 'not-sent' ? t.notSent : t.thanks}
          </H>
        </div>

        <div className="visually-hidden" role="status">
          {announcement}
        </div>
        <div className="visually-hidden" aria-live="polite">
          {countAnnouncement}
        </div>
      </div>
    </section>
  );
});
