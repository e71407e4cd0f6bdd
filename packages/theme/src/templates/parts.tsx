// Small building blocks of the page templates, in Bootstrap Italia markup.
import type { ReactElement, ReactNode } from 'react';
import { Icon } from '@piazza/react';
import type { FileRef } from '../content/index.js';
import { markdown } from './markdown.js';
import { formatDate, url } from './site.js';

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

/** The page's heading block: h1 (`page-name`), its description and extra content. */
export function PageHeading({
  title,
  description,
  titleDataElement = 'page-name',
  descriptionDataElement,
  children,
}: {
  title: string;
  description?: string | undefined;
  titleDataElement?: string;
  descriptionDataElement?: string;
  children?: ReactNode;
}) {
  return (
    <div className="container">
      <div className="row justify-content-between py-4">
        <div className="col-12 col-lg-10">
          <h1 data-element={titleDataElement}>{title}</h1>
          {description ? (
            <p className="lead" data-element={descriptionDataElement}>
              {description}
            </p>
          ) : null}
          {children}
        </div>
      </div>
    </div>
  );
}

export interface CardData {
  title: string;
  href: string;
  description?: string | undefined;
  /** Small line above the title: category, date, type. */
  kicker?: string | undefined;
  /** data-element of the link (service-link, event-link, location-link…). */
  linkDataElement?: string | undefined;
  /** The card of @piazza/react for this kind of item (ServiceCard, NewsCard…), when there is one. */
  render?: (headingLevel: 2 | 3 | 4) => ReactElement;
}

/** One card of a list. */
export function Card({ card, headingLevel = 3 }: { card: CardData; headingLevel?: 2 | 3 | 4 }) {
  if (card.render) return card.render(headingLevel);
  const H = `h${String(headingLevel)}` as 'h2' | 'h3' | 'h4';
  return (
    <div className="card card-teaser card-teaser-info rounded shadow-sm p-3 h-100">
      <div className="card-body p-0">
        {card.kicker ? (
          <p className="text-uppercase small fw-semibold mb-2">{card.kicker}</p>
        ) : null}
        <H className="card-title h5 mb-2">
          <a className="text-decoration-none" href={card.href} data-element={card.linkDataElement}>
            {card.title}
          </a>
        </H>
        {card.description ? <p className="card-text mb-0">{card.description}</p> : null}
      </div>
    </div>
  );
}

let loadMoreCounter = 0;

/**
 * A grid of cards. With `loadMore`, a "Carica altri" button (`load-other-cards`) reveals them a
 * page at a time once the loadmore script runs; without JavaScript every card stays visible.
 */
export function CardGrid({
  cards,
  headingLevel = 3,
  loadMore,
  empty = 'Nessun contenuto da mostrare.',
}: {
  cards: CardData[];
  headingLevel?: 2 | 3 | 4;
  loadMore?: { label: string; pageSize?: number } | undefined;
  empty?: string;
}) {
  if (cards.length === 0 && !loadMore) return <p>{empty}</p>;
  const buttonId = loadMore ? `carica-altri-${String(++loadMoreCounter)}` : undefined;
  return (
    <>
      {cards.length === 0 ? <p>{empty}</p> : null}
      <ul
        className="row g-4 list-unstyled mb-4"
        data-load-more={buttonId}
        data-page-size={loadMore?.pageSize ?? 12}
      >
        {cards.map((c) => (
          <li className="col-12 col-md-6 col-lg-4" key={c.href}>
            <Card card={c} headingLevel={headingLevel} />
          </li>
        ))}
      </ul>
      {loadMore ? (
        <div className="d-flex justify-content-center mb-4">
          <button
            type="button"
            id={buttonId}
            className="btn btn-outline-primary"
            data-element="load-other-cards"
            hidden
          >
            {loadMore.label}
          </button>
        </div>
      ) : null}
    </>
  );
}

/** Resets the per-page counter (the build calls it before each page). */
export function resetCounters(): void {
  loadMoreCounter = 0;
}

/** A link to a downloadable file. */
export function Attachment({ file, dataElement }: { file: FileRef; dataElement?: string }) {
  return (
    <div className="card card-teaser shadow-sm p-3 rounded mb-3">
      <Icon name="clip" />
      <div className="card-body">
        <p className="card-title h6 mb-0">
          <a className="text-decoration-none" href={assetHref(file.url)} data-element={dataElement}>
            {file.title}
            <span className="visually-hidden">{` (file ${file.fileType}, ${file.size})`}</span>
          </a>
        </p>
        <p className="small mb-0" aria-hidden="true">{`${file.fileType}, ${file.size}`}</p>
      </div>
    </div>
  );
}

/** A titled section of a detail page, with an anchor for the page index. */
export function Section({
  id,
  title,
  children,
}: {
  id: string;
  title: string;
  children: ReactNode;
}) {
  return (
    <section className="it-page-section mb-5" id={id}>
      <h2 className="mb-3">{title}</h2>
      {children}
    </section>
  );
}

/** Topic chips linking to the topic pages. */
export function TopicChips({
  topics,
  dataElement,
}: {
  topics: readonly string[];
  dataElement?: string;
}) {
  if (topics.length === 0) return null;
  return (
    <ul className="d-flex flex-wrap gap-2 list-unstyled mb-0">
      {topics.map((t) => (
        <li key={t}>
          <a className="chip chip-simple" href={url.topic(t)} data-element={dataElement}>
            <span className="chip-label">{t}</span>
          </a>
        </li>
      ))}
    </ul>
  );
}

/** A page index (`page-index`) of the sections of a detail page. */
export function PageIndex({ sections }: { sections: { id: string; label: string }[] }) {
  return (
    <nav className="navbar it-navscroll-wrapper navbar-expand-lg" aria-label="Indice della pagina">
      <div className="menu-wrapper w-100">
        <div className="link-list-wrapper">
          <h2 className="h5 mb-3">Indice della pagina</h2>
          <ul className="link-list" data-element="page-index">
            {sections.map((s) => (
              <li className="nav-item" key={s.id}>
                <a className="nav-link" href={`#${s.id}`}>
                  <span className="title-medium">{s.label}</span>
                </a>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </nav>
  );
}

/** A detail page body: index on the side (desktop), sections in the main column. */
export function DetailLayout({
  sections,
  children,
}: {
  sections: { id: string; label: string }[];
  children: ReactNode;
}) {
  return (
    <div className="container">
      <div className="row border-top border-light row-column-border row-column-menu-left">
        <aside className="col-lg-4 pt-4">
          <PageIndex sections={sections} />
        </aside>
        <div className="col-lg-8 pt-4">{children}</div>
      </div>
    </div>
  );
}

/** "Ultimo aggiornamento". */
export function Updated({ date }: { date: string | undefined }) {
  if (!date) return null;
  return (
    <p className="small mt-4">
      Ultimo aggiornamento: <time dateTime={date}>{formatDate(date)}</time>
    </p>
  );
}

/** A simple contact list (`contacts`). */
export function ContactsBox({
  title = 'Contatti',
  lines,
  links,
}: {
  title?: string;
  lines: (string | undefined)[];
  links: { label: string; href: string }[];
}) {
  return (
    <div className="card card-teaser shadow-sm p-4 rounded mb-3" data-element="contacts">
      <div className="card-body p-0">
        <h3 className="card-title h5">{title}</h3>
        {lines.filter(Boolean).map((l) => (
          <p className="mb-1" key={l}>
            {l}
          </p>
        ))}
        {links.length > 0 && (
          <ul className="list-unstyled mb-0">
            {links.map((l) => (
              <li key={l.href}>
                <a href={l.href}>{l.label}</a>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
