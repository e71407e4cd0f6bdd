// The booking flow when what it depends on misbehaves: a back office that hangs or answers
// nonsense, a stored draft that is not what it claims. It says so, offers what can be done, and
// keeps what the citizen typed; it never goes blank.
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderPiazza } from '../test-utils/render.js';
import { AppointmentBooking, type BookingDraft } from './AppointmentBooking.js';
import { EXAMPLE_NOW } from './AppointmentBooking.examples.js';
import { LocalStorageDraftStore } from './drafts.js';
import { HttpBookingProvider } from './HttpBookingProvider.js';
import { MemoryBookingProvider } from './MemoryBookingProvider.js';
import type { BookingProvider } from './types.js';

const now = () => EXAMPLE_NOW;
const KEY = 'piazza:draft:appointment-booking';
type User = ReturnType<typeof userEvent.setup>;

function setup(provider: BookingProvider) {
  const user = userEvent.setup();
  const store = new LocalStorageDraftStore<BookingDraft>({ now });
  const view = renderPiazza(
    <AppointmentBooking provider={provider} now={now} draftStore={store} privacyHref="/privacy/" />,
  );
  return { user, view };
}

const stepHeading = (name: string) => screen.getByRole('heading', { level: 2, name });
const next = (user: User) => user.click(screen.getByRole('button', { name: 'Avanti' }));

/** Through the flow to the recap, with the memory provider's data. */
async function toRecap(user: User) {
  await user.selectOptions(
    await screen.findByRole('combobox', { name: 'Tipo di ufficio' }),
    'anagrafe',
  );
  await user.click(
    await screen.findByRole('radio', { name: 'Ufficio Anagrafe – Sede municipale' }),
  );
  await next(user);
  await waitFor(() => expect(stepHeading('Data e orario')).toHaveFocus());
  await user.click((await screen.findAllByRole('radio'))[0]!);
  await next(user);
  await user.selectOptions(
    await screen.findByRole('combobox', { name: 'Motivo dell’appuntamento' }),
    'cie',
  );
  await user.type(screen.getByRole('textbox', { name: 'Dettagli' }), 'Rinnovo della carta');
  await next(user);
  await user.type(screen.getByRole('textbox', { name: 'Nome' }), 'Maria');
  await user.type(screen.getByRole('textbox', { name: 'Cognome' }), 'Bianchi');
  await user.type(screen.getByRole('textbox', { name: 'Email' }), 'maria@example.com');
  await next(user);
  await waitFor(() => expect(stepHeading('Riepilogo')).toHaveFocus());
  await user.click(
    screen.getByRole('checkbox', { name: 'Ho letto e compreso l’informativa sulla privacy' }),
  );
}

/** Reads from the memory provider; `submit` and `slots` through HTTP, with the given fetch. */
function mixed(fetch: typeof globalThis.fetch, submitTimeoutMs?: number): BookingProvider {
  const memory = new MemoryBookingProvider({ now });
  const http = new HttpBookingProvider({
    baseUrl: 'https://comune.esempio.it/api',
    fetch,
    ...(submitTimeoutMs ? { submitTimeoutMs } : {}),
  });
  return {
    officeTypes: (s) => memory.officeTypes(s),
    offices: (t, s) => memory.offices(t, s),
    reasons: (o, s) => memory.reasons(o, s),
    slots: (o, m, s) => memory.slots(o, m, s),
    submit: (r, s) => http.submit(r, s),
  };
}

beforeEach(() => localStorage.clear());

describe('AppointmentBooking when things go wrong', () => {
  test('a submission that never answers ends in an error with a retry; nothing typed is lost', async () => {
    const hang = vi.fn(() => new Promise<Response>(() => undefined));
    const { user, view } = setup(mixed(hang, 300));
    await toRecap(user);
    await user.click(screen.getByRole('button', { name: 'Invia' }));
    expect(view.container.querySelector('[data-busy="true"]')).not.toBeNull();
    const alert = await screen.findByRole('alert', {}, { timeout: 3000 });
    expect(alert).toHaveTextContent('Non è stato possibile inviare la prenotazione');
    expect(view.container.querySelector('[data-busy]')).toBeNull();
    // still the recap, with everything the citizen entered, and a way to try again
    expect(screen.getByText('Rinnovo della carta')).toBeInTheDocument();
    expect(screen.getByText('maria@example.com')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Riprova' })).toBeEnabled();
  });

  test('slots whose dates are not dates: an error with a retry, not a blank page', async () => {
    const answers = [
      { items: [null] },
      { items: [{ start: 'domani', end: 'dopodomani' }] },
      {
        items: [{ start: '2026-02-04T09:00:00+01:00', end: '2026-02-04T09:30:00+01:00' }],
      },
    ];
    const fetch = vi.fn(async () => new Response(JSON.stringify(answers.shift())));
    const memory = new MemoryBookingProvider({ now });
    const http = new HttpBookingProvider({ baseUrl: 'https://x.it', fetch });
    const provider: BookingProvider = {
      officeTypes: (s) => memory.officeTypes(s),
      offices: (t, s) => memory.offices(t, s),
      reasons: (o, s) => memory.reasons(o, s),
      slots: (o, m, s) => http.slots(o, m, s),
      submit: (r, s) => memory.submit(r, s),
    };
    const { user } = setup(provider);
    await user.selectOptions(
      await screen.findByRole('combobox', { name: 'Tipo di ufficio' }),
      'anagrafe',
    );
    await user.click(
      await screen.findByRole('radio', { name: 'Ufficio Anagrafe – Sede municipale' }),
    );
    await next(user);
    for (let i = 0; i < 2; i++) {
      const alert = await screen.findByRole('alert');
      expect(alert).toHaveTextContent('Non è stato possibile caricare i dati');
      expect(stepHeading('Data e orario')).toBeInTheDocument();
      await user.click(screen.getByRole('button', { name: 'Riprova' }));
    }
    expect(await screen.findByRole('radio', { name: /4 febbraio 2026/ })).toBeInTheDocument();
  });

  test('a saved draft whose slot date is not a date is discarded with a message, not offered', async () => {
    localStorage.setItem(
      KEY,
      JSON.stringify({
        v: 1,
        savedAt: '2026-02-01T08:00:00.000Z',
        expiresAt: '2027-02-02T08:00:00.000Z',
        data: {
          step: 4,
          data: {
            officeType: { id: 'anagrafe', name: 'Anagrafe e stato civile' },
            office: {
              id: 'anagrafe-municipio',
              typeId: 'anagrafe',
              name: 'Ufficio Anagrafe – Sede municipale',
              address: 'Piazza del Municipio 1',
              hours: 'Lunedì 9:00–12:30',
            },
            month: '2026-02',
            slot: { start: 'non è una data', end: 'neanche questa' },
            reason: { id: 'cie', label: 'Carta d’identità elettronica' },
            details: 'x',
            applicant: { name: 'A', surname: 'B', email: 'a@b.it', phone: '' },
          },
        },
      }),
    );
    setup(new MemoryBookingProvider({ now }));
    expect(
      await screen.findByText(
        'La prenotazione salvata non era leggibile ed è stata eliminata. Puoi iniziarne una nuova.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Riprendi la prenotazione' })).toBeNull();
    expect(localStorage.getItem(KEY)).toBeNull();
    // the flow starts afresh and works
    expect(await screen.findByRole('combobox', { name: 'Tipo di ufficio' })).toBeInTheDocument();
  });
});
