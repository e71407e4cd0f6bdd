import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderPiazza } from '../test-utils/render.js';
import {
  AppointmentBooking,
  type AppointmentBookingProps,
  type BookingDraft,
} from './AppointmentBooking.js';
import { EXAMPLE_NOW } from './AppointmentBooking.examples.js';
import { LocalStorageDraftStore } from './drafts.js';
import {
  MemoryBookingProvider,
  type MemoryBookingProviderOptions,
} from './MemoryBookingProvider.js';

const now = () => EXAMPLE_NOW;
const KEY = 'piazza:draft:appointment-booking';
type User = ReturnType<typeof userEvent.setup>;

function setup(
  options: MemoryBookingProviderOptions = {},
  props: Partial<AppointmentBookingProps> = {},
) {
  const provider = new MemoryBookingProvider({ now, ...options });
  const store = new LocalStorageDraftStore<BookingDraft>({ now });
  const user = userEvent.setup();
  const view = renderPiazza(
    <AppointmentBooking
      provider={provider}
      now={now}
      draftStore={store}
      privacyHref="/privacy/"
      ratingHref="/valuta/"
      statusHref="/area-personale/"
      {...props}
    />,
  );
  return { user, provider, store, view };
}

const stepHeading = (name: string) => screen.getByRole('heading', { level: 2, name });
const next = (user: User) => user.click(screen.getByRole('button', { name: 'Avanti' }));

async function place(user: User) {
  await user.selectOptions(
    await screen.findByRole('combobox', { name: 'Tipo di ufficio' }),
    'anagrafe',
  );
  await user.click(
    await screen.findByRole('radio', { name: 'Ufficio Anagrafe – Sede municipale' }),
  );
  await next(user);
  await waitFor(() => expect(stepHeading('Data e orario')).toHaveFocus());
}
async function slot(user: User, index = 0) {
  const radios = await screen.findAllByRole('radio');
  await user.click(radios[index]!);
  const label = (radios[index] as HTMLInputElement).labels?.[0]?.textContent ?? '';
  await next(user);
  return label;
}
async function details(user: User) {
  await user.selectOptions(
    await screen.findByRole('combobox', { name: 'Motivo dell’appuntamento' }),
    'cie',
  );
  await user.type(screen.getByRole('textbox', { name: 'Dettagli' }), 'Rinnovo della carta scaduta');
  await next(user);
  await waitFor(() => expect(stepHeading('Richiedente')).toHaveFocus());
}
async function applicant(user: User) {
  await user.type(screen.getByRole('textbox', { name: 'Nome' }), 'Maria');
  await user.type(screen.getByRole('textbox', { name: 'Cognome' }), 'Bianchi');
  await user.type(screen.getByRole('textbox', { name: 'Email' }), 'maria.bianchi@example.com');
  await next(user);
  await waitFor(() => expect(stepHeading('Riepilogo')).toHaveFocus());
}
async function send(user: User) {
  const check = screen.getByRole('checkbox', {
    name: 'Ho letto e compreso l’informativa sulla privacy',
  });
  if (!(check as HTMLInputElement).checked) await user.click(check);
  await user.click(screen.getByRole('button', { name: 'Invia' }));
}

beforeEach(() => localStorage.clear());

