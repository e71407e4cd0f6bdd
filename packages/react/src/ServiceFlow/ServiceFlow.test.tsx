import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderPiazza } from '../test-utils/render.js';
import { axeViolations } from '../test-utils/axe.js';
import { LocalStorageDraftStore } from '../AppointmentBooking/drafts.js';
import { MemoryApplicationsApi } from '../service-contracts/MemoryApplicationsApi.js';
import { SimulatedIdentity } from '../service-contracts/identity.js';
import { SimulatedPayments } from '../service-contracts/payments.js';
import { ServiceFlow, type ServiceFlowDraft } from './ServiceFlow.js';
import { EXAMPLE_SERVICES } from './services.js';
import type { ServiceDefinition } from './definition.js';

const NOW = new Date('2026-02-02T10:00:00+01:00');
const now = () => NOW;
type User = ReturnType<typeof userEvent.setup>;

beforeEach(() => localStorage.clear());

function setup(
  service: ServiceDefinition = EXAMPLE_SERVICES['permessi-e-autorizzazioni'],
  signedIn = false,
) {
  const identity = new SimulatedIdentity({ signedIn });
  const api = new MemoryApplicationsApi({
    now,
    signedIn: () => identity.signedIn,
    maxDays: { [service.id]: service.maxDays },
  });
  const payments = new SimulatedPayments({
    now,
    dues: [
      {
        noticeCode: '301000000000004242',
        description: 'Verbale n. 4242 del 10/01/2026',
        amount: 4200,
        status: 'due',
      },
    ],
  });
  const store = new LocalStorageDraftStore<ServiceFlowDraft>({ now, prefix: 'test:' });
  const user = userEvent.setup();
  const ui = () => (
    <ServiceFlow
      service={service}
      api={api}
      identity={identity}
      payments={payments}
      draftStore={store}
      now={now}
      statusHref="/area-personale/"
      ratingHref="/valuta/"
    />
  );
  const view = renderPiazza(ui());
  return { user, api, identity, payments, store, view, ui };
}

const heading = (name: string) => screen.getByRole('heading', { level: 2, name });
const next = (user: User) => user.click(screen.getByRole('button', { name: 'Avanti' }));
const atStep = (name: string) => waitFor(() => expect(heading(name)).toHaveFocus());

async function signIn(user: User) {
  expect(await screen.findByText(/Simulazione: questo sito dimostrativo non chiede/)).toBeVisible();
  await user.click(screen.getByRole('button', { name: 'Entra con SPID (simulazione)' }));
}
async function privacy(user: User) {
  await screen.findByRole('heading', { level: 2, name: 'Informativa sulla privacy' });
  await user.click(screen.getByRole('checkbox', { name: /Ho letto e compreso/ }));
  await next(user);
  await atStep('Dati generali');
}
async function ztlData(user: User) {
  await user.click(screen.getByRole('radio', { name: 'Residente nella ZTL' }));
  await user.type(screen.getByRole('textbox', { name: /Targa del veicolo/ }), 'AB123CD');
  await next(user);
  await atStep('Pagamento');
}
async function pay(user: User) {
  expect(screen.getByText(/Simulazione: questo è un pagamento finto/)).toBeVisible();
  await user.click(screen.getByRole('button', { name: /^Paga .*con pagoPA$/ }));
  await user.click(
    await screen.findByRole('button', { name: 'Conferma il pagamento (simulazione)' }),
  );
  await screen.findByText(/Pagamento di .* eseguito il 2 febbraio 2026/, { selector: 'p' });
  await next(user);
  await atStep('Riepilogo');
}
async function toRecap(user: User) {
  await signIn(user);
  await privacy(user);
  await next(user);
  await atStep('Preferenze di servizio');
  await ztlData(user);
  await pay(user);
}

