'use client';
import { forwardRef, type HTMLAttributes } from 'react';
import { useMessages } from '../intl/messages.js';
import { cx } from '../utils/cx.js';
import { fieldMessages, type FieldMessages } from './Field.intl.js';

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
