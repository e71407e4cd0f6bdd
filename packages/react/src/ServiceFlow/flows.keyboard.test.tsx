// The five scenarios of every flow type and of the segnalazione, driven with user-event from
// the keyboard (controls focused, then Enter / Space / typing): complete, go back from the
// recap, save and resume, fail and retry, session expired.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { renderPiazza } from '../test-utils/render.js';
import { LocalStorageDraftStore } from '../AppointmentBooking/drafts.js';
import { MemoryApplicationsApi } from '../service-contracts/MemoryApplicationsApi.js';
import { SimulatedIdentity } from '../service-contracts/identity.js';
import { SimulatedPayments } from '../service-contracts/payments.js';
import { SegnalazioneDisservizio } from '../SegnalazioneDisservizio/SegnalazioneDisservizio.js';
import { ServiceFlow, type ServiceFlowDraft } from './ServiceFlow.js';
import { EXAMPLE_SERVICES } from './services.js';

const now = () => new Date('2026-02-02T10:00:00+01:00');
type User = ReturnType<typeof userEvent.setup>;

beforeEach(() => localStorage.clear());

const press = async (user: User, el: HTMLElement, key = '{Enter}') => {
  el.focus();
  await user.keyboard(key);
};
const typeIn = async (user: User, name: RegExp, text: string) => {
  const el = screen.getByRole('textbox', { name });
  el.focus();
  await user.keyboard(text);
};

interface Case {
  name: string;
  /** Fills the service's own fields; returns a value the recap must show. */
  fill: (user: User) => Promise<string>;
  ui: (deps: Deps) => ReactElement;
}
interface Deps {
  api: MemoryApplicationsApi;
  identity: SimulatedIdentity;
  payments: SimulatedPayments;
  store: LocalStorageDraftStore<ServiceFlowDraft>;
}

const flow = (type: keyof typeof EXAMPLE_SERVICES) => (d: Deps) => (
  <ServiceFlow
    service={EXAMPLE_SERVICES[type]}
    api={d.api}
    identity={d.identity}
    payments={d.payments}
    draftStore={d.store}
    now={now}
    statusHref="/area-personale/"
  />
);

