// AccessOptions and RetryAlert, the pieces of ServiceFlow the area personale uses too.
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderPiazza } from '../test-utils/render.js';
import { axeViolations } from '../test-utils/axe.js';
import { SimulatedIdentity, type IdentityProvider } from '../service-contracts/identity.js';
import { AccessOptions } from './AccessOptions.js';
import { RetryAlert } from '../FlowStatus/FlowStatus.js';

const gateway: IdentityProvider = {
  simulated: false,
  spidProviders: [{ id: 'idp1', name: 'Provider Uno' }],
  current: async () => null,
  loginHref: (m, back, idp) => `/login/${m}?back=${back}${idp ? `&idp=${idp}` : ''}`,
};

test('the simulation says so; a simulated SPID sign-in hands the citizen over', async () => {
  const user = userEvent.setup();
  const signedIn = vi.fn();
  const { container } = renderPiazza(
    <AccessOptions
      identity={new SimulatedIdentity()}
      returnTo="/area"
      onSignedIn={signedIn}
      onError={() => undefined}
      headingLevel={3}
    />,
  );
  expect(screen.getByText(/accedi con la tua identità digitale/i)).toBeInTheDocument();
  expect(screen.getByText(/^Simulazione:/)).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Entra con SPID (simulazione)' }));
  expect(signedIn).toHaveBeenCalledWith(expect.objectContaining({ method: 'spid' }));
  expect(await axeViolations(container)).toEqual([]);
});

test('showText={false} leaves the introduction to the page; messages override the texts', () => {
  renderPiazza(
    <AccessOptions
      identity={new SimulatedIdentity()}
      returnTo="/area"
      onSignedIn={() => undefined}
      onError={() => undefined}
      headingLevel={3}
      showText={false}
      messages={{ simulatedCie: 'CIE di prova' }}
    />,
  );
  expect(screen.queryByText(/accedi con la tua identità digitale/i)).toBeNull();
  expect(screen.getByRole('button', { name: 'CIE di prova' })).toBeInTheDocument();
});

test("with the comune's gateway: links to its SPID, CIE and other sign-in pages, back to returnTo", async () => {
  const { container } = renderPiazza(
    <AccessOptions
      identity={gateway}
      returnTo="/area"
      onSignedIn={() => undefined}
      onError={() => undefined}
      headingLevel={2}
    />,
  );
  expect(screen.getByRole('link', { name: 'Altre utenze' })).toHaveAttribute(
    'href',
    '/login/other?back=/area',
  );
  expect([...container.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual([
    '/login/spid?back=/area&idp=idp1',
    '/login/cie?back=/area',
    '/login/other?back=/area',
  ]);
  expect(await axeViolations(container)).toEqual([]);
});

test('RetryAlert is announced as an alert and its button tries again', async () => {
  const user = userEvent.setup();
  const retry = vi.fn();
  renderPiazza(<RetryAlert message="Non è andata." retryLabel="Riprova" onRetry={retry} />);
  expect(screen.getByRole('alert')).toHaveTextContent('Non è andata.');
  await user.click(screen.getByRole('button', { name: 'Riprova' }));
  expect(retry).toHaveBeenCalledTimes(1);
});
