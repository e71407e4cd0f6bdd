import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { axeViolations } from '../test-utils/axe.js';
import { renderPiazza } from '../test-utils/render.js';
import { PiazzaProvider } from '../intl/PiazzaProvider.js';
import { ServiceError } from '../service-contracts/errors.js';
import { LocalStorageDraftStore } from '../AppointmentBooking/drafts.js';
import { EXAMPLE_ASSISTANCE_CATEGORIES as CATEGORIES } from './RichiestaAssistenza.examples.js';
import { MemoryAssistanceProvider } from './MemoryAssistanceProvider.js';
import { RichiestaAssistenza } from './RichiestaAssistenza.js';
import { isAssistanceDraft, type AssistanceDraft } from './draft.js';
import type { AssistanceProvider, AssistanceRequest } from './types.js';

beforeEach(() => localStorage.clear());

const field = (name: RegExp) => screen.getByRole('textbox', { name });

/** Fills the whole form by keyboard, from the first field on. */
async function fillByKeyboard(user: ReturnType<typeof userEvent.setup>) {
  await user.tab(); // "Accedi" when there is a login link, else the name
  if (!(document.activeElement instanceof HTMLInputElement)) await user.tab();
  expect(field(/^Nome/)).toHaveFocus();
  await user.keyboard('Maria');
  await user.tab();
  await user.keyboard('Rossi');
  await user.tab();
  await user.keyboard('maria.rossi@example.it');
  await user.tab();
  const category = screen.getByRole('combobox', { name: /Categoria di servizio/ });
  expect(category).toHaveFocus();
  await user.selectOptions(category, 'Anagrafe e stato civile');
  await user.tab();
  const service = screen.getByRole('combobox', { name: /^Servizio/ });
  expect(service).toHaveFocus();
  await user.selectOptions(service, 'Cambio di residenza');
  await user.tab();
  expect(field(/Dettagli/)).toHaveFocus();
  await user.keyboard('Quando arriva la conferma del cambio?');
  await user.tab(); // the privacy notice link
  expect(screen.getByRole('link', { name: 'informativa sulla privacy' })).toHaveFocus();
  await user.tab();
  expect(screen.getByRole('checkbox', { name: /Ho letto e compreso/ })).toHaveFocus();
  await user.keyboard(' ');
  await user.tab();
  expect(screen.getByRole('button', { name: 'Invia' })).toHaveFocus();
}

test('by keyboard only: who, what, privacy, send; the confirmation takes focus and shows the code', async () => {
  const provider = new MemoryAssistanceProvider({ now: () => new Date('2026-03-02T10:15:00Z') });
  const onSent = vi.fn();
  const user = userEvent.setup();
  const { container } = renderPiazza(
    <RichiestaAssistenza
      provider={provider}
      categories={CATEGORIES}
      privacyHref="/privacy/"
      loginHref="/area-personale/"
      onSent={onSent}
    />,
  );
  expect(screen.getByRole('heading', { level: 2, name: 'Richiedente' })).toBeInTheDocument();
  expect(screen.getByRole('heading', { level: 2, name: 'Richiesta' })).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'Accedi' })).toHaveAttribute('href', '/area-personale/');
  await fillByKeyboard(user);
  await user.keyboard('{Enter}');
  const heading = await screen.findByRole('heading', { level: 2, name: 'Richiesta inviata' });
  await waitFor(() => expect(heading).toHaveFocus());
  expect(provider.requests).toEqual([
    expect.objectContaining({
      name: 'Maria',
      surname: 'Rossi',
      email: 'maria.rossi@example.it',
      categoryId: 'anagrafe-e-stato-civile',
      serviceId: 'cambio-di-residenza',
      message: 'Quando arriva la conferma del cambio?',
      privacyAccepted: true,
      code: 'AS-2026-000001',
    }),
  ]);
  expect(screen.getByText('AS-2026-000001')).toBeInTheDocument();
  expect(screen.getByText(/maria\.rossi@example\.it/)).toBeInTheDocument();
  expect(screen.getByText('Anagrafe e stato civile — Cambio di residenza')).toBeInTheDocument();
  expect(screen.getByText(/^2 marzo 2026\D+11:15$/)).toBeInTheDocument();
  expect(onSent).toHaveBeenCalledTimes(1);
  expect(await axeViolations(container)).toEqual([]);
  // Sent: the draft is gone.
  await waitFor(() => expect(localStorage.length).toBe(0));
});

