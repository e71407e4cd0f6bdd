'use client';
import { forwardRef, type InputHTMLAttributes } from 'react';
import { cx } from '../utils/cx.js';
import { FieldGroup } from '../Field/Field.styles.js';
import { PiazzaPropError } from '../utils/errors.js';
import { useField, type FieldBaseProps } from '../Field/Field.js';

/** The kinds of one-line text field. */
export type TextFieldType = 'text' | 'email' | 'tel' | 'number' | 'date';
const TYPES: readonly TextFieldType[] = ['text', 'email', 'tel', 'number', 'date'];

export interface TextFieldProps
  extends
    FieldBaseProps,
    Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'children' | 'size'> {
  /**
   * The kind of value: sets the input `type` (and so the mobile keyboard). Validate the content
   * with the validators (`isEmail`, `isItalianPhone`, …), not with the browser.
   * @default 'text'
   */
  type?: TextFieldType;
  /** Id of the input (the target of `ErrorSummary` links). @default a generated id */
  id?: string;
  /** Class of the wrapping `.form-group`. */
  className?: string;
}

/**
 * A one-line text field (text, email, tel, number, date) with a visible label, optional hint,
 * required marker and an error tied with `aria-describedby` and `aria-invalid`.
 *
 * State: `data-invalid="true"` on the wrapper while it shows an error.
 */
export const TextField = /* @__PURE__ */ forwardRef<HTMLInputElement, TextFieldProps>(
  function TextField(
    { label, hint, error, required, messages, type = 'text', id, className, ...rest },
    ref,
  ) {
    if (!TYPES.includes(type)) {
      throw new PiazzaPropError('TextField', 'type', `must be one of ${TYPES.join(', ')}`, type);
    }
    const field = useField(id, hint, error, required, messages);
    return (
      <FieldGroup className={cx('form-group', className)} data-invalid={error ? 'true' : undefined}>
        <label htmlFor={field.id} className="active">
          {label}
          {field.mark}
        </label>
        <input
          ref={ref}
          id={field.id}
          type={type}
          className={cx('form-control', error ? 'is-invalid' : null)}
          required={required}
          {...field.aria}
          {...rest}
        />
        {field.feedback}
      </FieldGroup>
    );
  },
);
