'use client';
import { forwardRef, useId, type HTMLAttributes, type ReactNode } from 'react';
import { useMessages } from '../intl/messages.js';
import { legalNotesMessages, type LegalNotesMessages } from './LegalNotes.intl.js';

export interface LegalNotesProps extends HTMLAttributes<HTMLElement> {
  /** Level of the section title. @default 2 */
  headingLevel?: 2 | 3;
  /** More legal notes after the licence (other sections, links...). */
  children?: ReactNode;
  /** Overrides of the default texts (keep the Italian ones: the checker compares them). */
  messages?: Partial<LegalNotesMessages>;
}

/**
 * The licence section of the "Note legali" page (C.SI.3.4): the title "Licenza dei contenuti"
 * (`legal-notes-section`) and the CC-BY 4.0 text (`legal-notes-body`), character for character
 * as the checker expects (from `@piazza/vocabularies`).
 */
export const LegalNotes = forwardRef<HTMLElement, LegalNotesProps>(function LegalNotes(
  { headingLevel = 2, children, messages, ...rest },
  ref,
) {
  const t = useMessages(legalNotesMessages, messages);
  const id = useId();
  const Heading = `h${headingLevel}` as const;
  return (
    <section ref={ref} aria-labelledby={id} {...rest}>
      <Heading id={id} data-element="legal-notes-section">
        {t.title}
      </Heading>
      <p data-element="legal-notes-body">{t.body}</p>
      {children}
    </section>
  );
});