const CASES: Case[] = [
  {
    name: 'Permessi e autorizzazioni',
    ui: flow('permessi-e-autorizzazioni'),
    fill: async (user) => {
      await press(user, screen.getByRole('radio', { name: 'Residente nella ZTL' }), ' ');
      await typeIn(user, /Targa/, 'AB123CD');
      return 'AB123CD';
    },
  },
  {
    name: 'Domande con graduatoria',
    ui: flow('domande-con-graduatoria'),
    fill: async (user) => {
      await typeIn(user, /Nome e cognome del bambino/, 'Giulia Rossi');
      await typeIn(user, /Codice fiscale del bambino/, 'RSSMRA85T10A562S');
      await user.selectOptions(screen.getByRole('combobox', { name: /Asilo nido/ }), 'girasole');
      return 'Giulia Rossi';
    },
  },
  {
    name: 'Servizi a pagamento',
    ui: flow('servizi-a-pagamento'),
    fill: async (user) => {
      await typeIn(user, /Nome e cognome dell'alunno/, 'Paolo Rossi');
      await user.selectOptions(screen.getByRole('combobox', { name: /Scuola/ }), 'dante');
      await press(user, screen.getByRole('radio', { name: 'Nessuna esigenza' }), ' ');
      return 'Paolo Rossi';
    },
  },
  {
    name: 'Vantaggi economici',
    ui: flow('vantaggi-economici'),
    fill: async (user) => {
      await press(user, screen.getByRole('radio', { name: 'Per me' }), ' ');
      await typeIn(user, /IBAN/, 'IT60X0542811101000000123456');
      return 'IT60X0542811101000000123456';
    },
  },
  {
    name: 'Pagamenti dovuti',
    ui: flow('pagamenti-dovuti'),
    fill: async (user) => {
      await typeIn(user, /Codice avviso/, '301000000000004242{Enter}');
      await screen.findByText(/Trovato: Verbale/, { selector: 'p' });
      return 'Verbale n. 4242 del 10/01/2026';
    },
  },
  {
    name: 'Segnalazione disservizio',
    ui: (d) => (
      <SegnalazioneDisservizio
        api={d.api}
        identity={d.identity}
        draftStore={d.store}
        now={now}
        privacyHref="/privacy/"
        statusHref="/area-personale/"
      />
    ),
    fill: async (user) => {
      await user.selectOptions(screen.getByRole('combobox', { name: /Categoria/ }), 'Segnaletica');
      await typeIn(user, /Luogo/, 'Piazza Garibaldi');
      await typeIn(user, /Titolo/, 'Cartello divelto');
      const d = screen.getByRole('textbox', { name: /Descrizione/ });
      d.focus();
      await user.keyboard('Il cartello di stop è a terra');
      return 'Cartello divelto';
    },
  },
];

const h2 = () => screen.getAllByRole('heading', { level: 2 })[0]!;
const current = async (name?: string) => {
  await waitFor(() => {
    expect(document.activeElement?.tagName).toBe('H2');
    if (name) expect(document.activeElement).toHaveTextContent(name);
  });
  return document.activeElement!.textContent ?? '';
};
const forward = (user: User) => press(user, screen.getByRole('button', { name: 'Avanti' }));

function setup(c: Case) {
  const identity = new SimulatedIdentity();
  const deps: Deps = {
    identity,
    api: new MemoryApplicationsApi({ now, signedIn: () => identity.signedIn }),
    payments: new SimulatedPayments({
      now,
      dues: [
        {
          noticeCode: '301000000000004242',
          description: 'Verbale n. 4242 del 10/01/2026',
          amount: 4200,
          status: 'due',
        },
      ],
    }),
    store: new LocalStorageDraftStore<ServiceFlowDraft>({ now, prefix: 'kb:' }),
  };
  const user = userEvent.setup();
  const view = renderPiazza(c.ui(deps));
  return { user, view, ...deps, again: () => renderPiazza(c.ui(deps)) };
}

async function signIn(user: User) {
  await press(user, await screen.findByRole('button', { name: 'Entra con SPID (simulazione)' }));
}

/** Walks every step up to `stop` (or the recap), filling each; returns the recap's marker. */
async function walk(user: User, c: Case, stop?: (title: string) => boolean): Promise<string> {
  let marker = '';
  let title = await current();
  while (title !== 'Riepilogo' && !stop?.(title)) {
    if (title === 'Informativa sulla privacy' || title === 'Autorizzazioni e condizioni') {
      await press(user, screen.getByRole('checkbox', { name: /Ho letto e compreso/ }), ' ');
    } else if (title === 'Pagamento') {
      await press(user, screen.getByRole('button', { name: /^Paga .*con pagoPA$/ }));
      await press(user, await screen.findByRole('button', { name: /Conferma il pagamento/ }));
      await screen.findByText(/eseguito il/, { selector: 'p' });
    } else if (title !== 'Dati generali' || c.name === 'Vantaggi economici') {
      marker = await c.fill(user);
    }
    await forward(user);
    const next = await waitFor(() => {
      const t = document.activeElement?.textContent ?? '';
      expect(document.activeElement?.tagName).toBe('H2');
      expect(t).not.toBe(title);
      return t;
    });
    title = next;
  }
  return marker;
}

async function send(user: User) {
  await press(user, screen.getByRole('button', { name: 'Invia' }));
  await current('Richiesta inviata');
}

describe.each(CASES)('$name, by keyboard', (c) => {
  test('complete: every step, the recap, the confirmation with the code', async () => {
    const { user, api } = setup(c);
    await signIn(user);
    const marker = await walk(user, c);
    expect(screen.getByText(marker)).toBeInTheDocument();
    await send(user);
    const [sent] = await api.applications();
    expect(screen.getByText(sent!.code)).toBeInTheDocument();
  });

  test('go back from the recap and return to it', async () => {
    const { user } = setup(c);
    await signIn(user);
    await walk(user, c);
    const edit = screen.getAllByRole('button', { name: /^Modifica/ })[0]!;
    await press(user, edit);
    const title = await current();
    expect(title).not.toBe('Riepilogo');
    await forward(user);
    await current('Riepilogo');
  });

  test('save and resume after a reload', async () => {
    const { user, view, again } = setup(c);
    await signIn(user);
    await walk(
      user,
      c,
      (t) => t !== 'Informativa sulla privacy' && t !== 'Autorizzazioni e condizioni',
    );
    const at = h2().textContent;
    await press(user, screen.getByRole('button', { name: 'Salva richiesta' }));
    expect(await screen.findByText(/Bozza salvata/)).toBeInTheDocument();
    view.unmount();
    again();
    await press(user, await screen.findByRole('button', { name: 'Riprendi la richiesta' }));
    await current(at!);
  });

  test('fail and retry: sent once', async () => {
    const { user, api } = setup(c);
    await signIn(user);
    await walk(user, c);
    api.failNext('unavailable');
    await press(user, screen.getByRole('button', { name: 'Invia' }));
    await press(user, await screen.findByRole('button', { name: 'Riprova' }));
    await current('Richiesta inviata');
    expect(await api.applications()).toHaveLength(1);
  });

  test('session expired: sign in again, nothing lost', async () => {
    const { user, api, identity } = setup(c);
    await signIn(user);
    const marker = await walk(user, c);
    identity.expire();
    await press(user, screen.getByRole('button', { name: 'Invia' }));
    expect(await screen.findByText(/La sessione è scaduta/)).toBeInTheDocument();
    await signIn(user);
    await current('Riepilogo');
    expect(within(document.body).getByText(marker)).toBeInTheDocument();
    await send(user);
    expect(await api.applications()).toHaveLength(1);
  });
});
