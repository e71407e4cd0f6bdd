'use client';
import { forwardRef, type FieldsetHTMLAttributes, type ReactNode } from 'react';
import { cx } from '../utils/cx.js';
import { PiazzaPropError } from '../utils/errors.js';
import { FieldFeedback, RequiredMark, useFieldIds, type FieldBaseProps } from '../Field/Field.js';

export interface ChoiceOption {
  /** The submitted value. */
  value: string;
  /** The visible text. */
  label: ReactNode;
  /** A line under the option, tied to it with `aria-describedby`. */
  hint?: ReactNode;
  disabled?: boolean;
}

export interface RadioGroupProps
  extends
    FieldBaseProps,
    Omit<FieldsetHTMLAttributes<HTMLFieldSetElement>, 'onChange' | 'defaultValue' | 'children'> {
  /** The choices (at least one). */
  options: readonly ChoiceOption[];
  /** `name` of the radios. @default the group's id */
  name?: string;
  /** The chosen value (controlled). */
  value?: string;
  /** The value chosen at first (uncontrolled). */
  defaultValue?: string;
  /** Called with the chosen value. */
  onValueChange?: (value: string) => void;
  /** Options side by side. @default false */
  inline?: boolean;
  /** Id of the first radio (the target of `ErrorSummary` links); the others get `{id}-{n}`. @default a generated id */
  id?: string;
}

/**
 * A group of radio buttons: a `fieldset` whose `legend` is the label, native radios (arrow keys
 * move and choose, Tab leaves the group). Hint and error are tied to the group and each radio
 * carries `aria-invalid` while the group is in error.
 *
 * State: `data-invalid="true"` on the fieldset while it shows an error.
 */
export const RadioGroup = forwardRef<HTMLFieldSetElement, RadioGroupProps>(function RadioGroup(
  {
    label,
    hint,
    error,
    required,
    messages,
    options,
    name,
    value,
    defaultValue,
    onValueChange,
    inline,
    id,
    className,
    ...rest
  },
  ref,
) {
  if (!Array.isArray(options) || options.length === 0) {
    throw new PiazzaPropError('RadioGroup', 'options', 'must list at least one option', options);
  }
  const ids = useFieldIds(id, hint, error);
  return (
    <fieldset
      ref={ref}
      className={cx('mb-4', className)}
      aria-describedby={ids.describedBy}
      data-invalid={error ? 'true' : undefined}
      {...rest}
    >
      <legend className="px-0">
        {label}
        <RequiredMark required={required} />
      </legend>
      <FieldFeedback {...ids} hint={hint} error={error} messages={messages} />
      {options.map((o, i) => {
        const oid = i === 0 ? ids.id : `${ids.id}-${i}`;
        return (
          <div key={o.value} className={cx('form-check', inline && 'form-check-inline')}>
            <input
              type="radio"
              id={oid}
              name={name ?? ids.id}
              value={o.value}
              disabled={o.disabled}
              required={required}
              checked={value === undefined ? undefined : value === o.value}
              defaultChecked={defaultValue === undefined ? undefined : defaultValue === o.value}
              onChange={(e) => e.target.checked && onValueChange?.(o.value)}
              aria-invalid={error ? true : undefined}
              aria-describedby={o.hint ? `${oid}-hint` : undefined}
            />
            <label htmlFor={oid}>{o.label}</label>
            {o.hint ? (
              <small id={`${oid}-hint`} className="form-text d-block ps-5">
                {o.hint}
              </small>
            ) : null}
          </div>
        );
      })}
    </fieldset>
  );
});
