import { icsDataUrl, toIcs } from './ics.js';

describe('toIcs', () => {
  const event = {
    uid: 'PRN-2026-001042@piazza',
    start: '2026-02-04T09:00:00+01:00',
    end: '2026-02-04T09:30:00+01:00',
    stamp: '2026-02-02T09:00:00+01:00',
    title: 'Appuntamento: Ufficio Anagrafe, sede; centrale',
    location: 'Piazza del Municipio 1, 00100 Esempio',
    description: 'Riga uno\nRiga due',
  };

  test('one VEVENT, CRLF line ends, times in UTC, text escaped', () => {
    const ics = toIcs(event);
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics).toContain('\r\nDTSTART:20260204T080000Z\r\n');
    expect(ics).toContain('\r\nDTEND:20260204T083000Z\r\n');
    expect(ics).toContain('\r\nDTSTAMP:20260202T080000Z\r\n');
    expect(ics).toContain('SUMMARY:Appuntamento: Ufficio Anagrafe\\, sede\\; centrale');
    expect(ics).toContain('DESCRIPTION:Riga uno\\nRiga due');
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(1);
  });

  test('long lines are folded at 75 characters', () => {
    const ics = toIcs({ ...event, description: 'x'.repeat(200) });
    for (const line of ics.split('\r\n')) expect(line.length).toBeLessThanOrEqual(75);
    expect(ics).toContain('\r\n x');
  });

  test('a data: URL for a download link', () => {
    expect(icsDataUrl(event)).toMatch(/^data:text\/calendar;charset=utf-8,BEGIN%3AVCALENDAR/);
  });
});
