'use client';
import {
  forwardRef,
  useEffect,
  useId,
  useRef,
  useState,
  type HTMLAttributes,
  type ReactElement,
  type ReactNode,
  type Ref,
} from 'react';
import { foldAccents } from '@piazza/vocabularies';
import { useMessages } from '../intl/messages.js';
import { PiazzaPropError } from '../utils/errors.js';
import { headingTag, type HeadingLevel } from '../utils/heading.js';
import { HeadingLevelContext } from '../utils/heading-context.js';
import { cardListMessages, type CardListMessages } from './CardList.intl.js';
import { LOAD_MORE_ATTRIBUTE, focusTarget, nextShown } from './load-more.js';

/** A select filter of the list (by category, by topic…). */
export interface CardListFilter<T> {
  /** Identifier of the filter, also the query parameter name in `data-filter-*`. */
  id: string;
  /** Visible label, e.g. "Categoria". */
  label: string;
  /** The values to choose from. */
  options: readonly string[];
  /**
   * True when `item` matches the chosen `value`. Without it (the server-usable form, see
   * `CardListEntry`), an entry matches when its `values[id]` is or contains `value`.
   */
  matches?: (item: T, value: string) => boolean;
}

/**
 * An item of the server-usable form of CardList: the card already rendered, with the text of
 * the keyword filter and the values of the select filters. Only data, so a server component
 * can pass it to CardList (a function prop cannot cross from the server to a client component).
 */
export interface CardListEntry {
  /** A stable key of the item. */
  key: string;
  /** The card (e.g. a `<ServiceCard>`). */
  card: ReactNode;
  /** Text of the keyword filter (e.g. title and description). */
  text?: string;
  /** The item's values for each select filter, by filter `id`. */
  values?: Readonly<Record<string, string | readonly string[]>>;
}

/** Column width of the cards. */
export type CardListColumns = 1 | 2 | 3;

const COLUMNS: Record<CardListColumns, string> = {
  1: 'col-12',
  2: 'col-12 col-md-6',
  3: 'col-12 col-md-6 col-lg-4',
};

interface CardListCommonProps extends Omit<HTMLAttributes<HTMLDivElement>, 'children'> {
  /**
   * Items shown first, and added by each "Carica altri risultati".
   * @default 6
   */
  pageSize?: number;
  /**
   * URL of the next page, for browsers without JavaScript: the server-rendered
   * "Carica altri risultati" is a link to it; once the page runs, it reveals the next items in place.
   */
  nextPageHref?: string;
  /**
   * Width of each card.
   * @default 3
   */
  columns?: CardListColumns;
  /**
   * Level of the cards' title headings (cards without their own `headingLevel` take it).
   * The list has no heading of its own: 2 right under the page's h1, 3 under a section's h2.
   * @default 2
   */
  headingLevel?: HeadingLevel;
  /**
   * Who runs "Carica altri risultati". `react` (the default): this component once hydrated.
   * `script`: server HTML that is never hydrated (the static site): every item is rendered, so
   * all stay readable without JavaScript, and the button is `hidden`; `enhanceLoadMore` from
   * `@piazza/react/load-more` (a few hundred bytes, no React) shows the first page and the
   * button. No count, search or filters in this form; an empty list says `messages.empty`.
   * @default 'react'
   */
  enhancement?: 'react' | 'script';
  messages?: Partial<CardListMessages>;
}

/** CardList with functions (a client component's form): items, with a key and a card each. */
export interface CardListItemsProps<T> extends CardListCommonProps {
  /** Every item of the list (the page shows them `pageSize` at a time). */
  items: readonly T[];
  /** A stable key of an item. */
  getKey: (item: T) => string;
  /** The card of an item (e.g. a ServiceCard). */
  renderItem: (item: T) => ReactNode;
  /** Text of an item for the keyword filter; enables the search field. */
  searchText?: (item: T) => string;
  /** Select filters (category, topic…). */
  filters?: readonly CardListFilter<T>[];
  entries?: never;
}

