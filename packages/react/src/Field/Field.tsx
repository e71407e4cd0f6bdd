'use client';
import { forwardRef, useId, type HTMLAttributes, type ReactNode } from 'react';
import { useMessages } from '../intl/messages.js';
import { cx } from '../utils/cx.js';
import { fieldMessages, type FieldMessages } from './Field.intl.js';

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

/** Ids of a field and of its hint and error, and the `aria-describedby` that joins them. */
export function useFieldIds(id: string | undefined, hint: unknown, error: unknown, extra?: string) {
  const auto = useId();
  const base = id ?? auto;
  const hintId = hint ? `${base}-hint` : undefined;
  const errorId = error ? `${base}-error` : undefined;
  return {
    id: base,
    hintId,
    errorId,
    describedBy: [hintId, extra, errorId].filter(Boolean).join(' ') || undefined,
  };
}

/** The asterisk after a required field's label (hidden from assistive technology, which reads `required`). */
export function RequiredMark({ required }: { required?: boolean }) {
  return required ? (
    <span className="text-danger" aria-hidden="true">
      {' *'}
    </span>
  ) : null;
}

/** Hint and error under a control. */
export function FieldFeedback({
  hintId,
  hint,
  errorId,
  error,
  messages,
}: {
  hintId?: string;
  hint?: ReactNode;
  errorId?: string;
  error?: ReactNode;
  messages?: Partial<FieldMessages>;
}) {
  const t = useMessages(fieldMessages, messages);
  return (
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
  );
}

export interface RequiredFieldsNoteProps extends Omit<
  HTMLAttributes<HTMLParagraphElement>,
  'children'
> {
  /** Overrides of the default texts. */
  messages?: Partial<FieldMessages>;
}

/**
 * The line that explains the asterisk of required fields: "I campi contraddistinti dal simbolo
 * asterisco sono obbligatori". Put it once above a form with required fields.
 */
export const RequiredFieldsNote = /* @__PURE__ */ forwardRef<
  HTMLParagraphElement,
  RequiredFieldsNoteProps
>(function RequiredFieldsNote({ messages, className, ...rest }, ref) {
  const t = useMessages(fieldMessages, messages);
  return (
    <p ref={ref} className={cx('small', className)} {...rest}>
      {t.requiredNote}
    </p>
  );
});