describe('AppointmentBooking', () => {
  test('the steps: Luogo → Data e orario → Dettagli → Richiedente → Riepilogo → Conferma', async () => {
    const { user, provider } = setup();
    const nav = screen.getByRole('navigation', { name: 'Passaggi della richiesta' });
    expect(
      within(nav)
        .getAllByRole('listitem')
        .map((li) => li.textContent?.replace(/^Passo \d+ /, '')),
    ).toEqual(['Luogo', 'Data e orario', 'Dettagli appuntamento', 'Richiedente', 'Riepilogo']);
    expect(
      screen.getByText('I campi contraddistinti dal simbolo asterisco sono obbligatori'),
    ).toBeInTheDocument();
    await place(user);
    // The office's address and hours beside the slots.
    expect(
      screen.getByText('Lunedì, mercoledì e venerdì 9:00–12:30; giovedì 15:00–17:30'),
    ).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Mese' })).toHaveValue('2026-02');
    expect(
      within(screen.getByRole('combobox', { name: 'Mese' }))
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['febbraio 2026', 'marzo 2026', 'aprile 2026']);
    const chosen = await slot(user);
    expect(chosen).toMatch(/febbraio 2026, \d\d:\d\d–\d\d:\d\d$/);
    await waitFor(() => expect(stepHeading('Dettagli appuntamento')).toHaveFocus());
    await details(user);
    await applicant(user);
    // The recap holds every value, grouped, with distinct "Modifica" names.
    for (const v of [
      'Anagrafe e stato civile',
      'Ufficio Anagrafe – Sede municipale',
      'Carta d’identità elettronica',
      'Rinnovo della carta scaduta',
      'Maria',
      'Bianchi',
      'maria.bianchi@example.com',
    ]) {
      expect(screen.getByText(v)).toBeInTheDocument();
    }
    expect(screen.getByText(chosen.split(', ')[0]!)).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: /^Modifica / }).map((b) => b.textContent)).toEqual(
      [
        'Modifica Luogo',
        'Modifica Data e orario',
        'Modifica Dettagli appuntamento',
        'Modifica Richiedente',
      ],
    );
    await send(user);
    await waitFor(() =>
      expect(screen.getByRole('heading', { name: 'Appuntamento confermato' })).toHaveFocus(),
    );
    expect(screen.queryByRole('navigation', { name: 'Passaggi della richiesta' })).toBeNull();
    expect(screen.getByText('PRN-2026-001042')).toBeInTheDocument();
    expect(
      screen.getByText('Abbiamo inviato la conferma all’indirizzo maria.bianchi@example.com.'),
    ).toBeInTheDocument();
    const ics = screen.getByRole('link', { name: 'Aggiungi al tuo calendario' });
    expect(ics).toHaveAttribute('download', 'appuntamento-PRN-2026-001042.ics');
    const text = decodeURIComponent(
      ics.getAttribute('href')!.replace('data:text/calendar;charset=utf-8,', ''),
    );
    expect(text).toContain('BEGIN:VEVENT');
    expect(text).toContain('SUMMARY:Appuntamento: Ufficio Anagrafe – Sede municipale');
    expect(text).toMatch(/DTSTART:202602\d\dT\d{6}Z/);
    expect(
      screen.getByRole('link', { name: 'Valuta il servizio di prenotazione' }),
    ).toHaveAttribute('href', '/valuta/');
    expect(provider.bookings).toHaveLength(1);
    expect(provider.bookings[0]!.slot.start).toMatch(/^2026-02-/);
    expect(localStorage.getItem(KEY)).toBeNull();
    expect(document.querySelector('[data-step]')).toHaveAttribute('data-step', 'confirmed');
  });

  test('Avanti with missing values: the error summary takes focus and links to each field', async () => {
    const { user } = setup();
    await screen.findByRole('combobox', { name: 'Tipo di ufficio' });
    await next(user);
    const summary = screen.getByRole('alert');
    expect(summary).toHaveFocus();
    // Only the type: the offices are not listed before a type is chosen.
    expect(
      within(summary)
        .getAllByRole('link')
        .map((l) => l.textContent),
    ).toEqual(['Seleziona il tipo di ufficio']);
    await user.click(within(summary).getByRole('link', { name: 'Seleziona il tipo di ufficio' }));
    const select = screen.getByRole('combobox', { name: 'Tipo di ufficio' });
    expect(select).toHaveFocus();
    expect(select).toHaveAttribute('aria-invalid', 'true');
    expect(stepHeading('Luogo')).toBeInTheDocument();
  });

  test('every error summary link leads to a field that exists; a new office list starts clean', async () => {
    const { user } = setup();
    const linksLeadSomewhere = () => {
      const links = within(screen.getByRole('alert')).getAllByRole('link');
      for (const l of links) {
        expect(document.getElementById(l.getAttribute('href')!.slice(1))).not.toBeNull();
      }
      return links;
    };
    await screen.findByRole('combobox', { name: 'Tipo di ufficio' });
    await next(user);
    linksLeadSomewhere();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Tipo di ufficio' }), 'anagrafe');
    // Chosen just now: the office group is not already marked invalid, the summary is gone.
    const group = await screen.findByRole('radiogroup', { name: /Ufficio/ });
    expect(group).not.toHaveAttribute('aria-invalid', 'true');
    within(group)
      .getAllByRole('radio')
      .forEach((r) => expect(r).not.toHaveAttribute('aria-invalid', 'true'));
    expect(screen.queryByRole('alert')).toBeNull();
    await next(user);
    const [office] = linksLeadSomewhere();
    expect(office).toHaveTextContent('Seleziona l’ufficio');
    await user.click(office!);
    expect(within(group).getAllByRole('radio')[0]).toHaveFocus();
  });

  test('applicant formats are checked: email, phone', async () => {
    const { user } = setup();
    await place(user);
    await slot(user);
    await details(user);
    await user.type(screen.getByRole('textbox', { name: 'Nome' }), 'Maria');
    await user.type(screen.getByRole('textbox', { name: 'Cognome' }), 'Bianchi');
    await user.type(screen.getByRole('textbox', { name: 'Email' }), 'maria@');
    await user.type(screen.getByRole('textbox', { name: 'Telefono' }), '12');
    await next(user);
    const links = within(screen.getByRole('alert')).getAllByRole('link');
    expect(links.map((l) => l.textContent)).toEqual([
      'Inserisci un indirizzo email valido, ad esempio nome@esempio.it',
      'Inserisci un numero di telefono valido, ad esempio 333 123 4567 o 06 1234 5678',
    ]);
  });

  test('from the recap, back to change the slot, and straight back to the recap', async () => {
    const { user } = setup();
    await place(user);
    const first = await slot(user, 0);
    await details(user);
    await applicant(user);
    await user.click(screen.getByRole('button', { name: 'Modifica Data e orario' }));
    await waitFor(() => expect(stepHeading('Data e orario')).toHaveFocus());
    const radios = await screen.findAllByRole('radio');
    expect(radios[0]).toBeChecked();
    const second = await slot(user, 1);
    expect(second).not.toBe(first);
    await waitFor(() => expect(stepHeading('Riepilogo')).toHaveFocus());
    expect(screen.getByText(second.split(', ').at(-1)!)).toBeInTheDocument();
    expect(screen.getByText('Maria')).toBeInTheDocument();
  });

  test('completed steps in the stepper and Indietro go back, keeping the values', async () => {
    const { user } = setup();
    await place(user);
    await slot(user);
    await waitFor(() => expect(stepHeading('Dettagli appuntamento')).toHaveFocus());
    await user.click(screen.getByRole('button', { name: 'Indietro' }));
    await waitFor(() => expect(stepHeading('Data e orario')).toHaveFocus());
    expect((await screen.findAllByRole('radio'))[0]).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Passo 1 Luogo (completato)' }));
    await waitFor(() => expect(stepHeading('Luogo')).toHaveFocus());
    expect(
      await screen.findByRole('radio', { name: 'Ufficio Anagrafe – Sede municipale' }),
    ).toBeChecked();
    expect(screen.getByRole('combobox', { name: 'Tipo di ufficio' })).toHaveValue('anagrafe');
  });

  test('a slot taken meanwhile sends the citizen back to choose another, with a clear message', async () => {
    const { user, provider } = setup({ takeSlotOnSubmit: 1 });
    await place(user);
    const taken = await slot(user, 0);
    await details(user);
    await applicant(user);
    await send(user);
    await waitFor(() => expect(stepHeading('Data e orario')).toHaveFocus());
    expect(screen.getByRole('alert')).toHaveTextContent(
      'L’orario che avevi scelto è stato appena prenotato da un’altra persona. Scegli un altro orario.',
    );
    const radios = await screen.findAllByRole('radio');
    expect(radios.map((r) => (r as HTMLInputElement).labels?.[0]?.textContent)).not.toContain(
      taken,
    );
    expect(radios.some((r) => (r as HTMLInputElement).checked)).toBe(false);
    await slot(user, 0);
    await waitFor(() => expect(stepHeading('Riepilogo')).toHaveFocus());
    await send(user);
    await screen.findByRole('heading', { name: 'Appuntamento confermato' });
    expect(provider.bookings).toHaveLength(1);
  });

  test('a failure at submit shows a retryable error, loses nothing, and the retry books once', async () => {
    const { user, provider } = setup({ failSubmits: 1 });
    await place(user);
    await slot(user);
    await details(user);
    await applicant(user);
    await send(user);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Non è stato possibile inviare la prenotazione.');
    expect(screen.getByText('Maria')).toBeInTheDocument();
    await user.click(within(alert).getByRole('button', { name: 'Riprova' }));
    await screen.findByRole('heading', { name: 'Appuntamento confermato' });
    expect(provider.bookings).toHaveLength(1);
  });

  test('a double submit is impossible: one call while busy', async () => {
    const { user, provider } = setup();
    // The submission waits until released, so the second press happens while busy.
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const original = provider.submit.bind(provider);
    const spy = vi.spyOn(provider, 'submit').mockImplementation(async (req) => {
      await gate;
      return original(req);
    });
    await place(user);
    await slot(user);
    await details(user);
    await applicant(user);
    await send(user);
    const busy = screen.getByRole('button', { name: 'Invio in corso…' });
    expect(busy).toHaveAttribute('aria-disabled', 'true');
    await user.click(busy);
    await user.keyboard('{Enter}');
    release();
    await screen.findByRole('heading', { name: 'Appuntamento confermato' });
    expect(spy).toHaveBeenCalledTimes(1);
    expect(provider.bookings).toHaveLength(1);
  });

  test('a failed load shows a retry and nothing is lost', async () => {
    const { user } = setup({ failLoads: 1 });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Non è stato possibile caricare i dati.');
    await user.click(within(alert).getByRole('button', { name: 'Riprova' }));
    expect(await screen.findByRole('combobox', { name: 'Tipo di ufficio' })).toBeInTheDocument();
  });

  test('Salva richiesta saves the draft and says until when it is kept (one year)', async () => {
    const { user } = setup();
    await user.selectOptions(
      await screen.findByRole('combobox', { name: 'Tipo di ufficio' }),
      'tributi',
    );
    // Autosave already holds the choice.
    expect(JSON.parse(localStorage.getItem(KEY)!).data.data.officeType.id).toBe('tributi');
    await user.click(screen.getByRole('button', { name: 'Salva richiesta' }));
    // Announced (a polite status) and shown: not only in a visually hidden region.
    const status = await screen.findByText(
      'Richiesta salvata. Puoi riprenderla fino al 3 febbraio 2027.',
    );
    expect(status).toHaveAttribute('role', 'status');
    expect(status).toHaveClass('alert', 'alert-success');
    expect(status.closest('.visually-hidden')).toBeNull();
    // The next step starts without the old message.
    await user.click((await screen.findAllByRole('radio'))[0]!);
    await next(user);
    await waitFor(() => expect(stepHeading('Data e orario')).toHaveFocus());
    expect(status).toBeEmptyDOMElement();
  });

  test('reloading mid-flow offers to resume, with everything intact', async () => {
    const first = setup();
    await place(first.user);
    await slot(first.user);
    await details(first.user);
    await first.user.type(screen.getByRole('textbox', { name: 'Nome' }), 'Maria');
    first.view.unmount();
    const { user } = setup();
    const prompt = await screen.findByRole('region', {
      name: 'Hai una prenotazione da completare',
    });
    expect(prompt).toHaveTextContent('salvata il 2 febbraio 2026');
    expect(document.querySelector('[data-step]')).toHaveAttribute('data-step', 'resume');
    await user.click(within(prompt).getByRole('button', { name: 'Riprendi la prenotazione' }));
    await waitFor(() => expect(stepHeading('Richiedente')).toHaveFocus());
    expect(screen.getByRole('textbox', { name: 'Nome' })).toHaveValue('Maria');
    await user.type(screen.getByRole('textbox', { name: 'Cognome' }), 'Bianchi');
    await user.type(screen.getByRole('textbox', { name: 'Email' }), 'maria@example.com');
    await next(user);
    await waitFor(() => expect(stepHeading('Riepilogo')).toHaveFocus());
    expect(screen.getByText('Ufficio Anagrafe – Sede municipale')).toBeInTheDocument();
    expect(screen.getByText('Rinnovo della carta scaduta')).toBeInTheDocument();
  });

  test('"Ricomincia da capo" discards the draft', async () => {
    const store = new LocalStorageDraftStore<BookingDraft>({ now });
    await store.save('appointment-booking', {
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
    });
    const { user } = setup();
    await user.click(await screen.findByRole('button', { name: 'Ricomincia da capo' }));
    await waitFor(() => expect(stepHeading('Luogo')).toHaveFocus());
    expect(localStorage.getItem(KEY)).toBeNull();
  });

  test('a corrupted draft is reported and discarded, and the flow works', async () => {
    localStorage.setItem(
      KEY,
      '{"v":1,"savedAt":"2026-01-01T00:00:00Z","expiresAt":"2027-01-01T00:00:00Z","data":{"step":9}}',
    );
    setup();
    expect(
      await screen.findByText(
        'La prenotazione salvata non era leggibile ed è stata eliminata. Puoi iniziarne una nuova.',
      ),
    ).toBeInTheDocument();
    expect(localStorage.getItem(KEY)).toBeNull();
    expect(await screen.findByRole('combobox', { name: 'Tipo di ufficio' })).toBeInTheDocument();
  });

  test('a signed-in citizen finds the applicant prefilled and read-only (once-only)', async () => {
    const { user } = setup(
      {},
      { citizen: { name: 'Maria', surname: 'Bianchi', email: 'maria@example.com' } },
    );
    await place(user);
    await slot(user);
    await details(user);
    expect(
      screen.getByText('Questi dati vengono dal tuo profilo: non serve inserirli di nuovo.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Nome' })).toHaveValue('Maria');
    expect(screen.getByRole('textbox', { name: 'Nome' })).toHaveAttribute('readonly');
    expect(screen.getByRole('textbox', { name: 'Telefono' })).not.toHaveAttribute('readonly');
    await next(user);
    await waitFor(() => expect(stepHeading('Riepilogo')).toHaveFocus());
  });

  test('drafts off: no "Salva richiesta"; English texts; a rating slot at the end', async () => {
    const { user } = setup({}, { draftStore: null, rating: <p>Valutazione qui</p> });
    expect(screen.queryByRole('button', { name: 'Salva richiesta' })).toBeNull();
    await place(user);
    await slot(user);
    await details(user);
    await applicant(user);
    await send(user);
    await screen.findByRole('heading', { name: 'Appuntamento confermato' });
    expect(screen.getByText('Valutazione qui')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Valuta il servizio di prenotazione' })).toBeNull();
  });

  test('English default texts', async () => {
    renderPiazza(
      <AppointmentBooking
        provider={new MemoryBookingProvider({ now })}
        now={now}
        draftStore={null}
        privacyHref="/p"
      />,
      { locale: 'en' },
    );
    expect(screen.getByRole('heading', { level: 2, name: 'Place' })).toBeInTheDocument();
    expect(await screen.findByRole('combobox', { name: 'Type of office' })).toBeInTheDocument();
  });
});
