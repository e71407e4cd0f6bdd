'use client';
import { forwardRef, useEffect, useId, useRef, type HTMLAttributes, type ReactNode } from 'react';
import { useMessages } from '../intl/messages.js';
import { cx } from '../utils/cx.js';
import { errorSummaryMessages, type ErrorSummaryMessages } from './ErrorSummary.intl.js';

export interface ErrorSummaryItem {
  /** Id of the field in error (its input, or the first option of a group). */
  fieldId: string;
  /** The error message, as shown next to the field. */
  message: ReactNode;
}

export interface ErrorSummaryProps extends Omit<HTMLAttributes<HTMLDivElement>, 'children'> {
  /** The errors, in the order of the fields. Nothing renders when the list is empty. */
  errors: readonly ErrorSummaryItem[];
  /**
   * Moves focus to the summary when it appears and whenever a new `errors` array is passed
   * (each submit).
   * @default true
   */
  focusOnChange?: boolean;
  /** Level of the title. @default 2 */
  headingLevel?: 2 | 3 | 4;
  /** Overrides of the default texts. */
  messages?: Partial<ErrorSummaryMessages>;
}

/**
 * The list of a form's errors shown on submit: an alert that takes focus, with a link to each
 * field in error (following a link focuses the field).
 *
 * State: `data-count` holds the number of errors.
 */
export const ErrorSummary = /* @__PURE__ */ forwardRef<HTMLDivElement, ErrorSummaryProps>(
  function ErrorSummary(
    { errors, focusOnChange = true, headingLevel = 2, messages, className, ...rest },
    ref,
  ) {
    const t = useMessages(errorSummaryMessages, messages);
    const own = useRef<HTMLDivElement | null>(null);
    const titleId = useId();
    useEffect(() => {
      if (focusOnChange && errors.length) own.current?.focus();
    }, [errors, focusOnChange]);
    if (!errors.length) return null;
    const H = `h${headingLevel}` as 'h2';
    return (
      <div
        ref={(node) => {
          own.current = node;
          if (typeof ref === 'function') ref(node);
          else if (ref) ref.current = node;
        }}
        className={cx('alert alert-danger', className)}
        role="alert"
        tabIndex={-1}
        aria-labelledby={titleId}
        data-count={errors.length}
        {...rest}
      >
        <H id={titleId} className="h5">
          {t.title(errors.length)}
        </H>
        <ul className="mb-0">
          {errors.map((e) => (
            <li key={e.fieldId}>
              <a
                href={`#${e.fieldId}`}
                onClick={(ev) => {
                  const field = document.getElementById(e.fieldId);
                  if (!field) return;
                  ev.preventDefault();
                  field.focus();
                  field.scrollIntoView?.({ block: 'center' });
                }}
              >
                {e.message}
              </a>
            </li>
          ))}
        </ul>
      </div>
    );
  },
);
