// Sending the rating: the widget waits for `onSubmit`'s promise, says when it failed (with a
// retry, answers kept) and never thanks for a rating that went nowhere.
import { screen, waitFor } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { renderPiazza } from '../test-utils/render.js';
import { Rating, type RatingProps } from './Rating.js';

const TITLE = 'Quanto sono chiare le informazioni su questa pagina?';
const THANKS = 'Grazie, il tuo parere ci aiuterà a migliorare il servizio!';

beforeAll(() => {
  document.head.insertAdjacentHTML('beforeend', '<style>.d-none{display:none!important}</style>');
});

/** Stars, an answer, the free text, then Invia. */
async function rateAndSend(onSubmit: RatingProps['onSubmit']) {
  const user = userEvent.setup();
  renderPiazza(<Rating onSubmit={onSubmit} />);
  const region = screen.getByRole('region', { name: TITLE });
  await user.click(screen.getByRole('radio', { name: 'Valuta 2 stelle su 5' }));
  await user.click(screen.getByRole('radio', { name: 'Ho avuto problemi tecnici' }));
  await user.click(screen.getByRole('button', { name: 'Avanti' }));
  await user.type(screen.getByRole('textbox', { name: 'Dettaglio' }), 'Il modulo non si apre');
  await user.click(screen.getByRole('button', { name: 'Invia' }));
  return { user, region };
}

describe('Rating: sending', () => {
  test('a failed send shows an error with a retry and keeps every answer; the retry sends again', async () => {
    let attempt = 0;
    const onSubmit = vi.fn(() =>
      ++attempt === 1 ? Promise.reject(new Error('HTTP 500')) : Promise.resolve(),
    );
    const { user, region } = await rateAndSend(onSubmit);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Non è stato possibile inviare la valutazione');
    expect(screen.queryByRole('heading', { name: THANKS })).toBeNull();
    expect(region).toHaveAttribute('data-step', 'details');
    expect(screen.getByRole('textbox', { name: 'Dettaglio' })).toHaveValue('Il modulo non si apre');
    expect(region).toHaveAttribute('data-rating', '2');
    await user.click(screen.getByRole('button', { name: 'Riprova' }));
    await waitFor(() => expect(region).toHaveAttribute('data-step', 'done'));
    expect(screen.getByRole('heading', { name: THANKS })).toHaveFocus();
    expect(onSubmit).toHaveBeenCalledTimes(2);
    expect(onSubmit).toHaveBeenLastCalledWith({
      rating: 2,
      sentiment: 'negative',
      answer: 'Ho avuto problemi tecnici',
      details: 'Il modulo non si apre',
    });
  });

  test('while the promise is pending: "Invio in corso…", busy, and a second Invia sends nothing', async () => {
    let resolve!: () => void;
    const onSubmit = vi.fn(() => new Promise<void>((r) => (resolve = r)));
    const { user, region } = await rateAndSend(onSubmit);
    expect(region).toHaveAttribute('data-busy', 'true');
    const busy = screen.getByRole('button', { name: 'Invio in corso…' });
    expect(busy).toHaveAttribute('aria-disabled', 'true');
    await user.click(busy);
    expect(onSubmit).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('heading', { name: THANKS })).toBeNull();
    resolve();
    expect(await screen.findByRole('heading', { name: THANKS })).toBeInTheDocument();
    expect(region).not.toHaveAttribute('data-busy');
  });

  test('an onSubmit that throws is a failure too', async () => {
    await rateAndSend(() => {
      throw new Error('boom');
    });
    expect(await screen.findByRole('alert')).toHaveTextContent('Riprova');
    expect(screen.queryByRole('heading', { name: THANKS })).toBeNull();
  });

  test('a rating that went nowhere ("not-sent") says so instead of thanking', async () => {
    const { region } = await rateAndSend(() => 'not-sent');
    await waitFor(() => expect(region).toHaveAttribute('data-step', 'done'));
    expect(screen.queryByRole('heading', { name: THANKS })).toBeNull();
    expect(
      screen.getByRole('heading', {
        name: 'La tua valutazione non è stata inviata: questo sito non raccoglie ancora le valutazioni.',
      }),
    ).toHaveFocus();
  });
});
