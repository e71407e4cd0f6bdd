'use client';
import {
  forwardRef,
  useId,
  useState,
  type HTMLAttributes,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import { foldAccents } from '@piazza/vocabularies';
import { useMessages } from '../intl/messages.js';
import { cx } from '../utils/cx.js';
import { PiazzaPropError } from '../utils/errors.js';
import { headingTag, type HeadingLevel } from '../utils/heading.js';
import { faqMessages, type FaqMessages } from './Faq.intl.js';

export interface FaqItem {
  question: string;
  answer: ReactNode;
  /** Text of the answer for the search, when `answer` is not a string. */
  answerText?: string;
  /** `id` of the question, for links to it (`#id`); in the `details` variant only. */
  id?: string;
}

export interface FaqProps extends Omit<HTMLAttributes<HTMLDivElement>, 'children'> {
  items: readonly FaqItem[];
  /**
   * Show a search field that filters the questions.
   * @default true
   */
  searchable?: boolean;
  /**
   * Level of the question headings.
   * @default 3
   */
  headingLevel?: HeadingLevel;
  /** Questions open at first, by index. */
  defaultOpen?: readonly number[];
  /**
   * `accordion`: the APG accordion (needs JavaScript). `details`: for pages served without
   * JavaScript (the static site), each question a native `<details>`/`<summary>` that the
   * browser opens and closes, with keyboard support built in; no search field.
   * @default 'accordion'
   */
  variant?: 'accordion' | 'details';
  messages?: Partial<FaqMessages>;
}

/**
 * Frequently asked questions as an accordion (WAI-ARIA APG): each question is a heading holding
 * a button with `aria-expanded` and `aria-controls`; Up/Down/Home/End move between questions.
 * A search field filters them and says when nothing matches.
 *
 * State: `data-open` on each `.accordion-item` that is open.
 */
export const Faq = forwardRef<HTMLDivElement, FaqProps>(function Faq(
  {
    items,
    searchable = true,
    headingLevel = 3,
    defaultOpen = [],
    variant = 'accordion',
    messages,
    className,
    ...rest
  },
  ref,
) {
  const t = useMessages(faqMessages, messages);
  const id = useId();
  const H = headingTag('Faq', headingLevel);
  if (!Array.isArray(items) || items.length === 0) {
    throw new PiazzaPropError('Faq', 'items', 'must list at least one question', items);
  }
  if (variant !== 'accordion' && variant !== 'details') {
    throw new PiazzaPropError('Faq', 'variant', 'must be "accordion" or "details"', variant);
  }
  const [open, setOpen] = useState<ReadonlySet<number>>(() => new Set(defaultOpen));
  const [query, setQuery] = useState('');
  const q = foldAccents(query.trim());
  const visible = items
    .map((item, i) => ({ item, i }))
    .filter(
      ({ item }) =>
        q === '' ||
        foldAccents(
          `${item.question} ${item.answerText ?? (typeof item.answer === 'string' ? item.answer : '')}`,
        ).includes(q),
    );
  const toggle = (i: number) =>
    setOpen((prev) => {
      const next = new Set(prev);
      if (next.has(i)) next.delete(i);
      else next.add(i);
      return next;
    });
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const buttons = Array.from(
      event.currentTarget.querySelectorAll<HTMLButtonElement>('.accordion-button'),
    );
    const at = buttons.indexOf(event.target as HTMLButtonElement);
    if (at < 0) return;
    const to = {
      ArrowDown: (at + 1) % buttons.length,
      ArrowUp: (at - 1 + buttons.length) % buttons.length,
      Home: 0,
      End: buttons.length - 1,
    }[event.key];
    if (to === undefined) return;
    event.preventDefault();
    buttons[to]?.focus();
  };

  if (variant === 'details') {
    return (
      <div ref={ref} className={className} {...rest}>
        {items.map((item, i) => (
          <details
            key={item.id ?? i}
            className="mb-3 border-bottom pb-2"
            id={item.id}
            open={defaultOpen.includes(i) || undefined}
          >
            <summary className="h5 text-primary">{item.question}</summary>
            {item.answer}
          </details>
        ))}
      </div>
    );
  }

  return (
    <div ref={ref} className={className} {...rest}>
      {searchable && (
        <div className="form-group mb-4" role="search">
          <label htmlFor={`${id}-search`} className="active">
            {t.search}
          </label>
          <input
            id={`${id}-search`}
            type="search"
            className="form-control"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
          />
        </div>
      )}
      <div className={cx(!searchable && 'visually-hidden')} role="status">
        {q === '' ? '' : visible.length === 0 ? t.noResults : t.results(visible.length)}
      </div>
      {/* Arrow keys move focus between the question buttons (APG accordion). */}
      {/* eslint-disable-next-line jsx-a11y/no-static-element-interactions */}
      <div className="accordion" onKeyDown={onKeyDown}>
        {visible.map(({ item, i }) => {
          const isOpen = open.has(i);
          return (
            <div className="accordion-item" key={i} data-open={isOpen || undefined}>
              <H className="accordion-header" id={`${id}-h${i}`}>
                <button
                  type="button"
                  className={cx('accordion-button', !isOpen && 'collapsed')}
                  aria-expanded={isOpen}
                  aria-controls={`${id}-p${i}`}
                  onClick={() => toggle(i)}
                >
                  {item.question}
                </button>
              </H>
              <div
                id={`${id}-p${i}`}
                className={cx('accordion-collapse collapse', isOpen && 'show')}
                role="region"
                aria-labelledby={`${id}-h${i}`}
              >
                <div className="accordion-body">{item.answer}</div>
              </div>
            </div>
          );
        })}
      </div>
    </div>
  );
});
