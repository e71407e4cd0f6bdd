// Every React island hydrates inside an error boundary: an island that throws (while hydrating or
// later) leaves its server-rendered markup usable and an announced alert that says what happened.
import { screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { renderToString } from 'react-dom/server';
import { PiazzaProvider } from '@piazza/react/intl';
import { hydrateIslands } from './hydrate.js';

let client = false;

/** Renders on the server; throws in the browser when `explode` (a bug, bad data). */
function Fragile({ explode }: { explode: 'hydrate' | 'click' | 'never' }) {
  const [clicked, setClicked] = useState(false);
  if (client && (explode === 'hydrate' || (explode === 'click' && clicked))) {
    throw new RangeError('Invalid time value');
  }
  return (
    <section>
      <h2>Prenota un appuntamento</h2>
      <p>
        Oppure chiama il <a href="tel:+390600001000">centralino</a>.
      </p>
      <button type="button" onClick={() => setClicked(true)}>
        Avanti
      </button>
    </section>
  );
}

/** The page as the build writes it: the island's server markup and its props. */
function page(props: { explode: 'hydrate' | 'click' | 'never' }, name = 'fragile') {
  client = false;
  const html = renderToString(
    <PiazzaProvider>
      <Fragile {...props} />
    </PiazzaProvider>,
    { identifierPrefix: 'pz-i1-' },
  );
  document.body.innerHTML =
    `<div data-island="${name}" data-island-id="pz-i1">${html}</div>` +
    `<script type="application/json" id="pz-i1-props">${JSON.stringify(props)}</script>`;
  client = true;
  return document.querySelector<HTMLElement>(`[data-island="${name}"]`)!;
}

/** Hydrates, failing the test instead of hanging if the island never commits. */
async function hydrate(name = 'fragile') {
  let timer: ReturnType<typeof setTimeout> | undefined;
  await Promise.race([
    hydrateIslands(name, Fragile),
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error('the island never committed')), 2000);
    }),
  ]);
  clearTimeout(timer);
}

const ALERT = 'Questa parte della pagina non funziona come dovrebbe';

// The islands hydrate as in a browser, not inside React's test `act` queue.
const flag = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
let actEnvironment: boolean | undefined;
beforeAll(() => {
  actEnvironment = flag.IS_REACT_ACT_ENVIRONMENT;
  flag.IS_REACT_ACT_ENVIRONMENT = false;
});
afterAll(() => {
  flag.IS_REACT_ACT_ENVIRONMENT = actEnvironment;
});

describe('island error boundary', () => {
  let errors: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => {
    errors.mockRestore();
    document.body.innerHTML = '';
  });

  test('an island that throws while hydrating keeps its server markup and says so', async () => {
    const el = page({ explode: 'hydrate' });
    await hydrate();
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(ALERT);
    expect(alert).toHaveTextContent('Ricarica la pagina per riprovare');
    // the server's content is still there and usable
    expect(screen.getByRole('heading', { name: 'Prenota un appuntamento' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'centralino' })).toHaveAttribute(
      'href',
      'tel:+390600001000',
    );
    expect(el).toHaveAttribute('data-island-failed', 'true');
    expect(errors).toHaveBeenCalled();
  });

  test('an island that throws later (on a click) does the same', async () => {
    const el = page({ explode: 'click' });
    await hydrate();
    expect(screen.queryByRole('alert')).toBeNull();
    screen.getByRole('button', { name: 'Avanti' }).click();
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent(ALERT));
    expect(screen.getByRole('link', { name: 'centralino' })).toBeInTheDocument();
    expect(el).toHaveAttribute('data-island-failed', 'true');
  });

  test('unreadable props: the server markup stays, with the alert', async () => {
    const el = page({ explode: 'never' });
    document.getElementById('pz-i1-props')!.textContent = '{"explode": {{bad}}';
    await hydrate();
    expect(screen.getByRole('alert')).toHaveTextContent(ALERT);
    expect(screen.getByRole('link', { name: 'centralino' })).toBeInTheDocument();
    expect(el).toHaveAttribute('data-island-failed', 'true');
  });

  test('a working island shows no alert', async () => {
    const el = page({ explode: 'never' });
    await hydrate();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(el).not.toHaveAttribute('data-island-failed');
    expect(errors).not.toHaveBeenCalled();
  });
});
