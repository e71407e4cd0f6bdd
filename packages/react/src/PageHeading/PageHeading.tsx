import { forwardRef, type HTMLAttributes, type ReactNode } from 'react';
import { cx } from '../utils/cx.js';
import { PiazzaPropError } from '../utils/errors.js';

export interface PageHeadingProps extends Omit<HTMLAttributes<HTMLDivElement>, 'title'> {
  /** The page title: the page's only `h1`, carrying `page-name`. */
  title: ReactNode;
  /** An introductory paragraph under the title. */
  lead?: ReactNode;
  /** Actions beside the title (share, print, a main button...). */
  actions?: ReactNode;
  /** More content under the lead (dates, chips...). */
  children?: ReactNode;
  /**
   * Wraps the heading in a Bootstrap `.container`: for a page template that places it at the
   * top level of `<main>` (the static site's pages), not inside a container of its own.
   * @default false
   */
  contained?: boolean;
}

/**
 * The heading of a page: `h1[data-element="page-name"]`, an optional lead paragraph and
 * optional actions beside it.
 */
export const PageHeading = forwardRef<HTMLDivElement, PageHeadingProps>(function PageHeading(
  { title, lead, actions, children, contained = false, className, ...rest },
  ref,
) {
  if (title === null || title === undefined || title === '' || title === false) {
    throw new PiazzaPropError('PageHeading', 'title', 'is required', title);
  }
  const heading = (
    <div ref={ref} className={cx('row justify-content-between py-4', className)} {...rest}>
      <div className={actions ? 'col-lg-8' : 'col-12 col-lg-10'}>
        <h1 data-element="page-name">{title}</h1>
        {lead && <p className="lead">{lead}</p>}
        {children}
      </div>
      {actions && <div className="col-lg-3 mt-3 mt-lg-0">{actions}</div>}
    </div>
  );
  return contained ? <div className="container">{heading}</div> : heading;
});