test('errors: the summary takes focus, lists every field in order, and its links focus the field', async () => {
  const user = userEvent.setup();
  const provider = new MemoryAssistanceProvider();
  const { container } = renderPiazza(
    <RichiestaAssistenza provider={provider} categories={CATEGORIES} privacyHref="/privacy/" />,
  );
  await user.type(screen.getByRole('textbox', { name: /^Email/ }), 'not-an-email');
  await user.click(screen.getByRole('button', { name: 'Invia' }));
  const summary = screen.getByRole('alert');
  expect(summary).toHaveFocus();
  expect(
    within(summary)
      .getAllByRole('link')
      .map((a) => a.textContent),
  ).toEqual([
    'Inserisci il nome',
    'Inserisci il cognome',
    'Inserisci un indirizzo email valido, ad esempio nome@esempio.it',
    'Seleziona la categoria di servizio',
    'Inserisci i dettagli della richiesta',
    'Conferma di aver letto l’informativa sulla privacy',
  ]);
  expect(field(/^Cognome/)).toHaveAttribute('aria-invalid', 'true');
  expect(await axeViolations(container)).toEqual([]);
  await user.click(within(summary).getByRole('link', { name: 'Inserisci il cognome' }));
  expect(field(/^Cognome/)).toHaveFocus();
  // A category with services asks for the service too.
  await user.selectOptions(
    screen.getByRole('combobox', { name: /Categoria/ }),
    'Tributi, finanze e contravvenzioni',
  );
  await user.click(screen.getByRole('button', { name: 'Invia' }));
  expect(
    within(screen.getByRole('alert')).getByRole('link', { name: 'Seleziona il servizio' }),
  ).toBeInTheDocument();
  // An office alone has no service to choose.
  await user.selectOptions(
    screen.getByRole('combobox', { name: /Categoria/ }),
    'Ufficio relazioni con il pubblico',
  );
  expect(screen.queryByRole('combobox', { name: /^Servizio/ })).not.toBeInTheDocument();
  expect(provider.requests).toEqual([]);
});

test('what was typed is kept as a draft and restored on the next visit, with a way to clear it', async () => {
  const user = userEvent.setup();
  const store = new LocalStorageDraftStore<AssistanceDraft>();
  const props = {
    provider: new MemoryAssistanceProvider(),
    categories: CATEGORIES,
    privacyHref: '/privacy/',
    draftStore: store,
  };
  const first = renderPiazza(<RichiestaAssistenza {...props} />);
  await user.type(field(/^Nome/), 'Luca');
  await user.selectOptions(screen.getByRole('combobox', { name: /Categoria/ }), 'tributi');
  await user.selectOptions(screen.getByRole('combobox', { name: /^Servizio/ }), 'tari');
  await user.type(field(/Dettagli/), 'Bolletta doppia');
  first.unmount();

  renderPiazza(<RichiestaAssistenza {...props} />);
  await waitFor(() => expect(field(/^Nome/)).toHaveValue('Luca'));
  expect(screen.getByRole('combobox', { name: /^Servizio/ })).toHaveValue('tari');
  expect(field(/Dettagli/)).toHaveValue('Bolletta doppia');
  expect(screen.getByRole('status')).toHaveTextContent(/Abbiamo ripristinato i dati/);
  await user.click(screen.getByRole('button', { name: 'Svuota il modulo' }));
  expect(field(/^Nome/)).toHaveValue('');
  expect(field(/^Nome/)).toHaveFocus();
  expect(screen.getByRole('status')).toHaveTextContent('Modulo svuotato.');
  await waitFor(async () => expect((await store.load('richiesta-assistenza')).status).toBe('none'));
});

