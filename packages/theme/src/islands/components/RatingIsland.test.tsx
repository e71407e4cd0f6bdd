// The theme's rating island sends the rating for real, and says when it could not.
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { PiazzaProvider } from '@piazza/react/intl';
import { RatingIsland, type RatingIslandProps } from './RatingIsland.js';

const THANKS = 'Grazie, il tuo parere ci aiuterà a migliorare il servizio!';
const NOT_SENT =
  'La tua valutazione non è stata inviata: questo sito non raccoglie ancora le valutazioni.';

beforeAll(() => {
  document.head.insertAdjacentHTML('beforeend', '<style>.d-none{display:none!important}</style>');
});
afterEach(() => {
  vi.unstubAllGlobals();
});

async function rateAndSend(props: RatingIslandProps) {
  const user = userEvent.setup();
  render(
    <PiazzaProvider>
      <RatingIsland {...props} />
    </PiazzaProvider>,
  );
  await user.click(screen.getByRole('radio', { name: 'Valuta 4 stelle su 5' }));
  await user.click(screen.getByRole('button', { name: 'Avanti' }));
  await user.type(screen.getByRole('textbox', { name: 'Dettaglio' }), 'Chiaro');
  await user.click(screen.getByRole('button', { name: 'Invia' }));
  return user;
}

describe('RatingIsland', () => {
  test('a 500 from the endpoint is an error with a retry, not "Grazie"; the retry sends again', async () => {
    const answers = [new Response('', { status: 500 }), new Response(null, { status: 204 })];
    const fetch = vi.fn(async () => answers.shift()!);
    vi.stubGlobal('fetch', fetch);
    const user = await rateAndSend({ page: '/servizi/', endpoint: '/api/valutazioni' });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Non è stato possibile inviare la valutazione',
    );
    expect(screen.queryByRole('heading', { name: THANKS })).toBeNull();
    expect(screen.getByRole('textbox', { name: 'Dettaglio' })).toHaveValue('Chiaro');
    await user.click(screen.getByRole('button', { name: 'Riprova' }));
    expect(await screen.findByRole('heading', { name: THANKS })).toBeInTheDocument();
    expect(fetch).toHaveBeenCalledTimes(2);
    const [url, init] = fetch.mock.calls[1] as unknown as [string, RequestInit];
    expect(url).toBe('/api/valutazioni');
    expect(init.method).toBe('POST');
    expect(JSON.parse(String(init.body))).toEqual({
      page: '/servizi/',
      rating: 4,
      sentiment: 'positive',
      answer: null,
      details: 'Chiaro',
    });
  });

  test('an endpoint that never answers: an error after the time limit, the request aborted', async () => {
    const signals: AbortSignal[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn((_url: string, init: RequestInit) => {
        if (init.signal) signals.push(init.signal);
        return new Promise<Response>(() => undefined);
      }),
    );
    await rateAndSend({ page: '/', endpoint: 'https://x.it/valuta', timeoutMs: 300 });
    expect(screen.getByRole('button', { name: 'Invio in corso…' })).toBeInTheDocument();
    expect(await screen.findByRole('alert', {}, { timeout: 2000 })).toHaveTextContent('Riprova');
    expect(screen.queryByRole('heading', { name: THANKS })).toBeNull();
    expect(signals[0]?.aborted).toBe(true);
  });

  test('a network error is an error too', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    );
    await rateAndSend({ page: '/', endpoint: 'https://x.it/valuta' });
    expect(await screen.findByRole('alert')).toHaveTextContent('Riprova');
  });

  test('without an endpoint nothing is sent, and the widget says so instead of thanking', async () => {
    for (const endpoint of [undefined, '', '{{rating_endpoint}}']) {
      const fetch = vi.fn();
      vi.stubGlobal('fetch', fetch);
      await rateAndSend({ page: '/', endpoint });
      await waitFor(() =>
        expect(screen.getByRole('heading', { name: NOT_SENT })).toBeInTheDocument(),
      );
      expect(screen.queryByRole('heading', { name: THANKS })).toBeNull();
      expect(fetch).not.toHaveBeenCalled();
      cleanup();
    }
  });
});
