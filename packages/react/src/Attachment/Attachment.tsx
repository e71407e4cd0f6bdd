'use client';
import { forwardRef, type HTMLAttributes } from 'react';
import { usePiazza } from '../intl/context.js';
import { useMessages } from '../intl/messages.js';
import { Icon } from '../Icon/Icon.js';
import { formatFileSize } from '../utils/bytes.js';
import { cx } from '../utils/cx.js';
import { PiazzaPropError } from '../utils/errors.js';
import { requireText } from '../utils/heading.js';
import { attachmentMessages, type AttachmentMessages } from './Attachment.intl.js';

export interface AttachmentProps extends Omit<
  HTMLAttributes<HTMLDivElement>,
  'title' | 'children'
> {
  /** Title of the document. */
  title: string;
  /** URL of the file. */
  href: string;
  /** File type as people know it: "PDF", "ODT", "XLSX"… */
  format: string;
  /** Size in bytes (formatted as "1,2 MB") or already written ("350 KB"). */
  size?: number | string;
  /**
   * `data-element` of the link. On a service page the terms document carries `service-file`
   * (C.SI.1.3, "Condizioni di servizio").
   */
  dataElement?: 'service-file';
  /** @default false */
  download?: boolean;
  messages?: Partial<AttachmentMessages>;
}

/** A document to download: its link's accessible name holds the title, the file type and the size. */
export const Attachment = forwardRef<HTMLDivElement, AttachmentProps>(function Attachment(
  { title, href, format, size, dataElement, download = false, messages, className, ...rest },
  ref,
) {
  const { locale } = usePiazza();
  const t = useMessages(attachmentMessages, messages);
  requireText('Attachment', 'title', title);
  requireText('Attachment', 'href', href);
  requireText('Attachment', 'format', format);
  if (size !== undefined && typeof size === 'number' && !(size >= 0)) {
    throw new PiazzaPropError('Attachment', 'size', 'must be a number of bytes ≥ 0', size);
  }
  const sizeText = typeof size === 'number' ? formatFileSize(size, locale) : size;
  return (
    <div
      ref={ref}
      className={cx(
        'card card-teaser shadow-sm rounded p-3 d-flex flex-row align-items-center',
        className,
      )}
      {...rest}
    >
      <Icon name="clip" size="md" className="me-2 flex-shrink-0" />
      <p className="card-title h6 mb-0">
        <a
          className="text-decoration-none"
          href={href}
          data-element={dataElement}
          download={download || undefined}
        >
          {title}{' '}
          <span className="small fw-normal">{t.details(format.toUpperCase(), sizeText)}</span>
        </a>
      </p>
    </div>
  );
});