/** CardList with data only (usable from a server component): the entries, cards already rendered. */
export interface CardListEntriesProps extends CardListCommonProps {
  entries: readonly CardListEntry[];
  /** Select filters; an entry matches by its `values`. The search field shows when an entry has `text`. */
  filters?: readonly Omit<CardListFilter<CardListEntry>, 'matches'>[];
  items?: never;
  getKey?: never;
  renderItem?: never;
  searchText?: never;
}

export type CardListProps<T> = CardListItemsProps<T> | CardListEntriesProps;

const entryKey = (e: CardListEntry) => e.key;
const entryCard = (e: CardListEntry) => e.card;
const entryText = (e: CardListEntry) => e.text ?? '';
const entryMatches = (id: string) => (e: CardListEntry, value: string) => {
  const v = e.values?.[id];
  return typeof v === 'string' ? v === value : (v?.includes(value) ?? false);
};

function CardListInner<T>(props: CardListProps<T>, ref: Ref<HTMLDivElement>) {
  const {
    pageSize = 6,
    nextPageHref,
    columns = 3,
    headingLevel = 2,
    enhancement = 'react',
    messages,
    className,
    items: _items,
    getKey: _getKey,
    renderItem: _renderItem,
    searchText: _searchText,
    filters: _filters,
    entries: _entries,
    ...rest
  } = props;
  let items: readonly unknown[], getKey: (item: never) => string;
  let renderItem: (item: never) => ReactNode, searchText: ((item: never) => string) | undefined;
  let filters: readonly {
    id: string;
    label: string;
    options: readonly string[];
    matches: (item: never, value: string) => boolean;
  }[];
  if (props.entries !== undefined) {
    if (!Array.isArray(props.entries))
      throw new PiazzaPropError('CardList', 'entries', 'must be an array', props.entries);
    items = props.entries;
    getKey = entryKey;
    renderItem = entryCard;
    searchText = props.entries.some((e) => e.text !== undefined) ? entryText : undefined;
    filters = (props.filters ?? []).map((f) => ({ ...f, matches: entryMatches(f.id) }));
  } else {
    items = props.items;
    getKey = props.getKey;
    renderItem = props.renderItem;
    searchText = props.searchText;
    filters = (props.filters ?? []).map((f) => {
      if (typeof f.matches !== 'function')
        throw new PiazzaPropError(
          'CardList',
          `filters.${f.id}.matches`,
          'must be a function (or pass `entries`)',
          f.matches,
        );
      return f as (typeof filters)[number];
    });
  }
  headingTag('CardList', headingLevel);
  const t = useMessages(cardListMessages, messages);
  const id = useId();
  if (!Array.isArray(items))
    throw new PiazzaPropError('CardList', 'items', 'must be an array', items);
  if (!Number.isInteger(pageSize) || pageSize < 1) {
    throw new PiazzaPropError('CardList', 'pageSize', 'must be an integer ≥ 1', pageSize);
  }
  if (enhancement !== 'react' && enhancement !== 'script') {
    throw new PiazzaPropError(
      'CardList',
      'enhancement',
      'must be "react" or "script"',
      enhancement,
    );
  }
  const scripted = enhancement === 'script';
  if (scripted && (searchText || filters.length > 0)) {
    throw new PiazzaPropError(
      'CardList',
      'enhancement',
      '"script" has no search or filters (they need React)',
      enhancement,
    );
  }
  const [shown, setShown] = useState(pageSize);
  const [query, setQuery] = useState('');
  const [chosen, setChosen] = useState<Record<string, string>>({});
  const [hydrated, setHydrated] = useState(false);
  const focusFrom = useRef<number | null>(null);
  const list = useRef<HTMLUListElement>(null);

  useEffect(() => setHydrated(true), []);
  useEffect(() => {
    const from = focusFrom.current;
    if (from === null) return;
    focusFrom.current = null;
    focusTarget(list.current?.children[from])?.focus();
  }, [shown]);

  const renderItems = (shownItems: readonly unknown[]) => (
    <ul ref={list} className="row g-4 list-unstyled">
      {shownItems.map((item) => (
        <li key={getKey(item as never)} className={COLUMNS[columns]} tabIndex={-1}>
          <HeadingLevelContext.Provider value={headingLevel}>
            {renderItem(item as never)}
          </HeadingLevelContext.Provider>
        </li>
      ))}
    </ul>
  );

  if (scripted) {
    const paged = items.length > pageSize;
    return (
      <div
        ref={ref}
        className={className}
        data-count={items.length}
        data-shown={items.length}
        {...{ [LOAD_MORE_ATTRIBUTE]: paged ? pageSize : undefined }}
        {...rest}
      >
        {items.length === 0 ? <p>{t.empty}</p> : renderItems(items)}
        {paged && (
          <div className="d-flex justify-content-center mt-4">
            <button
              type="button"
              className="btn btn-outline-primary"
              data-element="load-other-cards"
              hidden
            >
              {t.loadMore}
            </button>
          </div>
        )}
      </div>
    );
  }

  const q = foldAccents(query.trim());
  const matching = items.filter(
    (item) =>
      (q === '' || !searchText || foldAccents(searchText(item as never)).includes(q)) &&
      filters.every((f) => !chosen[f.id] || f.matches(item as never, chosen[f.id]!)),
  );
  const visible = matching.slice(0, shown);
  const more = matching.length > shown;

  const onFilter = (update: () => void) => {
    update();
    setShown(pageSize);
  };
  const loadMore = () => {
    focusFrom.current = shown;
    setShown(nextShown(shown, pageSize, matching.length));
  };

  return (
    <div
      ref={ref}
      className={className}
      data-count={matching.length}
      data-shown={visible.length}
      {...rest}
    >
      {(searchText || filters.length > 0) && (
        <form
          className="row g-3 mb-4"
          role="search"
          aria-label={t.filters}
          onSubmit={(e) => e.preventDefault()}
        >
          {searchText && (
            <div className="col-12 col-lg-6 form-group mb-0">
              <label htmlFor={`${id}-q`} className="active">
                {t.search}
              </label>
              <input
                id={`${id}-q`}
                type="search"
                name="q"
                className="form-control"
                value={query}
                onChange={(e) => onFilter(() => setQuery(e.target.value))}
              />
            </div>
          )}
          {filters.map((f) => (
            <div className="col-12 col-md-6 col-lg-3 select-wrapper" key={f.id}>
              <label htmlFor={`${id}-${f.id}`}>{f.label}</label>
              <select
                id={`${id}-${f.id}`}
                name={f.id}
                value={chosen[f.id] ?? ''}
                onChange={(e) => {
                  const value = e.target.value;
                  onFilter(() => setChosen((c) => ({ ...c, [f.id]: value })));
                }}
              >
                <option value="">{t.all}</option>
                {f.options.map((o) => (
                  <option key={o} value={o}>
                    {o}
                  </option>
                ))}
              </select>
            </div>
          ))}
        </form>
      )}

      <p className="fw-semibold mb-3" role="status">
        {matching.length === 0 ? t.noResults : t.count(matching.length)}
      </p>

      {renderItems(visible)}

      {more && (
        <div className="d-flex justify-content-center mt-4">
          {!hydrated && nextPageHref ? (
            <a
              className="btn btn-outline-primary"
              href={nextPageHref}
              data-element="load-other-cards"
            >
              {t.loadMore}
            </a>
          ) : (
            <button
              type="button"
              className="btn btn-outline-primary"
              data-element="load-other-cards"
              onClick={loadMore}
            >
              {t.loadMore}
            </button>
          )}
        </div>
      )}
    </div>
  );
}

/**
 * A list of cards with a result count ("14 servizi trovati", announced politely), a keyword
 * filter and select filters, and "Carica altri risultati" (`load-other-cards`): it reveals the
 * next items in place and moves focus to the first new one. Without JavaScript it is a link to
 * `nextPageHref`. The checker clicks it until no new `service-link` appears (C.SI.1.3).
 *
 * Two forms: `items` with `getKey`/`renderItem` (functions: from a client component), or
 * `entries` (data and rendered cards only: from a server component too).
 * The cards' title headings take `headingLevel` (2 by default, right under the page's h1).
 *
 * State: `data-count` (matching items), `data-shown` (items on screen).
 */
export const CardList = forwardRef(CardListInner) as <T>(
  props: CardListProps<T> & { ref?: Ref<HTMLDivElement> },
) => ReactElement;
