'use client';
import { forwardRef, type HTMLAttributes } from 'react';
import { Icon } from '../Icon/Icon.js';
import { useMessages } from '../intl/messages.js';
import { cx } from '../utils/cx.js';
import { stepNavMessages, type StepNavMessages } from './StepNav.intl.js';
import { StepNavRoot } from './StepNav.styles.js';

export interface StepNavProps extends Omit<HTMLAttributes<HTMLDivElement>, 'children'> {
  /** Goes to the previous step; without it "Indietro" is not shown (first step). */
  onBack?: () => void;
  /** Saves the request as a draft (CSE.1.6); without it "Salva richiesta" is not shown. */
  onSave?: () => void;
  /**
   * Called by the forward button. Without it the button is `type="submit"`, so the step's form
   * validates and moves on.
   */
  onNext?: () => void;
  /** Last step: the forward button reads "Invia". @default false */
  last?: boolean;
  /**
   * A submission is in progress: the forward button says so, is `aria-disabled` and ignores
   * presses (no double submit), but keeps focus.
   * @default false
   */
  busy?: boolean;
  /** Overrides of the default texts. */
  messages?: Partial<StepNavMessages>;
}

/**
 * The buttons under each step: Indietro, Salva richiesta, Avanti (Invia on the last step).
 *
 * State: `data-busy="true"` while a submission is in progress.
 */
export const StepNav = /* @__PURE__ */ forwardRef<HTMLDivElement, StepNavProps>(function StepNav(
  { onBack, onSave, onNext, last = false, busy = false, messages, className, ...rest },
  ref,
) {
  const t = useMessages(stepNavMessages, messages);
  return (
    <StepNavRoot
      ref={ref}
      role="group"
      aria-label={t.label}
      className={cx('steppers-nav piazza-stepnav', className)}
      data-busy={busy ? 'true' : undefined}
      {...rest}
    >
      {onBack ? (
        <button type="button" className="btn btn-outline-primary btn-sm" onClick={onBack}>
          <Icon name="chevron-left" color="primary" />
          {t.back}
        </button>
      ) : null}
      {onSave ? (
        <button
          type="button"
          className="btn btn-outline-primary btn-sm steppers-btn-save"
          onClick={onSave}
        >
          {t.save}
        </button>
      ) : null}
      <button
        type={onNext ? 'button' : 'submit'}
        className="btn btn-primary btn-sm steppers-btn-confirm ms-auto"
        aria-disabled={busy || undefined}
        onClick={(e) => {
          if (busy) e.preventDefault();
          else onNext?.();
        }}
      >
        {busy ? (
          <>
            <span
              className="progress-spinner progress-spinner-active size-sm me-2"
              aria-hidden="true"
            />
            {t.busy}
          </>
        ) : (
          <>
            {last ? t.submit : t.next}
            {last ? null : <Icon name="chevron-right" color="white" />}
          </>
        )}
      </button>
    </StepNavRoot>
  );
});
