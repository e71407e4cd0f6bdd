// A one-event iCalendar file (RFC 5545) for "Aggiungi al tuo calendario".

export interface CalendarEvent {
  /** Unique id of the event (e.g. the booking code). */
  uid: string;
  start: Date | string;
  end: Date | string;
  title: string;
  location?: string;
  description?: string;
  /** When the file was made. @default the start */
  stamp?: Date | string;
}

const utc = (d: Date | string) =>
  new Date(d)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

/** Escapes a text value (backslash, semicolon, comma, newlines). */
const text = (s: string) => s.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r?\n/g, '\\n');

/** Folds lines longer than 75 octets (approximated by characters). */
const fold = (line: string) => line.replace(/(.{74})(?=.)/g, '$1\r\n ');

/** The text of a .ics file with one event (CRLF line ends, times in UTC). */
export function toIcs(event: CalendarEvent): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Piazza//Prenotazione appuntamento//IT',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${text(event.uid)}`,
    `DTSTAMP:${utc(event.stamp ?? event.start)}`,
    `DTSTART:${utc(event.start)}`,
    `DTEND:${utc(event.end)}`,
    `SUMMARY:${text(event.title)}`,
    ...(event.location ? [`LOCATION:${text(event.location)}`] : []),
    ...(event.description ? [`DESCRIPTION:${text(event.description)}`] : []),
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(fold).join('\r\n') + '\r\n';
}

/** A `data:` URL of the .ics file, for an `<a download>` (works on the server render too). */
export function icsDataUrl(event: CalendarEvent): string {
  return `data:text/calendar;charset=utf-8,${encodeURIComponent(toIcs(event))}`;
}
