'use client';
import {
  forwardRef,
  useRef,
  useState,
  type FormEvent,
  type FormHTMLAttributes,
  type ReactNode,
} from 'react';
import { Checkbox } from '../Checkbox/Checkbox.js';
import { useMessages } from '../intl/messages.js';
import { PiazzaPropError } from '../utils/errors.js';
import { recapMessages, type RecapMessages } from './Recap.intl.js';

export interface RecapItem {
  /** What was asked. */
  label: string;
  /** What was entered; empty values show "Non indicato". */
  value?: ReactNode;
}

export interface RecapGroup {
  /** The group's title, usually the step's title. */
  title: string;
  /** Every value entered in the group. */
  items: readonly RecapItem[];
  /** Goes back to the group's step: a button "Modifica {title}". */
  onEdit?: () => void;
  /** Or a link "Modifica {title}" to the step's page. */
  editHref?: string;
}

export interface RecapProps extends Omit<
  FormHTMLAttributes<HTMLFormElement>,
  'onSubmit' | 'children'
> {
  /** The values, grouped by step. */
  groups: readonly RecapGroup[];
  /** Level of the group titles. @default 3 */
  headingLevel?: 2 | 3 | 4;
  /** The privacy notice: when set, a confirmation checkbox is required before sending. */
  privacyHref?: string;
  /** Called on submit once the privacy confirmation (if any) is given. */
  onSubmit?: () => void;
  /** Replaces the default "Invia" button (e.g. a `StepNav` with `last`). */
  actions?: ReactNode;
  /** Shown above the actions (e.g. a submission error). */
  notice?: ReactNode;
  /** Overrides of the default texts. */
  messages?: Partial<RecapMessages>;
}

/**
 * The recap before sending (CSE.1.4): every value entered, grouped by step, on one screen; each
 * group with a "Modifica {group}" control back to its step; then the privacy confirmation and
 * "Invia". A form: submit checks the confirmation and calls `onSubmit`.
 *
 * State: `data-privacy-error="true"` while the confirmation is missing after a submit.
 */
export const Recap = /* @__PURE__ */ forwardRef<HTMLFormElement, RecapProps>(function Recap(
  {
    groups,
    headingLevel = 3,
    privacyHref,
    onSubmit,
    actions,
    notice,
    messages,
    className,
    ...rest
  },
  ref,
) {
  const t = useMessages(recapMessages, messages);
  const [accepted, setAccepted] = useState(false);
  const [missing, setMissing] = useState(false);
  const check = useRef<HTMLInputElement>(null);
  if (!groups || typeof groups.map !== 'function') {
    throw new PiazzaPropError('Recap', 'groups', 'must be an array of { title, items }', groups);
  }
  const H = `h${headingLevel}` as 'h3';
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (privacyHref && !accepted) {
      setMissing(true);
      check.current?.focus();
      return;
    }
    onSubmit?.();
  };
  return (
    <form
      ref={ref}
      noValidate
      className={className}
      onSubmit={submit}
      data-privacy-error={missing ? 'true' : undefined}
      {...rest}
    >
      {groups.map((g, gi) => {
        const edit = (
          <>
            {t.edit} <span className="visually-hidden">{g.title}</span>
          </>
        );
        return (
          <div key={gi} className="border rounded shadow-sm p-3 p-md-4 mb-4">
            <div className="d-flex flex-wrap justify-content-between align-items-center mb-3">
              <H className="h5 mb-0">{g.title}</H>
              {g.editHref ? (
                <a href={g.editHref} className="btn btn-link btn-sm px-0">
                  {edit}
                </a>
              ) : g.onEdit ? (
                <button type="button" className="btn btn-link btn-sm px-0" onClick={g.onEdit}>
                  {edit}
                </button>
              ) : null}
            </div>
            <dl className="mb-0">
              {g.items.map((item, i) => (
                <div key={i} className="mb-2">
                  <dt className="small text-secondary">{item.label}</dt>
                  <dd className="mb-0 fw-semibold">
                    {item.value === undefined || item.value === null || item.value === ''
                      ? t.empty
                      : item.value}
                  </dd>
                </div>
              ))}
            </dl>
          </div>
        );
      })}
      {privacyHref ? (
        <div className="mb-4">
          <p>
            {t.privacyLead}
            <a href={privacyHref}>{t.privacyLink}</a>.
          </p>
          <Checkbox
            ref={check}
            label={t.privacyCheck}
            required
            checked={accepted}
            error={missing && !accepted ? t.privacyError : undefined}
            onChange={(e) => setAccepted(e.target.checked)}
          />
        </div>
      ) : null}
      {notice}
      {actions ?? (
        <button type="submit" className="btn btn-primary">
          {t.submit}
        </button>
      )}
    </form>
  );
});
