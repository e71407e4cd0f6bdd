'use client';
import { forwardRef, useId, useState, type HTMLAttributes, type ReactNode } from 'react';
import { Icon } from '../Icon/Icon.js';
import { usePiazza } from '../intl/context.js';
import { useMessages } from '../intl/messages.js';
import { cx } from '../utils/cx.js';
import { PiazzaPropError } from '../utils/errors.js';
import { TextField } from '../TextField/TextField.js';
import { formatDate } from '../forms-support/dates.js';
import { requestStatusMessages, type RequestStatusMessages } from './RequestStatus.intl.js';

/** The state of a stage of a request. */
export type RequestStageState = 'done' | 'current' | 'pending';

export interface RequestStage {
  /** What happens in the stage, e.g. "Presa in carico". */
  label: string;
  state: RequestStageState;
  /** When the stage was reached (or is expected). */
  date?: Date | string;
  /** A line of detail. */
  description?: ReactNode;
}

export interface RequestStatusProps extends Omit<HTMLAttributes<HTMLElement>, 'children'> {
  /** The request's unique code. */
  code?: string;
  /** The stages, in order. */
  stages?: readonly RequestStage[];
  /**
   * Shows a search by code above the timeline (CSE.1.9: the status reached by unique code);
   * called with the trimmed code.
   */
  onLookup?: (code: string) => void;
  /** An error of the lookup (e.g. "Nessuna richiesta con questo codice"). */
  lookupError?: ReactNode;
  /**
   * `name` of the code field: before the page's JavaScript runs, the search is a GET to the same
   * page (`?codice=…`), so the code typed is never lost (`RequestLookup` reads it back).
   * @default 'codice'
   */
  lookupName?: string;
  /** The code already in the field (e.g. read back from the address). */
  defaultLookupCode?: string;
  /** Level of the titles. @default 2 */
  headingLevel?: 2 | 3;
  /** Overrides of the default texts. */
  messages?: Partial<RequestStatusMessages>;
}

const ICONS: Record<RequestStageState, string> = {
  done: 'check-circle',
  current: 'clock',
  pending: 'more-items',
};

/**
 * The status of a request (CSE.1.9) as a timeline of stages, the current one
 * `aria-current="step"`; optionally with a search by request code.
 *
 * State: `data-state` on each stage.
 */
export const RequestStatus = /* @__PURE__ */ forwardRef<HTMLElement, RequestStatusProps>(
  function RequestStatus(
    {
      code,
      stages,
      onLookup,
      lookupError,
      lookupName = 'codice',
      defaultLookupCode = '',
      headingLevel = 2,
      messages,
      className,
      ...rest
    },
    ref,
  ) {
    const t = useMessages(requestStatusMessages, messages);
    const { locale } = usePiazza();
    const id = useId();
    const [query, setQuery] = useState(defaultLookupCode);
    const [missing, setMissing] = useState(false);
    if (!onLookup && !(code && stages?.length)) {
      throw new PiazzaPropError(
        'RequestStatus',
        'stages',
        'with "code" must be given, or "onLookup"',
        stages,
      );
    }
    const H = `h${headingLevel}` as 'h2';
    return (
      <section ref={ref} aria-labelledby={`${id}-t`} className={cx('mb-5', className)} {...rest}>
        {onLookup ? (
          <form
            role="search"
            aria-labelledby={`${id}-l`}
            method="get"
            noValidate
            className="mb-4"
            onSubmit={(e) => {
              e.preventDefault();
              // What the field holds: text typed while the page was still loading its script
              // reached the field but not this component's state.
              const field = new FormData(e.currentTarget).get(lookupName);
              const v = (typeof field === 'string' ? field : query).trim();
              if (v !== query) setQuery(v);
              setMissing(!v);
              if (v) onLookup(v);
            }}
          >
            <H id={`${id}-l`} className="h4">
              {t.lookupTitle}
            </H>
            <TextField
              label={t.lookupLabel}
              hint={t.lookupHint}
              required
              name={lookupName}
              autoComplete="off"
              value={query}
              error={missing ? t.lookupRequired : lookupError}
              onChange={(e) => setQuery(e.target.value)}
            />
            <button type="submit" className="btn btn-primary">
              {t.lookupSubmit}
            </button>
          </form>
        ) : null}
        {code && stages?.length ? (
          <>
            <H id={`${id}-t`} className="h4">
              {t.title(code)}
            </H>
            <ol className="list-unstyled mb-0">
              {stages.map((s, i) => (
                <li
                  key={i}
                  className={cx('d-flex pb-3', s.state === 'pending' && 'text-secondary')}
                  aria-current={s.state === 'current' ? 'step' : undefined}
                  data-state={s.state}
                >
                  <Icon
                    name={ICONS[s.state]}
                    color={
                      s.state === 'pending' ? undefined : s.state === 'done' ? 'success' : 'primary'
                    }
                    className="me-3 flex-shrink-0"
                  />
                  <div>
                    <p className="fw-semibold mb-0">
                      {s.label} <span className="visually-hidden">({t[s.state]})</span>
                    </p>
                    {s.date ? <p className="small mb-0">{formatDate(s.date, locale)}</p> : null}
                    {s.description ? <p className="small mb-0">{s.description}</p> : null}
                  </div>
                </li>
              ))}
            </ol>
          </>
        ) : (
          <span id={`${id}-t`} hidden>
            {t.lookupTitle}
          </span>
        )}
      </section>
    );
  },
);
