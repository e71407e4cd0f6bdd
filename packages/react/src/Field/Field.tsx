'use client';
import { useId, type ReactNode } from 'react';
import { useMessages } from '../intl/messages.js';
import { cx } from '../utils/cx.js';
import { fieldErrorMessages, type FieldMessages } from './Field.intl.js';

// In its own module, so the fields' bundles do not carry the note's imports.
export { RequiredFieldsNote, type RequiredFieldsNoteProps } from './RequiredFieldsNote.js';

/** Props shared by every form field. */
export interface FieldBaseProps {
  /** The visible label (a `label`, or the `legend` of a group). */
  label: ReactNode;
  /** Help text shown under the label, tied to the control with `aria-describedby`. */
  hint?: ReactNode;
  /**
   * The error message. When set the control gets `aria-invalid="true"` and the message is tied
   * to it with `aria-describedby`.
   */
  error?: ReactNode;
  /**
   * Marks the field as required: an asterisk after the label (explained by
   * `RequiredFieldsNote`) and the `required` attribute.
   * @default false
   */
  required?: boolean;
  /** Overrides of the default texts. */
  messages?: Partial<FieldMessages>;
}

/**
 * What every field shares, from one call: its id, the `aria-describedby` that joins hint,
 * `extra` and error, the `aria-*` of its control (`aria-invalid` while in error), the required
 * mark that follows the label, and the hint and error to render under the control. One hook
 * instead of several helpers keeps each field's bundle small.
 */
export function useField(
  id: string | undefined,
  hint: ReactNode,
  error: ReactNode,
  required: boolean | undefined,
  messages: Partial<FieldMessages> | undefined,
  extra?: string,
) {
  const t = useMessages(fieldErrorMessages, messages);
  const auto = useId();
  const base = id ?? auto;
  const hintId = hint ? `${base}-hint` : undefined;
  const errorId = error ? `${base}-error` : undefined;
  const describedBy = cx(hintId, extra, errorId) || undefined;
  return {
    id: base,
    describedBy,
    /** For the control: `aria-invalid` and `aria-describedby`. */
    aria: { 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy },
    /** The asterisk after a required field's label (hidden from assistive technology, which reads `required`). */
    mark: required ? (
      <span className="text-danger" aria-hidden="true">
        {' *'}
      </span>
    ) : null,
    /** Hint and error under the control. */
    feedback: (
      <>
        {hint ? (
          <small id={hintId} className="form-text d-block">
            {hint}
          </small>
        ) : null}
        {error ? (
          <div id={errorId} className="invalid-feedback d-block">
            <span className="visually-hidden">{t.errorPrefix}</span> {error}
          </div>
        ) : null}
      </>
    ),
  };
}
