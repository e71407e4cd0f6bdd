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
import { useMessages } from '../intl/messages.js';
import { PiazzaPropError } from '../utils/errors.js';
import { cardListMessages, type CardListMessages } from './CardList.intl.js';

/** A select filter of the list (by category, by topic…). */
export interface CardListFilter<T> {
  /** Identifier of the filter, also the query parameter name in `data-filter-*`. */
  id: string;
  /** Visible label, e.g. "Categoria". */
  label: string;
  /** The values to choose from. */
  options: readonly string[];
  /** True when `item` matches the chosen `value`. */
  matches: (item: T, value: string) => boolean;
}

/** Column width of the cards. */
export type CardListColumns = 1 | 2 | 3;

const COLUMNS: Record<CardListColumns, string> = {
  1: 'col-12',
  2: 'col-12 col-md-6',
  3: 'col-12 col-md-6 col-lg-4',
};

export interface CardListProps<T> extends Omit<HTMLAttributes<HTMLDivElement>, 'children'> {
  /** Every item of the list (the page shows them `pageSize` at a time). */
  items: readonly T[];
  /** A stable key of an item. */
  getKey: (item: T) => string;
  /** The card of an item (e.g. a ServiceCard). */
  renderItem: (item: T) => ReactNode;
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
  /** Text of an item for the keyword filter; enables the search field. */
  searchText?: (item: T) => string;
  /** Select filters (category, topic…). */
  filters?: readonly CardListFilter<T>[];
  /**
   * Width of each card.
   * @default 3
   */
  columns?: CardListColumns;
  messages?: Partial<CardListMessages>;
}

const normalize = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');

function CardListInner<T>(
  {
    items,
    getKey,
    renderItem,
    pageSize = 6,
    nextPageHref,
    searchText,
    filters = [],
    columns = 3,
    messages,
    className,
    ...rest
  }: CardListProps<T>,
  ref: Ref<HTMLDivElement>,
) {
  const t = useMessages(cardListMessages, messages);
  const id = useId();
  if (!Array.isArray(items))
    throw new PiazzaPropError('CardList', 'items', 'must be an array', items);
  if (!Number.isInteger(pageSize) || pageSize < 1) {
    throw new PiazzaPropError('CardList', 'pageSize', 'must be an integer ≥ 1', pageSize);
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
    const li = list.current?.children[from] as HTMLElement | undefined;
    (li?.querySelector<HTMLElement>('a[href], button') ?? li)?.focus();
  }, [shown]);

  const q = normalize(query.trim());
  const matching = items.filter(
    (item) =>
      (q === '' || !searchText || normalize(searchText(item)).includes(q)) &&
      filters.every((f) => !chosen[f.id] || f.matches(item, chosen[f.id]!)),
  );
  const visible = matching.slice(0, shown);
  const more = matching.length > shown;

  const onFilter = (update: () => void) => {
    update();
    setShown(pageSize);
  };
  const loadMore = () => {
    focusFrom.current = shown;
    setShown(shown + pageSize);
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

      <ul ref={list} className="row g-4 list-unstyled">
        {visible.map((item) => (
          <li key={getKey(item)} className={COLUMNS[columns]} tabIndex={-1}>
            {renderItem(item)}
          </li>
        ))}
      </ul>

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
 * State: `data-count` (matching items), `data-shown` (items on screen).
 */
export const CardList = forwardRef(CardListInner) as <T>(
  props: CardListProps<T> & { ref?: Ref<HTMLDivElement> },
) => ReactElement;
