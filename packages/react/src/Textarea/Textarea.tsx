'use client';
import { forwardRef, useEffect, useState, type TextareaHTMLAttributes } from 'react';
import { useMessages } from '../intl/messages.js';
import { cx } from '../utils/cx.js';
import { FieldGroup } from '../Field/Field.styles.js';
import { useField, type FieldBaseProps } from '../Field/Field.js';
import { textareaMessages, type TextareaMessages } from './Textarea.intl.js';

export interface TextareaProps
  extends
    Omit<FieldBaseProps, 'messages'>,
    Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'children'> {
  /**
   * The maximum number of characters: shows a counter ("Ancora N caratteri disponibili"), tied
   * to the field and announced politely once typing pauses.
   */
  maxLength?: number;
  /** Id of the textarea (the target of `ErrorSummary` links). @default a generated id */
  id?: string;
  /** Class of the wrapping `.form-group`. */
  className?: string;
  /** Overrides of the default texts. */
  messages?: Partial<TextareaMessages>;
}

/**
 * A multi-line text field with label, hint, required marker, error and, with `maxLength`, a
 * character counter.
 *
 * State: `data-invalid="true"` while it shows an error; `data-remaining` holds the characters
 * left when `maxLength` is set.
 */
export const Textarea = /* @__PURE__ */ forwardRef<HTMLTextAreaElement, TextareaProps>(
  function Textarea(
    {
      label,
      hint,
      error,
      required,
      messages,
      maxLength,
      id,
      className,
      rows = 4,
      onChange,
      ...rest
    },
    ref,
  ) {
    const t = useMessages(textareaMessages, messages);
    const field = useField(id, hint, error, required, messages);
    const counterId = `${field.id}-counter`;
    const [typed, setTyped] = useState<number | null>(null);
    const length =
      rest.value !== undefined
        ? String(rest.value).length
        : (typed ?? String(rest.defaultValue ?? '').length);
    const remaining = maxLength === undefined ? undefined : maxLength - length;
    // The live text follows the counter only once typing pauses, so each key is not announced.
    const [spoken, setSpoken] = useState('');
    useEffect(() => {
      if (remaining === undefined || typed === null) return;
      const timer = setTimeout(() => setSpoken(t.remaining(remaining)), 1000);
      return () => clearTimeout(timer);
    }, [remaining, typed, t]);
    const describedBy = cx(field.describedBy, remaining !== undefined && counterId) || undefined;
    return (
      <FieldGroup
        className={cx('form-group', className)}
        data-invalid={error ? 'true' : undefined}
        data-remaining={remaining}
      >
        <label htmlFor={field.id} className="active">
          {label}
          {field.mark}
        </label>
        <textarea
          ref={ref}
          id={field.id}
          rows={rows}
          className={cx('form-control', error ? 'is-invalid' : null)}
          required={required}
          maxLength={maxLength}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          onChange={(e) => {
            setTyped(e.target.value.length);
            onChange?.(e);
          }}
          {...rest}
        />
        {field.feedback}
        {remaining !== undefined ? (
          <>
            <small id={counterId} className="form-text d-block">
              {t.remaining(remaining)}
            </small>
            <span className="visually-hidden" aria-live="polite">
              {spoken}
            </span>
          </>
        ) : null}
      </FieldGroup>
    );
  },
);
