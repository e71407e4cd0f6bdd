// Theme logic shared by the page templates: content paths as URLs, Markdown as sanitized HTML,
// and how the content maps onto @piazza/react (which holds all the markup).
import type { ReactNode } from 'react';
import {
  CardList,
  ContactCard,
  TeaserCard,
  type AttachmentProps,
  type CardListEntry,
} from '@piazza/react';
import type { FileRef, Site } from '../content/index.js';
import { markdown } from './markdown.js';

/** A content asset path (relative to the content folder) as a site URL. */
export function assetHref(src: string): string {
  return /^([a-z]+:|\/)/i.test(src) ? src : `/${src}`;
}

/** Markdown content. `dataElement` marks the block for the checker. */
export function Md({
  text,
  level = 3,
  dataElement,
  className,
}: {
  text: string | undefined;
  level?: number;
  dataElement?: string;
  className?: string;
}) {
  if (!text) return null;
  return (
    <div
      className={className ?? 'richtext-wrapper lora'}
      data-element={dataElement}
      dangerouslySetInnerHTML={{ __html: markdown(text, level) }}
    />
  );
}

/** A downloadable file of the content as the props of `Attachment`. */
export function fileProps(
  file: FileRef,
): Pick<AttachmentProps, 'title' | 'href' | 'format' | 'size'> {
  return { title: file.title, href: assetHref(file.url), format: file.fileType, size: file.size };
}

/**
 * A list of cards of the static site: `CardList` in its server form (every card in the HTML,
 * the loadmore script pages it). Without `loadMore` every card is shown and there is no button.
 */
export function Cards({
  entries,
  headingLevel = 3,
  loadMore,
  empty,
}: {
  entries: CardListEntry[];
  headingLevel?: 2 | 3 | 4;
  loadMore?: { label: string; pageSize: number } | undefined;
  empty?: string;
}) {
  return (
    <CardList
      enhancement="script"
      entries={entries}
      headingLevel={headingLevel}
      pageSize={loadMore?.pageSize ?? Math.max(1, entries.length)}
      messages={{ ...(loadMore ? { loadMore: loadMore.label } : {}), ...(empty ? { empty } : {}) }}
    />
  );
}

/** The comune's own contacts (address, phone, email, PEC), where no office is more fitting. */
export function SiteContacts({ site }: { site: Site }) {
  const c = site.contacts;
  return (
    <ContactCard
      title={site.name}
      {...(c.address ? { address: c.address } : {})}
      phone={c.phone}
      email={c.email}
      {...(c.pec ? { pec: c.pec } : {})}
    />
  );
}

/** A card list entry for an item without a card of its own (office, document, person). */
export function teaserEntry(
  href: string,
  title: string,
  description?: string,
  kicker?: string,
): CardListEntry {
  return {
    key: href,
    card: (
      <TeaserCard
        title={title}
        href={href}
        {...(description ? { description } : {})}
        {...(kicker ? { kicker } : {})}
      />
    ),
  };
}

/** A plain list of links (related items on a detail page), each with an optional note after it. */
export function LinkList({
  items,
}: {
  items: { href: string; label: string; before?: string; after?: ReactNode }[];
}) {
  return (
    <ul>
      {items.map((i) => (
        <li key={i.href}>
          {i.before}
          <a href={i.href}>{i.label}</a>
          {i.after}
        </li>
      ))}
    </ul>
  );
}
