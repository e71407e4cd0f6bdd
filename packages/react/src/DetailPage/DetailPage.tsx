import { forwardRef, type HTMLAttributes, type ReactNode } from 'react';
import { PageIndex } from '../ServicePage/PageIndex.js';
import type { ServicePageMessages } from '../ServicePage/ServicePage.intl.js';
import { cx } from '../utils/cx.js';
import { PiazzaPropError } from '../utils/errors.js';

/** One section of a detail page: its index entry and its content come from here. */
export interface DetailSection {
  /** `id` of the section, the target of its page-index link. */
  id: string;
  /** Heading of the section (`h2`), also the text of its page-index link. */
  title: string;
  /**
   * The content. A section without content (`undefined`, `null`, `false`) is left out, and so
   * is its index entry.
   */
  content: ReactNode;
}

export interface DetailPageProps extends Omit<HTMLAttributes<HTMLDivElement>, 'children'> {
  /** The sections, in page order: the page index and the sections are both drawn from them. */
  sections: readonly DetailSection[];
  /**
   * `true` keeps the page index collapsible on small screens (it needs JavaScript); `false`
   * (the default) draws it open, for pages served without JavaScript.
   * @default false
   */
  collapsibleIndex?: boolean;
  /** Content after the sections, in the main column (e.g. the last update). */
  children?: ReactNode;
  messages?: Partial<ServicePageMessages>;
}

const present = (content: ReactNode) =>
  content !== undefined && content !== null && content !== false;

/**
 * The body of a detail page (place, event, office, person, document, news): the page index
 * (`page-index`) beside the sections, both drawn from one list, so that an index entry never
 * points to a missing section and no section is left out of the index.
 */
export const DetailPage = forwardRef<HTMLDivElement, DetailPageProps>(function DetailPage(
  { sections, collapsibleIndex = false, children, messages, className, ...rest },
  ref,
) {
  if (!Array.isArray(sections)) {
    throw new PiazzaPropError('DetailPage', 'sections', 'must be an array', sections);
  }
  const shown = sections.filter((s) => present(s.content));
  const ids = new Set<string>();
  for (const s of shown) {
    if (!s.id || ids.has(s.id)) {
      throw new PiazzaPropError('DetailPage', 'sections', 'needs a distinct id per section', s.id);
    }
    ids.add(s.id);
  }
  return (
    <div ref={ref} className={cx('container', className)} {...rest}>
      <div className="row border-top border-light row-column-border row-column-menu-left">
        <aside className="col-lg-4 pt-4">
          <PageIndex
            items={shown.map((s) => ({ id: s.id, label: s.title }))}
            collapsible={collapsibleIndex}
            messages={messages}
          />
        </aside>
        <div className="col-lg-8 pt-4">
          {shown.map((s) => (
            <section className="it-page-section mb-5" id={s.id} key={s.id}>
              <h2 className="mb-3">{s.title}</h2>
              {s.content}
            </section>
          ))}
          {children}
        </div>
      </div>
    </div>
  );
});
