'use client';
import { forwardRef, type FieldsetHTMLAttributes, type InputHTMLAttributes } from 'react';
import { cx } from '../utils/cx.js';
import { PiazzaPropError } from '../utils/errors.js';
import { useField, type FieldBaseProps } from '../Field/Field.js';
import { ChoiceOptionItem, type ChoiceOption } from '../utils/choice-option.js';

export interface CheckboxProps
  extends FieldBaseProps, Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'children'> {
  /** Id of the checkbox (the target of `ErrorSummary` links). @default a generated id */
  id?: string;
  /** Class of the wrapping `.form-check`. */
  className?: string;
}

/**
 * One checkbox with its label, optional hint, required marker and error.
 *
 * State: `data-invalid="true"` on the wrapper while it shows an error.
 */
export const Checkbox = /* @__PURE__ */ forwardRef<HTMLInputElement, CheckboxProps>(
  function Checkbox({ label, hint, error, required, messages, id, className, ...rest }, ref) {
    const field = useField(id, hint, error, required, messages);
    return (
      <div className={cx('form-check', className)} data-invalid={error ? 'true' : undefined}>
        <input
          ref={ref}
          type="checkbox"
          id={field.id}
          required={required}
          {...field.aria}
          {...rest}
        />
        <label htmlFor={field.id}>
          {label}
          {field.mark}
        </label>
        {field.feedback}
      </div>
    );
  },
);

export interface CheckboxGroupProps
  extends
    FieldBaseProps,
    Omit<FieldsetHTMLAttributes<HTMLFieldSetElement>, 'onChange' | 'defaultValue' | 'children'> {
  /** The choices (at least one). */
  options: readonly ChoiceOption[];
  /** `name` of the checkboxes. @default the group's id */
  name?: string;
  /** The checked values (controlled). */
  value?: readonly string[];
  /** The values checked at first (uncontrolled). */
  defaultValue?: readonly string[];
  /** Called with the checked values, in the order of `options`. */
  onValueChange?: (value: string[]) => void;
  /** Id of the first checkbox (the target of `ErrorSummary` links); the others get `{id}-{n}`. @default a generated id */
  id?: string;
}

/**
 * A group of checkboxes: a `fieldset` whose `legend` is the label, each option a native
 * checkbox. Hint and error are tied to the group.
 *
 * State: `data-invalid="true"` on the fieldset while it shows an error.
 */
export const CheckboxGroup = /* @__PURE__ */ forwardRef<HTMLFieldSetElement, CheckboxGroupProps>(
  function CheckboxGroup(
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
      id,
      className,
      ...rest
    },
    ref,
  ) {
    if (!Array.isArray(options) || options.length === 0) {
      throw new PiazzaPropError(
        'CheckboxGroup',
        'options',
        'must list at least one option',
        options,
      );
    }
    const field = useField(id, hint, error, required, messages);
    return (
      <fieldset
        ref={ref}
        className={cx('mb-4', className)}
        aria-describedby={field.describedBy}
        data-invalid={error ? 'true' : undefined}
        {...rest}
      >
        <legend className="px-0">
          {label}
          {field.mark}
        </legend>
        {field.feedback}
        {options.map((o, i) => {
          const oid = i === 0 ? field.id : `${field.id}-${i}`;
          return (
            <ChoiceOptionItem
              key={o.value}
              type="checkbox"
              option={o}
              id={oid}
              name={name ?? field.id}
              checked={value ? value.includes(o.value) : undefined}
              defaultChecked={defaultValue ? defaultValue.includes(o.value) : undefined}
              onChange={(e) => {
                // The DOM holds the new state of every box of the group (controlled or not).
                const boxes = e.currentTarget
                  .closest('fieldset')
                  ?.querySelectorAll<HTMLInputElement>('input[type="checkbox"]');
                onValueChange?.(
                  Array.from(boxes ?? [])
                    .filter((b) => b.checked)
                    .map((b) => b.value),
                );
              }}
              invalid={!!error}
            />
          );
        })}
      </fieldset>
    );
  },
);
