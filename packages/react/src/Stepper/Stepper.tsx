'use client';
import { forwardRef, useState, type HTMLAttributes } from 'react';
import { Icon } from '../Icon/Icon.js';
import { useMessages } from '../intl/messages.js';
import { cx } from '../utils/cx.js';
import { PiazzaPropError } from '../utils/errors.js';
import { stepperMessages, type StepperMessages } from './Stepper.intl.js';
import { StepperRoot } from './Stepper.styles.js';

export interface StepperProps extends Omit<HTMLAttributes<HTMLElement>, 'children'> {
  /** The titles of the steps, in order. */
  steps: readonly string[];
  /** Index (from 0) of the current step. */
  current: number;
  /**
   * Called with a completed step's index when the citizen goes back to it (CSE.1.8). Without
   * it the steps are text only.
   */
  onStepSelect?: (index: number) => void;
  /** Overrides of the default texts. */
  messages?: Partial<StepperMessages>;
}

/**
 * The steps of a multi-step service (CSE.1.8): a `nav` around the list of steps, the current
 * one `aria-current="step"`, the completed ones buttons back to them, an "n/tot" index shown on
 * small screens (where only the current step is visible). Each change of step is announced.
 * The flow moves focus to the new step's heading.
 *
 * State: `data-current` (from 1) and `data-total`.
 */
export const Stepper = /* @__PURE__ */ forwardRef<HTMLElement, StepperProps>(function Stepper(
  { steps, current, onStepSelect, messages, className, ...rest },
  ref,
) {
  const t = useMessages(stepperMessages, messages);
  if (!Array.isArray(steps) || steps.length < 2) {
    throw new PiazzaPropError('Stepper', 'steps', 'must list at least two steps', steps);
  }
  if (!Number.isInteger(current) || current < 0 || current >= steps.length) {
    throw new PiazzaPropError(
      'Stepper',
      'current',
      `must be an index from 0 to ${steps.length - 1}`,
      current,
    );
  }
  // Announce each change of step (not the first render).
  const [seen, setSeen] = useState(current);
  const [said, setSaid] = useState('');
  if (seen !== current) {
    setSeen(current);
    setSaid(t.announce(current + 1, steps.length, steps[current] ?? ''));
  }
  return (
    <StepperRoot
      ref={ref}
      aria-label={t.label}
      className={cx('steppers piazza-stepper', className)}
      data-current={current + 1}
      data-total={steps.length}
      {...rest}
    >
      <div className="steppers-header">
        <ul>
          {steps.map((label, i) => {
            const done = i < current;
            const body = (
              <>
                <span className="steppers-number">
                  <span className="visually-hidden">{t.step}</span> {i + 1}
                </span>{' '}
                {label}
                {done ? (
                  <>
                    <Icon name="check" className="steppers-success" />{' '}
                    <span className="visually-hidden">{t.completed}</span>
                  </>
                ) : null}
              </>
            );
            return (
              <li
                key={i}
                className={cx(done && 'confirmed', i === current && 'active')}
                aria-current={i === current ? 'step' : undefined}
              >
                {done && onStepSelect ? (
                  <button
                    type="button"
                    className="btn btn-link piazza-step-link"
                    onClick={() => onStepSelect(i)}
                  >
                    {body}
                  </button>
                ) : (
                  body
                )}
              </li>
            );
          })}
        </ul>
        <span className="steppers-index" aria-hidden="true">
          {current + 1}/{steps.length}
        </span>
      </div>
      <span className="visually-hidden" aria-live="polite">
        {said}
      </span>
    </StepperRoot>
  );
});
