// The events calendar by day, as the Modello's home and Eventi page show it: a strip of days (a
// month heading, then one card per day with its events). The days wrap into rows instead of
// scrolling sideways: a link half-way out of a scrolling strip is not scrolled into view by the
// browser when focused (the keyboard walk of focus.test.mjs found it at 360 px). Static HTML.
import type { Evento } from '../content/index.js';
import type { SiteIndex } from './site.js';

const MONTH = new Intl.DateTimeFormat('it-IT', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const WEEKDAY = new Intl.DateTimeFormat('it-IT', { weekday: 'short', timeZone: 'UTC' });
const LONG = new Intl.DateTimeFormat('it-IT', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  timeZone: 'UTC',
});
const day = (iso: string) => new Date(`${iso.slice(0, 10)}T00:00:00Z`);
const iso = (d: Date) => d.toISOString().slice(0, 10);

/** At most this many days of one event go on the calendar (a long exhibition is not a wall). */
const MAX_DAYS_PER_EVENT = 7;

export interface CalendarDay {
  date: string;
  events: Evento[];
}

/** The days with at least one event, in order; an event over several days is on each of them. */
export function eventDays(events: readonly Evento[]): CalendarDay[] {
  const days = new Map<string, Evento[]>();
  for (const e of events) {
    const first = day(e.start);
    const last = e.end ? day(e.end) : first;
    for (let i = 0, d = first; d <= last && i < MAX_DAYS_PER_EVENT; i++) {
      const key = iso(d);
      days.set(key, [...(days.get(key) ?? []), e]);
      d = new Date(d.getTime() + 86_400_000);
    }
  }
  return [...days.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([date, list]) => ({ date, events: list.sort((a, b) => a.start.localeCompare(b.start)) }));
}

/** The calendar strip; `headingLevel` is the level of the month headings. */
export function EventsCalendar({
  idx,
  days,
  headingLevel = 3,
  label = 'Calendario degli eventi',
}: {
  idx: SiteIndex;
  days: CalendarDay[];
  headingLevel?: 2 | 3;
  label?: string;
}) {
  if (days.length === 0) return <p>Nessun evento in calendario.</p>;
  const months = new Map<string, CalendarDay[]>();
  for (const d of days) {
    const key = d.date.slice(0, 7);
    months.set(key, [...(months.get(key) ?? []), d]);
  }
  const H = `h${String(headingLevel)}` as 'h2' | 'h3';
  return (
    <div className="pz-calendar" role="region" aria-label={label}>
      {[...months.entries()].map(([key, list]) => (
        <div className="pz-calendar-month" key={key}>
          <H className="pz-calendar-title h6 mb-0 bg-primary text-white">
            {MONTH.format(day(`${key}-01`))}
          </H>
          <ol className="pz-calendar-days list-unstyled mb-0">
            {list.map((d) => (
              <li className="pz-calendar-day" key={d.date}>
                <p className="pz-calendar-date mb-2">
                  <time dateTime={d.date}>
                    <span className="visually-hidden">{LONG.format(day(d.date))}</span>
                    <span aria-hidden="true">
                      <span className="pz-calendar-num">{d.date.slice(8, 10)}</span>
                      <span className="pz-calendar-weekday">
                        {WEEKDAY.format(day(d.date)).replace('.', '')}
                      </span>
                    </span>
                  </time>
                </p>
                <ul className="list-unstyled mb-0">
                  {d.events.map((e) => (
                    <li key={e.slug}>
                      <a href={idx.eventUrl(e)} data-element="event-link">
                        {e.title}
                      </a>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
        </div>
      ))}
    </div>
  );
}