test('a failed submission keeps everything, says so, and a retry sends the same idempotency key', async () => {
  const user = userEvent.setup();
  const calls: AssistanceRequest[] = [];
  let fail = true;
  const provider: AssistanceProvider = {
    submit: async (r) => {
      calls.push(r);
      if (fail) throw new ServiceError('unavailable', 'POST /requests: no answer in 30000 ms');
      return { code: 'AS-9', receivedAt: '2026-03-02T10:15:00Z' };
    },
  };
  renderPiazza(
    <RichiestaAssistenza provider={provider} categories={CATEGORIES} privacyHref="/privacy/" />,
  );
  await fillByKeyboard(user);
  await user.keyboard('{Enter}');
  expect(await screen.findByRole('alert')).toHaveTextContent(
    /Non è stato possibile inviare la richiesta/,
  );
  expect(field(/^Nome/)).toHaveValue('Maria');
  expect(field(/Dettagli/)).toHaveValue('Quando arriva la conferma del cambio?');
  fail = false;
  await user.click(screen.getByRole('button', { name: 'Riprova' }));
  expect(await screen.findByText('AS-9')).toBeInTheDocument();
  expect(calls).toHaveLength(2);
  expect(calls[1]!.idempotencyKey).toBe(calls[0]!.idempotencyKey);
});

test('a request refused as invalid is reported as such, and the data stays', async () => {
  const user = userEvent.setup();
  const provider: AssistanceProvider = {
    submit: () => Promise.reject(new ServiceError('invalid', 'POST /requests: HTTP 422')),
  };
  renderPiazza(
    <RichiestaAssistenza provider={provider} categories={CATEGORIES} privacyHref="/privacy/" />,
  );
  await fillByKeyboard(user);
  await user.keyboard('{Enter}');
  expect(await screen.findByRole('alert')).toHaveTextContent(/non è stata accettata/);
  expect(field(/^Cognome/)).toHaveValue('Rossi');
});

test('while sending, the state is announced and a second Enter does not send twice', async () => {
  const user = userEvent.setup();
  let release: () => void = () => undefined;
  const submit = vi.fn(
    () =>
      new Promise<{ code: string; receivedAt: string }>((resolve) => {
        release = () => resolve({ code: 'AS-1', receivedAt: '2026-03-02T10:15:00Z' });
      }),
  );
  const { container } = renderPiazza(
    <RichiestaAssistenza provider={{ submit }} categories={CATEGORIES} privacyHref="/privacy/" />,
  );
  await fillByKeyboard(user);
  await user.keyboard('{Enter}');
  expect(screen.getByRole('status')).toHaveTextContent('Invio della richiesta in corso…');
  expect(container.firstElementChild).toHaveAttribute('data-state', 'sending');
  await user.keyboard('{Enter}');
  expect(submit).toHaveBeenCalledTimes(1);
  await act(async () => release());
  expect(await screen.findByText('AS-1')).toBeInTheDocument();
});

test('English texts, and the server renders the form', () => {
  const html = renderToString(
    <PiazzaProvider locale="en">
      <RichiestaAssistenza
        provider={new MemoryAssistanceProvider()}
        categories={CATEGORIES}
        privacyHref="/privacy/"
      />
    </PiazzaProvider>,
  );
  expect(html).toContain('Applicant');
  expect(html).toContain('Service category');
  expect(html).toContain('I have read and understood the privacy notice');
});

test('before the script runs, the server-rendered form cannot be sent (a static server answers 405 to a POST), nor put what is typed in the address', () => {
  const html = renderToString(
    <RichiestaAssistenza
      provider={new MemoryAssistanceProvider()}
      categories={CATEGORIES}
      privacyHref="/privacy/"
    />,
  );
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const form = doc.querySelector('form')!;
  expect(form.hasAttribute('method')).toBe(false);
  expect(form.hasAttribute('action')).toBe(false);
  // nothing submits it: no submit button (so no implicit submission either, with several fields)
  expect(form.querySelectorAll('button:not([type="button"]), input[type="submit"]')).toHaveLength(
    0,
  );
  const send = doc.querySelector('button.btn-primary')!;
  expect(send.textContent).toBe('Invia');
  expect(send.getAttribute('aria-disabled')).toBe('true');
  // no field would travel in the address: none has a name
  expect(form.querySelectorAll('[name]')).toHaveLength(0);
});