describe('ServiceFlow: Permessi e autorizzazioni (ZTL)', () => {
  test('complete: access, privacy, personal data from the identity, data, payment, recap, confirmation', async () => {
    const { user, api } = setup();
    expect(
      screen.getByRole('navigation', { name: 'Passaggi della richiesta' }),
    ).toBeInTheDocument();
    await signIn(user);
    await atStep('Informativa sulla privacy');
    // Without the consent: the error summary, linked to the checkbox.
    await next(user);
    const summary = await screen.findByRole('alert');
    expect(
      within(summary).getByRole('link', { name: /informativa sulla privacy/ }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: /Ho letto e compreso/ }));
    await next(user);
    await atStep('Dati generali');
    // Once-only (CSE.1.5): certified data read-only, contact data editable.
    expect(screen.getByRole('textbox', { name: /Codice fiscale/ })).toHaveValue('RSSMRA85T10A562S');
    expect(screen.getByRole('textbox', { name: /Codice fiscale/ })).toHaveAttribute('readonly');
    expect(screen.getByRole('textbox', { name: /Email/ })).not.toHaveAttribute('readonly');
    await next(user);
    await atStep('Preferenze di servizio');
    // A condition shows a field; its validation applies only while shown.
    await user.click(screen.getByRole('radio', { name: 'Altro motivo' }));
    expect(screen.getByRole('textbox', { name: /Descrivi il motivo/ })).toBeInTheDocument();
    await next(user);
    expect(await screen.findByRole('link', { name: /descrivi il motivo/i })).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Residente nella ZTL' }));
    expect(screen.queryByRole('textbox', { name: /Descrivi il motivo/ })).toBeNull();
    await user.type(screen.getByRole('textbox', { name: /Targa del veicolo/ }), 'AB123CD');
    await next(user);
    await atStep('Pagamento');
    await next(user);
    expect(
      await screen.findByRole('link', { name: 'Per proseguire esegui il pagamento' }),
    ).toBeInTheDocument();
    await pay(user);
    // The recap: every step's values on one screen (CSE.1.4).
    expect(screen.getByText('AB123CD')).toBeInTheDocument();
    expect(screen.getByText('Residente nella ZTL')).toBeInTheDocument();
    expect(screen.getByText('Maria')).toBeInTheDocument();
    expect(screen.getByText(/^30,00\s€$/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Invia' }));
    await waitFor(() => expect(heading('Richiesta inviata')).toHaveFocus());
    const [app] = await api.applications();
    expect(screen.getByText(app!.code)).toBeInTheDocument();
    expect(screen.getByText('2 febbraio 2026')).toBeInTheDocument(); // taken in charge
    expect(screen.getByText('4 marzo 2026')).toBeInTheDocument(); // + 30 days (CSE.1.10)
    const receipt = screen.getByRole('link', { name: 'Scarica la ricevuta' });
    expect(receipt).toHaveAttribute('download', `ricevuta-${app!.code}.txt`);
    expect(decodeURIComponent(receipt.getAttribute('href')!)).toContain(
      'Targa del veicolo: AB123CD',
    );
    expect(screen.getByRole('link', { name: 'Dicci com’è andata' })).toHaveAttribute(
      'href',
      '/valuta/',
    );
    expect(await axeViolations(document.body.firstElementChild as HTMLElement)).toEqual([]);
  });

  test('go back from the recap: "Modifica" opens the step, "Avanti" returns to the recap', async () => {
    const { user } = setup();
    await toRecap(user);
    await user.click(screen.getByRole('button', { name: /Modifica.*Preferenze di servizio/ }));
    await atStep('Preferenze di servizio');
    const targa = screen.getByRole('textbox', { name: /Targa del veicolo/ });
    await user.clear(targa);
    await user.type(targa, 'ZZ999ZZ');
    await next(user);
    await atStep('Riepilogo');
    expect(screen.getByText('ZZ999ZZ')).toBeInTheDocument();
    // The stepper reopens an earlier step too (CSE.1.8).
    await user.click(
      within(screen.getByRole('navigation', { name: 'Passaggi della richiesta' })).getByRole(
        'button',
        { name: /Informativa sulla privacy/ },
      ),
    );
    await atStep('Informativa sulla privacy');
  });

  test('save and resume: the draft is kept at least one year and resumed where it was left', async () => {
    const { user, api, view, ui } = setup();
    await signIn(user);
    await privacy(user);
    await next(user);
    await atStep('Preferenze di servizio');
    await user.type(screen.getByRole('textbox', { name: /Targa del veicolo/ }), 'AB123CD');
    await user.click(screen.getByRole('button', { name: 'Salva richiesta' }));
    expect(
      await screen.findByText(
        /Bozza salvata\. La trovi nella tua area personale fino al 3 febbraio 2027/,
      ),
    ).toBeInTheDocument();
    expect(await api.drafts()).toHaveLength(1);
    // A reload: the flow offers the draft, and resumes at the step with the values.
    view.unmount();
    renderPiazza(ui());
    await user.click(await screen.findByRole('button', { name: 'Riprendi la richiesta' }));
    await atStep('Preferenze di servizio');
    expect(screen.getByRole('textbox', { name: /Targa del veicolo/ })).toHaveValue('AB123CD');
  });

  test('reload without saving: what was typed is kept on this device and offered back', async () => {
    const { user, view, ui } = setup();
    await signIn(user);
    await privacy(user);
    await next(user);
    await atStep('Preferenze di servizio');
    await user.type(screen.getByRole('textbox', { name: /Targa del veicolo/ }), 'XY987ZW');
    view.unmount();
    renderPiazza(ui());
    await user.click(await screen.findByRole('button', { name: 'Riprendi la richiesta' }));
    await atStep('Preferenze di servizio');
    expect(screen.getByRole('textbox', { name: /Targa del veicolo/ })).toHaveValue('XY987ZW');
  });

  test('fail and retry: a failed submission keeps everything and is sent once', async () => {
    const { user, api } = setup();
    await toRecap(user);
    api.failNext('unavailable');
    await user.click(screen.getByRole('button', { name: 'Invia' }));
    expect(
      await screen.findByText(/non è stata inviata per un problema tecnico/),
    ).toBeInTheDocument();
    expect(screen.getByText('AB123CD')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Riprova' }));
    await waitFor(() => expect(heading('Richiesta inviata')).toHaveFocus());
    expect(await api.applications()).toHaveLength(1);
  });

  test('session expired: sign in again and go on where it stopped, nothing lost', async () => {
    const { user, identity, api } = setup();
    await toRecap(user);
    identity.expire();
    await user.click(screen.getByRole('button', { name: 'Invia' }));
    expect(await screen.findByText(/La sessione è scaduta/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Entra con SPID (simulazione)' }));
    await atStep('Riepilogo');
    expect(screen.getByText('AB123CD')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Invia' }));
    await waitFor(() => expect(heading('Richiesta inviata')).toHaveFocus());
    expect(await api.applications()).toHaveLength(1);
  });
});

describe('ServiceFlow: the other flow types', () => {
  test('Pagamenti dovuti: find the fine by its notice code, pay it, get the receipt', async () => {
    const { user, api } = setup(EXAMPLE_SERVICES['pagamenti-dovuti'], true);
    await privacy(user);
    await next(user);
    await atStep('Dati specifici del servizio');
    const code = screen.getByRole('textbox', { name: /Codice avviso/ });
    await user.type(code, '111{Enter}');
    expect(await screen.findByText(/Nessun avviso con questo codice/)).toBeInTheDocument();
    await user.clear(code);
    await user.type(code, '301000000000004242');
    await user.click(screen.getByRole('button', { name: 'Cerca' }));
    expect(
      await screen.findByText(/Trovato: Verbale n\. 4242.*42,00/, { selector: 'p' }),
    ).toBeInTheDocument();
    await next(user);
    await atStep('Pagamento');
    await pay(user);
    await user.click(screen.getByRole('button', { name: 'Invia' }));
    await waitFor(() => expect(heading('Richiesta inviata')).toHaveFocus());
    expect(await api.applications()).toHaveLength(1);
  });

  test('Vantaggi economici: three steps, the request for another person in "Dati generali"', async () => {
    const { user } = setup(EXAMPLE_SERVICES['vantaggi-economici'], true);
    const steps = within(
      screen.getByRole('navigation', { name: 'Passaggi della richiesta' }),
    ).getAllByRole('listitem');
    expect(steps.map((s) => s.textContent)).toEqual([
      expect.stringContaining('Informativa sulla privacy'),
      expect.stringContaining('Dati generali'),
      expect.stringContaining('Riepilogo'),
    ]);
    await privacy(user);
    await user.click(screen.getByRole('radio', { name: /Per un’altra persona/ }));
    await user.type(
      screen.getByRole('textbox', { name: /Nome e cognome della persona/ }),
      'Luca Rossi',
    );
    await user.type(
      screen.getByRole('textbox', { name: /Codice fiscale della persona/ }),
      'RSSMRA85T10A562S',
    );
    await user.type(screen.getByRole('textbox', { name: /IBAN/ }), 'IT60X0542811101000000123456');
    await next(user);
    await atStep('Riepilogo');
    expect(screen.getByText('Luca Rossi')).toBeInTheDocument();
  });

  test('a definition that cannot work is refused, naming the field', () => {
    const bad = { ...EXAMPLE_SERVICES['servizi-a-pagamento'], payment: undefined };
    expect(() => setup(bad)).toThrow(/service\.payment.*servizi-a-pagamento/);
    const twice = {
      ...EXAMPLE_SERVICES['vantaggi-economici'],
      fields: [{ kind: 'text' as const, name: 'email', label: 'Email' }],
    };
    expect(() => setup(twice)).toThrow(/service\.fields\[0\]\.name/);
  });
});

describe('ServiceFlow: after the submission', () => {
  test('Domande con graduatoria: an admitted request is completed (perfezionamento)', async () => {
    const service = EXAMPLE_SERVICES['domande-con-graduatoria'];
    const identity = new SimulatedIdentity({ signedIn: true });
    const api = new MemoryApplicationsApi({ now, signedIn: () => identity.signedIn });
    const admitted = await api.submit({
      serviceId: service.id,
      serviceName: service.name,
      values: {},
      idempotencyKey: 'first',
    });
    const user = userEvent.setup();
    renderPiazza(
      <ServiceFlow
        service={service}
        completes={admitted.code}
        api={api}
        identity={identity}
        draftStore={null}
        statusHref="/area-personale/"
      />,
    );
    await screen.findByRole('heading', { level: 2, name: 'Perfeziona la domanda' });
    await user.click(screen.getByRole('radio', { name: 'Sì, accetto il posto' }));
    await next(user);
    expect(
      await screen.findByRole('link', { name: /certificato delle vaccinazioni/i }),
    ).toBeInTheDocument();
    await user.upload(
      screen.getByLabelText(/Certificato delle vaccinazioni/),
      new File(['%PDF'], 'vaccini.pdf', { type: 'application/pdf' }),
    );
    await next(user);
    await atStep('Riepilogo');
    await user.click(screen.getByRole('button', { name: 'Invia' }));
    await waitFor(() => expect(heading('Richiesta inviata')).toHaveFocus());
    const after = await api.status(admitted.code);
    expect(after.stages.at(-1)).toMatchObject({
      label: 'Perfezionamento inviato',
      state: 'current',
    });
  });

  test('back from pagoPA: the pending payment of the draft is checked and shown as paid', async () => {
    const identity = new SimulatedIdentity({ signedIn: true });
    const api = new MemoryApplicationsApi({ now });
    const outcome = vi.fn(async (paymentId: string) => ({
      paymentId,
      status: 'paid' as const,
      amount: 3000,
      paidAt: '2026-02-02T10:05:00+01:00',
    }));
    const payments = {
      simulated: false,
      findDue: vi.fn(),
      payments: vi.fn(),
      checkout: vi.fn(),
      outcome,
    };
    renderPiazza(
      <ServiceFlow
        service={EXAMPLE_SERVICES['permessi-e-autorizzazioni']}
        api={api}
        identity={identity}
        payments={payments}
        draftStore={null}
        statusHref="/area-personale/"
        initialDraft={{
          at: 'payment',
          reached: ['privacy', 'personal', 'specific', 'payment'],
          values: { privacy: true, motivo: 'residente', targa: 'AB123CD' },
          payment: { paymentId: 'PAY-9', status: 'pending', amount: 3000 },
        }}
      />,
    );
    expect(
      await screen.findByText(/Pagamento di .* eseguito il 2 febbraio 2026/, { selector: 'p' }),
    ).toBeInTheDocument();
    expect(outcome).toHaveBeenCalledWith('PAY-9', expect.any(AbortSignal));
  });
});
