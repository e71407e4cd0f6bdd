// The booking section of an organisational unit (`booking` of unita-organizzativa): when and what
// for it takes appointments through the theme's booking page (CSE.2.2).
import { z } from 'zod';
import { clock, list, object, oneOf, opt, req, text } from '../fields.js';
import { problem, show } from '../issues.js';

/** The days of an opening, as written in the content. */
export const GIORNI = [
  'lunedì',
  'martedì',
  'mercoledì',
  'giovedì',
  'venerdì',
  'sabato',
  'domenica',
] as const;
export type Giorno = (typeof GIORNI)[number];

/**
 * Length of an appointment slot in minutes: MemoryBookingProvider of @piazza/react splits each
 * opening into 30-minute slots and refuses shorter or overlapping openings, so the content is
 * checked for the same here, with the file and the field.
 */
const SLOT_MINUTES = 30;
const minutesOf = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));

/** An opening for appointments: days, from, to (at least one slot after from). */
const opening = object({
  days: req(list(oneOf(GIORNI, 'giorni della settimana'), { min: 1 }), ['Giorni', 'Days']),
  from: req(clock(), ['Dalle', 'From', '"HH:MM" tra apici.', '"HH:MM", quoted.']),
  to: req(clock(), [
    'Alle',
    'To',
    '"HH:MM" tra apici, almeno 30 minuti dopo from.',
    '"HH:MM", quoted, at least 30 minutes after from.',
  ]),
}).superRefine((o, ctx) => {
  if (minutesOf(o.to) - minutesOf(o.from) < SLOT_MINUTES)
    problem(ctx, {
      it: `atteso un orario almeno ${String(SLOT_MINUTES)} minuti dopo "from" (${o.from}): un appuntamento dura ${String(SLOT_MINUTES)} minuti`,
      en: `expected a time at least ${String(SLOT_MINUTES)} minutes after "from" (${o.from}): an appointment takes ${String(SLOT_MINUTES)} minutes`,
      found: show(o.to),
      path: ['to'],
    });
});

/** A unit's booking section: its openings must not overlap on the same day. */
export const prenotazioneUfficio = object({
  type: opt(text({ min: 3 }), [
    'Tipo di ufficio',
    'Office type',
    'Scelto per primo ("Anagrafe e stato civile"); predefinito il titolo dell\'unità.',
    'Chosen first ("Anagrafe e stato civile"); defaults to the unit\'s title.',
  ]),
  schedule: req(list(opening, { min: 1 }), [
    'Aperture',
    'Openings',
    'Aperture per appuntamento, a slot di 30 minuti, senza sovrapposizioni nello stesso giorno.',
    'Openings for appointments, in 30-minute slots, not overlapping on the same day.',
  ]),
  reasons: req(list(text({ min: 3 }), { min: 1 }), [
    'Motivi',
    'Reasons',
    'Per che cosa si prenota ("Carta d\'identità elettronica").',
    'What citizens can book for.',
  ]),
}).superRefine((b, ctx) => {
  b.schedule.forEach((o, j) => {
    b.schedule.slice(0, j).forEach((earlier, k) => {
      const day = o.days.find((d) => earlier.days.includes(d));
      if (
        day &&
        minutesOf(o.from) < minutesOf(earlier.to) &&
        minutesOf(earlier.from) < minutesOf(o.to)
      )
        problem(ctx, {
          it: `l'apertura si sovrappone a schedule.${String(k)} (${earlier.from}–${earlier.to}) il ${day}`,
          en: `the opening overlaps schedule.${String(k)} (${earlier.from}–${earlier.to}) on ${day}`,
          found: `${o.from}–${o.to}`,
          path: ['schedule', j],
        });
    });
  });
});

export type OfficeBooking = z.output<typeof prenotazioneUfficio>;