test('what was typed before the script ran is taken over on hydration, saved as a draft and sent', async () => {
  const { hydrateRoot } = await import('react-dom/client');
  const store = new LocalStorageDraftStore<AssistanceDraft>();
  const provider = new MemoryAssistanceProvider();
  const ui = (
    <RichiestaAssistenza
      id="a"
      provider={provider}
      categories={CATEGORIES}
      privacyHref="/privacy/"
      draftStore={store}
    />
  );
  const container = document.createElement('div');
  container.innerHTML = renderToString(ui);
  document.body.append(container);
  // typed into the server's markup, as the browser does before any script: no React event
  const set = (id: string, value: string) => {
    (container.querySelector(`#${id}`) as HTMLInputElement).value = value;
  };
  set('a-name', 'Maria');
  set('a-surname', 'Rossi');
  set('a-email', 'maria.rossi@example.it');
  set('a-category', 'tributi');
  set('a-message', 'Bolletta doppia');
  (container.querySelector('#a-privacy') as HTMLInputElement).checked = true;
  const root = await act(async () => hydrateRoot(container, ui));
  try {
    expect(screen.getByRole('textbox', { name: /^Nome/ })).toHaveValue('Maria');
    expect(screen.getByRole('textbox', { name: /Dettagli/ })).toHaveValue('Bolletta doppia');
    // the category chosen shows its services: the form follows what the fields hold
    const service = screen.getByRole('combobox', { name: /^Servizio/ });
    await waitFor(async () => {
      const d = await store.load('richiesta-assistenza', isAssistanceDraft);
      expect(d.status === 'found' && d.data.name).toBe('Maria');
    });
    const user = userEvent.setup();
    await user.selectOptions(service, 'tari');
    await user.click(screen.getByRole('button', { name: 'Invia' }));
    await screen.findByRole('heading', { name: 'Richiesta inviata' });
    expect(provider.requests).toEqual([
      expect.objectContaining({
        name: 'Maria',
        surname: 'Rossi',
        email: 'maria.rossi@example.it',
        categoryId: 'tributi',
        serviceId: 'tari',
        message: 'Bolletta doppia',
      }),
    ]);
  } finally {
    act(() => root.unmount());
    container.remove();
  }
});

test('a field changed without reaching the state (e.g. an autofill) is sent as the field shows it', async () => {
  const provider = new MemoryAssistanceProvider();
  const user = userEvent.setup();
  renderPiazza(
    <RichiestaAssistenza
      provider={provider}
      categories={CATEGORIES}
      privacyHref="/privacy/"
      draftStore={null}
    />,
  );
  await user.type(field(/^Nome/), 'Maria');
  await user.type(field(/^Cognome/), 'Rossi');
  await user.selectOptions(screen.getByRole('combobox', { name: /Categoria/ }), 'urp');
  await user.type(field(/Dettagli/), 'Una domanda');
  await user.click(screen.getByRole('checkbox', { name: /Ho letto e compreso/ }));
  // set as the browser does, with no event React hears
  (field(/^Email/) as HTMLInputElement).value = 'maria.rossi@example.it';
  await user.click(screen.getByRole('button', { name: 'Invia' }));
  await screen.findByRole('heading', { name: 'Richiesta inviata' });
  expect(provider.requests[0]).toEqual(
    expect.objectContaining({ email: 'maria.rossi@example.it', categoryId: 'urp' }),
  );
});

test('bad props are named', () => {
  const bad = (props: object) => () =>
    renderToString(
      <RichiestaAssistenza
        provider={new MemoryAssistanceProvider()}
        categories={CATEGORIES}
        privacyHref="/privacy/"
        {...props}
      />,
    );
  expect(bad({ categories: [] })).toThrow(/"categories" must list at least one category/);
  expect(
    bad({
      categories: [
        { id: 'a', name: 'A' },
        { id: 'a', name: 'B' },
      ],
    }),
  ).toThrow(/"categories\[1\]\.id" is repeated/);
  expect(bad({ provider: {} })).toThrow(/"provider" must be an AssistanceProvider/);
});
