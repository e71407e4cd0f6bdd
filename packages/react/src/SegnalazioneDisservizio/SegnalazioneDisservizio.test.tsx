import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderPiazza } from '../test-utils/render.js';
import { MemoryApplicationsApi } from '../service-contracts/MemoryApplicationsApi.js';
import { SimulatedIdentity } from '../service-contracts/identity.js';
import { SegnalazioneDisservizio } from './SegnalazioneDisservizio.js';

beforeEach(() => localStorage.clear());

test('a report: conditions, category, place, description, a photo, recap, confirmation with a code', async () => {
  const identity = new SimulatedIdentity({ signedIn: true });
  const api = new MemoryApplicationsApi({ signedIn: () => identity.signedIn });
  const user = userEvent.setup();
  renderPiazza(
    <SegnalazioneDisservizio
      api={api}
      identity={identity}
      privacyHref="/privacy/"
      statusHref="/area-personale/"
    />,
  );
  const nav = screen.getByRole('navigation', { name: 'Passaggi della richiesta' });
  expect(
    within(nav)
      .getAllByRole('listitem')
      .map((li) => li.textContent),
  ).toEqual([
    expect.stringContaining('Autorizzazioni e condizioni'),
    expect.stringContaining('Dati di segnalazione'),
    expect.stringContaining('Riepilogo'),
  ]);
  await user.click(await screen.findByRole('checkbox', { name: /Ho letto e compreso/ }));
  await user.click(screen.getByRole('button', { name: 'Avanti' }));
  await waitFor(() =>
    expect(screen.getByRole('heading', { level: 2, name: 'Dati di segnalazione' })).toHaveFocus(),
  );
  await user.selectOptions(
    screen.getByRole('combobox', { name: /Categoria/ }),
    'Illuminazione pubblica',
  );
  await user.type(screen.getByRole('textbox', { name: /Luogo/ }), 'Via Roma 12');
  await user.type(screen.getByRole('textbox', { name: /Titolo/ }), 'Lampione spento');
  await user.type(screen.getByRole('textbox', { name: /Descrizione/ }), 'Spento da una settimana');
  await user.upload(
    screen.getByLabelText(/Foto/),
    new File(['x'], 'lampione.jpg', { type: 'image/jpeg' }),
  );
  expect((await screen.findAllByText(/lampione\.jpg/)).length).toBeGreaterThan(0);
  await user.click(screen.getByRole('button', { name: 'Avanti' }));
  await waitFor(() =>
    expect(screen.getByRole('heading', { level: 2, name: 'Riepilogo' })).toHaveFocus(),
  );
  expect(screen.getByText('Lampione spento')).toBeInTheDocument();
  expect(screen.getByText('lampione.jpg')).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Invia' }));
  await waitFor(() =>
    expect(screen.getByRole('heading', { level: 2, name: 'Richiesta inviata' })).toHaveFocus(),
  );
  const [report] = await api.applications();
  expect(report!.serviceName).toBe('Segnalazione disservizio');
  expect(screen.getByText(report!.code)).toBeInTheDocument();
});
