// @vitest-environment node
import type { BookingDraft } from './AppointmentBooking.js';
import { isBookingDraft } from './drafts.js';

const good = (): BookingDraft => ({
  step: 4,
  data: {
    officeType: { id: 'anagrafe', name: 'Anagrafe e stato civile' },
    office: {
      id: 'anagrafe-municipio',
      typeId: 'anagrafe',
      name: 'Ufficio Anagrafe',
      address: 'Piazza del Municipio 1',
      hours: 'Lunedì 9:00–12:30',
      phone: '+39 06 0000 1001',
    },
    month: '2026-02',
    slot: { start: '2026-02-04T09:00:00+01:00', end: '2026-02-04T09:30:00+01:00' },
    reason: { id: 'cie', label: 'Carta d’identità elettronica' },
    details: 'Rinnovo',
    applicant: { name: 'Maria', surname: 'Bianchi', email: 'm@example.com', phone: '' },
  },
});

/** A draft as a test breaks it: any field, any value. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests write what the type forbids
type Loose = Record<string, any>;

/** The good draft with one change. */
const bad = (change: (d: Loose) => void) => {
  const d = structuredClone(good()) as unknown as Loose;
  change(d);
  return d;
};

describe('isBookingDraft', () => {
  test('a complete draft, and a fresh one at the first step, pass', () => {
    expect(isBookingDraft(good())).toBe(true);
    expect(
      isBookingDraft({
        step: 0,
        data: {
          officeType: null,
          office: null,
          month: '',
          slot: null,
          reason: null,
          details: '',
          applicant: { name: '', surname: '', email: '', phone: '' },
        },
      }),
    ).toBe(true);
  });

  test.each<[string, (d: Loose) => void]>([
    ['slot.start that is not a date', (d) => (d.data.slot.start = 'domani')],
    ['slot.end that is not a date', (d) => (d.data.slot.end = 12)],
    ['a slot date that does not exist', (d) => (d.data.slot.start = '2026-02-30T09:00:00+01:00')],
    ['a slot that ends before it starts', (d) => (d.data.slot.end = '2026-02-04T08:00:00+01:00')],
    ['a month that is not YYYY-MM', (d) => (d.data.month = '2026-13')],
    ['a 4 MB details', (d) => (d.data.details = 'x'.repeat(4_000_000))],
    ['details over the form limit', (d) => (d.data.details = 'x'.repeat(201))],
    ['an empty office name', (d) => (d.data.office.name = ' ')],
    ['an office without typeId', (d) => delete d.data.office.typeId],
    ['an office phone that is a number', (d) => (d.data.office.phone = 600)],
    ['a reason label that is an object', (d) => (d.data.reason.label = {})],
    ['an applicant field that is null', (d) => (d.data.applicant.email = null)],
    ['a huge applicant field', (d) => (d.data.applicant.name = 'x'.repeat(5000))],
    ['an array for data', (d) => (d.data = [])],
    ['step 5', (d) => (d.step = 5)],
    ['step 1.5', (d) => (d.step = 1.5)],
    ['the date step without an office', (d) => ((d.step = 1), (d.data.office = null))],
    ['the details step without a slot', (d) => ((d.step = 2), (d.data.slot = null))],
    ['the recap without a reason', (d) => (d.data.reason = null)],
  ])('refused: %s', (_, change) => {
    expect(isBookingDraft(bad(change))).toBe(false);
  });
});
