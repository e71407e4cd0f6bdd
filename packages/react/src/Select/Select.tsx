'use client';
import { forwardRef, type SelectHTMLAttributes } from 'react';
import { useMessages } from '../intl/messages.js';
import { cx } from '../utils/cx.js';
import { FieldGroup } from '../Field/Field.styles.js';
import { PiazzaPropError } from '../utils/errors.js';
import { useField, type FieldBaseProps } from '../Field/Field.js';
import { selectMessages, type SelectMessages } from './Select.intl.js';

export interface SelectOption {
  /** The submitted value. */
  value: string;
  /** The visible text. */
  label: string;
  disabled?: boolean;
}

export interface SelectProps
  extends
    Omit<FieldBaseProps, 'messages'>,
    Omit<SelectHTMLAttributes<HTMLSelectElement>, 'children' | 'multiple'> {
  /** The choices. */
  options: readonly SelectOption[];
  /**
   * Shows an empty first option ("Seleziona un’opzione") so that nothing is chosen by default.
   * @default true
   */
  placeholder?: boolean;
  /** Id of the select (the target of `ErrorSummary` links). @default a generated id */
  id?: string;
  /** Class of the wrapping `.select-wrapper`. */
  className?: string;
  /** Overrides of the default texts. */
  messages?: Partial<SelectMessages>;
}

/**
 * A native select in Bootstrap Italia's `.select-wrapper`, with label, hint, required marker
 * and an error tied with `aria-describedby` and `aria-invalid`.
 *
 * State: `data-invalid="true"` on the wrapper while it shows an error.
 */
export const Select = /* @__PURE__ */ forwardRef<HTMLSelectElement, SelectProps>(function Select(
  { label, hint, error, required, messages, options, placeholder = true, id, className, ...rest },
  ref,
) {
  const t = useMessages(selectMessages, messages);
  if (!Array.isArray(options)) {
    throw new PiazzaPropError('Select', 'options', 'must be an array of { value, label }', options);
  }
  const field = useField(id, hint, error, required, messages);
  return (
    <FieldGroup
      className={cx('select-wrapper form-group', className)}
      data-invalid={error ? 'true' : undefined}
    >
      <label htmlFor={field.id}>
        {label}
        {field.mark}
      </label>
      <select
        ref={ref}
        id={field.id}
        className={cx(error ? 'is-invalid' : null)}
        required={required}
        {...field.aria}
        {...rest}
      >
        {placeholder ? <option value="">{t.placeholder}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value} disabled={o.disabled}>
            {o.label}
          </option>
        ))}
      </select>
      {field.feedback}
    </FieldGroup>
  );
});
