'use client';
import { forwardRef, type HTMLAttributes } from 'react';
import { ChoiceOptionItem, type ChoiceOption } from '../utils/choice-option.js';
import { cx } from '../utils/cx.js';
import { PiazzaPropError } from '../utils/errors.js';
import { useField, type FieldBaseProps } from '../Field/Field.js';

export type { ChoiceOption };

export interface RadioGroupProps
  extends
    FieldBaseProps,
    Omit<HTMLAttributes<HTMLDivElement>, 'onChange' | 'defaultValue' | 'children'> {
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
 * A group of radio buttons: a `radiogroup` named by its visible label, native radios
 * (arrow keys move and choose, Tab leaves the group). Hint and error are tied to the group, which
 * carries `aria-invalid` while in error.
 *
 * State: `data-invalid="true"` on the group while it shows an error.
 */
export const RadioGroup = /* @__PURE__ */ forwardRef<HTMLDivElement, RadioGroupProps>(
  function RadioGroup(
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
    const field = useField(id, hint, error, required, messages);
    return (
      <div
        ref={ref}
        role="radiogroup"
        aria-labelledby={`${field.id}-legend`}
        aria-required={required || undefined}
        className={cx('mb-4', className)}
        {...field.aria}
        data-invalid={error ? 'true' : undefined}
        {...rest}
      >
        <p id={`${field.id}-legend`} className="form-label fw-semibold mb-2">
          {label}
          {field.mark}
        </p>
        {field.feedback}
        {options.map((o, i) => {
          const oid = i === 0 ? field.id : `${field.id}-${i}`;
          return (
            <ChoiceOptionItem
              key={o.value}
              type="radio"
              option={o}
              id={oid}
              name={name ?? field.id}
              inline={inline}
              required={required}
              checked={value === undefined ? undefined : value === o.value}
              defaultChecked={defaultValue === undefined ? undefined : defaultValue === o.value}
              onChange={(e) => e.target.checked && onValueChange?.(o.value)}
            />
          );
        })}
      </div>
    );
  },
);
