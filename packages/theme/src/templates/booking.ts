// The offices of the booking page (CSE.2.2), from the units of the content that have a
// `booking` section: what the booking island needs, in the shape of @piazza/react's
// MemoryBookingProvider (kinds of office, offices with their weekly openings and reasons). The
// provider is closed on the national holidays and on Site.patronDay; the hours say so.
import { slugify } from '@piazza/vocabularies';
import type { MemoryOffice, OfficeType } from '@piazza/react/forms';
import type { Giorno } from '../content/model.js';
import type { SiteIndex } from './site.js';

const WEEKDAY: Record<Giorno, 1 | 2 | 3 | 4 | 5 | 6 | 7> = {
  lunedì: 1,
  martedì: 2,
  mercoledì: 3,
  giovedì: 4,
  venerdì: 5,
  sabato: 6,
  domenica: 7,
};

export interface BookingOffices {
  officeTypes: OfficeType[];
  offices: MemoryOffice[];
}

/** "lunedì e mercoledì 09:00–12:30; giovedì 15:00–17:30" */
function hoursText(schedule: Array<{ days: Giorno[]; from: string; to: string }>): string {
  const text = schedule
    .map(({ days, from, to }) => {
      const list =
        days.length > 1 ? `${days.slice(0, -1).join(', ')} e ${days[days.length - 1]}` : days[0];
      return `${list ?? ''} ${from}–${to}`;
    })
    .join('; ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const MONTHS = [
  'gennaio',
  'febbraio',
  'marzo',
  'aprile',
  'maggio',
  'giugno',
  'luglio',
  'agosto',
  'settembre',
  'ottobre',
  'novembre',
  'dicembre',
];

/** "Chiuso nei giorni festivi e il 29 giugno (santo patrono)." */
export function closedDaysText(patronDay: string | undefined): string {
  if (!patronDay) return 'Chiuso nei giorni festivi.';
  const [m, d] = patronDay.split('-').map(Number) as [number, number];
  return `Chiuso nei giorni festivi e il ${String(d)} ${MONTHS[m - 1] ?? ''} (santo patrono).`;
}

/** Every unit with a `booking` section, as offices; kinds of office in order of appearance. */
export function bookingOffices(idx: SiteIndex): BookingOffices {
  const officeTypes: OfficeType[] = [];
  const offices: MemoryOffice[] = [];
  for (const unit of idx.content.unitaOrganizzative) {
    const booking = unit.booking;
    if (!booking) continue;
    const typeName = booking.type ?? unit.title;
    const typeId = slugify(typeName);
    if (!officeTypes.some((t) => t.id === typeId)) officeTypes.push({ id: typeId, name: typeName });
    const place = unit.luogo ? idx.luoghi.get(unit.luogo) : undefined;
    offices.push({
      id: unit.slug,
      typeId,
      name: unit.title,
      address: unit.address ?? place?.address ?? idx.site.contacts.address,
      hours: `${hoursText(booking.schedule)}. ${closedDaysText(idx.site.patronDay)}`,
      ...(unit.phone ? { phone: unit.phone } : {}),
      ...(unit.email ? { email: unit.email } : {}),
      schedule: booking.schedule.flatMap(({ days, from, to }) =>
        days.map((d) => ({ weekday: WEEKDAY[d], from, to })),
      ),
      reasons: [...new Map(booking.reasons.map((label) => [slugify(label), label]))].map(
        ([id, label]) => ({ id, label }),
      ),
    });
  }
  return { officeTypes, offices };
}
