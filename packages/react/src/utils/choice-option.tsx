'use client';
// One option of a choice group (internal), the markup RadioGroup and CheckboxGroup share: a
// `.form-check` with the native input, its label and an optional hint tied with aria-describedby.
import type { ChangeEventHandler, ReactNode } from 'react';
import { cx } from './cx.js';

export interface ChoiceOption {
  /** The submitted value. */
  value: string;
  /** The visible text. */
  label: ReactNode;
  /** A line under the option, tied to it with `aria-describedby`. */
  hint?: ReactNode;
  disabled?: boolean;
}

export interface ChoiceOptionItemProps {
  type: 'radio' | 'checkbox';
  option: ChoiceOption;
  /** Id of the input (its hint gets `{id}-hint`). */
  id: string;
  name: string;
  /** Options side by side (`form-check-inline`). */
  inline?: boolean | undefined;
  required?: boolean | undefined;
  checked: boolean | undefined;
  defaultChecked: boolean | undefined;
  onChange: ChangeEventHandler<HTMLInputElement>;
  invalid?: boolean | undefined;
}

export function ChoiceOptionItem({
  type,
  option,
  id,
  name,
  inline,
  required,
  checked,
  defaultChecked,
  onChange,
  invalid,
}: ChoiceOptionItemProps) {
  return (
    <div className={cx('form-check', inline && 'form-check-inline')}>
      <input
        type={type}
        id={id}
        name={name}
        value={option.value}
        disabled={option.disabled}
        required={required}
        checked={checked}
        defaultChecked={defaultChecked}
        onChange={onChange}
        aria-invalid={invalid ? true : undefined}
        aria-describedby={option.hint ? `${id}-hint` : undefined}
      />
      <label htmlFor={id}>{option.label}</label>
      {option.hint ? (
        <small id={`${id}-hint`} className="form-text d-block ps-5">
          {option.hint}
        </small>
      ) : null}
    </div>
  );
}
