import { forwardRef, type HTMLAttributes, type ReactNode } from 'react';
import { cx } from '../utils/cx.js';

export interface ServiceSectionProps extends Omit<HTMLAttributes<HTMLElement>, 'title'> {
  /** `id` of the section, the target of its page-index link. */
  id: string;
  /** Heading of the section: on a service page, the same text as its page-index link. */
  title: string;
  /**
   * `data-element` of the content wrapper, when the checker reads it (e.g. `service-addressed`).
   * Without it the children are rendered as they are.
   */
  contentDataElement?: string;
  children: ReactNode;
}

/** A section of a service page: `section#id` with its `h2` and content. */
export const ServiceSection = forwardRef<HTMLElement, ServiceSectionProps>(function ServiceSection(
  { id, title, contentDataElement, children, className, ...rest },
  ref,
) {
  return (
    <section ref={ref} id={id} className={cx('mb-5', className)} {...rest}>
      <h2 className="h3 mb-3">{title}</h2>
      {contentDataElement ? <div data-element={contentDataElement}>{children}</div> : children}
    </section>
  );
});
