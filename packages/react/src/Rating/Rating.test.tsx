import { act, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { FEEDBACK } from '@piazza/vocabularies';
import { renderPiazza } from '../test-utils/render.js';
import { Rating } from './Rating.js';

const q = (root: ParentNode, de: string) =>
  root.querySelector<HTMLElement>(`[data-element="${de}"]`);
const qa = (root: ParentNode, de: string) =>
  Array.from(root.querySelectorAll<HTMLElement>(`[data-element="${de}"]`));
const shown = (el: HTMLElement | null) => {
  for (let n: HTMLElement | null = el; n; n = n.parentElement) {
    if (n.classList.contains('d-none')) return false;
  }
  return el !== null;
};

// Exact texts of checker/feedback-component.json (pa-website-validator-ng v1.1.38), spelled out
// here so that a change in the vocabulary package cannot silently pass.
const TITLE = 'Quanto sono chiare le informazioni su questa pagina?';
const POSITIVE_Q = 'Quali sono stati gli aspetti che hai preferito?';
const NEGATIVE_Q = 'Dove hai incontrato le maggiori difficoltà?';

describe('Rating', () => {
  // Bootstrap Italia's `d-none`, so that hidden steps are hidden for the queries as in a browser.
  beforeAll(() => {
    document.head.insertAdjacentHTML('beforeend', '<style>.d-none{display:none!important}</style>');
  });

  test('the C.SI.2.5/2.6 markup is all there from the first render', () => {
    const { container } = renderPiazza(<Rating />);
    const root = q(container, 'feedback')!;
    expect(root).not.toBeNull();
    expect(q(root, 'feedback-title')!.textContent!.trim()).toBe(TITLE);
    expect(q(root, 'feedback-title')!.tagName).toBe('H2');
    for (const n of [1, 2, 3, 4, 5]) {
      const label = q(root, `feedback-rate-${n}`)!;
      expect(label.tagName).toBe('LABEL');
      expect(label).toBeVisible();
    }
    const pos = q(root, 'feedback-rating-positive')!;
    const neg = q(root, 'feedback-rating-negative')!;
    expect(q(pos, 'feedback-rating-question')!.textContent!.trim()).toBe(POSITIVE_Q);
    expect(q(neg, 'feedback-rating-question')!.textContent!.trim()).toBe(NEGATIVE_Q);
    expect(qa(pos, 'feedback-rating-answer').map((e) => e.textContent)).toEqual(
      FEEDBACK.positive.answers.texts,
    );
    expect(qa(neg, 'feedback-rating-answer').map((e) => e.textContent)).toEqual([
      'A volte le indicazioni non erano chiare',
      'A volte le indicazioni non erano complete',
      'A volte non capivo se stavo procedendo correttamente',
      'Ho avuto problemi tecnici',
      'Altro',
    ]);
    expect(q(root, 'feedback-input-text')!.tagName).toBe('INPUT');
    // Nothing is shown before a rating.
    expect(shown(pos)).toBe(false);
    expect(shown(neg)).toBe(false);
  });

  test('a click on star n toggles the follow-ups synchronously (read in the same task)', () => {
    const { container } = renderPiazza(<Rating />);
    const pos = q(container, 'feedback-rating-positive')!;
    const neg = q(container, 'feedback-rating-negative')!;
    const seen: Array<[number, boolean, boolean]> = [];
    for (const n of [1, 2, 3, 4, 5, 2]) {
      q(container, `feedback-rate-${n}`)!.click();
      seen.push([n, shown(pos), shown(neg)]);
    }
    expect(seen).toEqual([
      [1, false, true],
      [2, false, true],
      [3, false, true],
      [4, true, false],
      [5, true, false],
      [2, false, true],
    ]);
    // Never unmounted: the same nodes are still in the document.
    expect(container.contains(pos) && container.contains(neg)).toBe(true);
  });

  test('the stars are a radio group named "Valuta N stelle su 5", with arrow keys', async () => {
    const user = userEvent.setup();
    const onRate = vi.fn();
    renderPiazza(<Rating onRate={onRate} />);
    const group = screen.getByRole('group', { name: 'Valuta da 1 a 5 stelle la pagina' });
    const radios = within(group).getAllByRole('radio');
    expect(
      radios.map(
        (r) => r.getAttribute('aria-label') ?? (r as HTMLInputElement).labels?.[0]?.textContent,
      ),
    ).toEqual([
      'Valuta 1 stella su 5',
      'Valuta 2 stelle su 5',
      'Valuta 3 stelle su 5',
      'Valuta 4 stelle su 5',
      'Valuta 5 stelle su 5',
    ]);
    expect(screen.getByRole('radio', { name: 'Valuta 3 stelle su 5' })).toBe(radios[2]);
    await user.click(radios[2]!);
    expect(radios[2]).toBeChecked();
    await user.keyboard('{ArrowRight}');
    expect(radios[3]).toBeChecked();
    expect(radios[3]).toHaveFocus();
    expect(screen.getByRole('region', { name: TITLE })).toHaveAttribute('data-rating', '4');
    expect(onRate).toHaveBeenLastCalledWith(4);
    // Focus stays in the group: choosing stars does not move it.
    await user.keyboard('{ArrowLeft}{ArrowLeft}');
    expect(radios[1]).toHaveFocus();
    expect(screen.getByRole('status')).toHaveTextContent(`Passo 1 di 2: ${NEGATIVE_Q}`);
  });

  test('Avanti, Indietro and Invia move focus to each step heading; onSubmit gets a typed payload', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn();
    renderPiazza(<Rating onSubmit={onSubmit} />);
    const region = screen.getByRole('region', { name: TITLE });
    await user.click(screen.getByRole('radio', { name: 'Valuta 5 stelle su 5' }));
    expect(region).toHaveAttribute('data-step', 'answer');
    await user.click(screen.getByRole('radio', { name: 'Le indicazioni erano complete' }));
    await user.click(screen.getByRole('button', { name: 'Avanti' }));
    expect(region).toHaveAttribute('data-step', 'details');
    expect(screen.getByRole('heading', { name: 'Vuoi aggiungere altri dettagli?' })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Indietro' }));
    expect(screen.getByRole('heading', { name: POSITIVE_Q })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Avanti' }));

    const input = screen.getByRole('textbox', { name: 'Dettaglio' });
    expect(input).toHaveAccessibleDescription(
      /Inserire massimo 200 caratteri\. Ti restano 200 caratteri/,
    );
    await user.type(input, '  Tutto chiaro ');
    expect(input).toHaveAccessibleDescription(/Ti restano 185 caratteri/);
    await user.click(screen.getByRole('button', { name: 'Invia' }));
    expect(onSubmit).toHaveBeenCalledTimes(1);
    expect(onSubmit).toHaveBeenCalledWith({
      rating: 5,
      sentiment: 'positive',
      answer: 'Le indicazioni erano complete',
      details: 'Tutto chiaro',
    });
    expect(region).toHaveAttribute('data-step', 'done');
    expect(
      screen.getByRole('heading', {
        name: 'Grazie, il tuo parere ci aiuterà a migliorare il servizio!',
      }),
    ).toHaveFocus();
    // The checker's elements are still in the DOM after sending.
    expect(q(region, 'feedback-rating-positive')).not.toBeNull();
    expect(q(region, 'feedback-input-text')).not.toBeNull();
  });

  test('the free text stops at maxLength and the remaining count is announced after a pause', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    renderPiazza(<Rating maxLength={10} />);
    await user.click(screen.getByRole('radio', { name: 'Valuta 2 stelle su 5' }));
    await user.click(screen.getByRole('button', { name: 'Avanti' }));
    const input = screen.getByRole('textbox', { name: 'Dettaglio' });
    await user.type(input, 'abcdefghijklmno');
    expect(input).toHaveValue('abcdefghij');
    act(() => {
      vi.advanceTimersByTime(1100);
    });
    expect(
      screen.getByText('Ti restano 0 caratteri', { selector: '[aria-live]' }),
    ).toBeInTheDocument();
    vi.useRealTimers();
  });

  test('changing from negative to positive clears the chosen answer', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn();
    renderPiazza(<Rating onSubmit={onSubmit} />);
    await user.click(screen.getByRole('radio', { name: 'Valuta 1 stella su 5' }));
    await user.click(screen.getByRole('radio', { name: 'Ho avuto problemi tecnici' }));
    await user.click(screen.getByRole('radio', { name: 'Valuta 4 stelle su 5' }));
    await user.click(screen.getByRole('button', { name: 'Avanti' }));
    await user.click(screen.getByRole('button', { name: 'Invia' }));
    expect(onSubmit).toHaveBeenCalledWith({
      rating: 4,
      sentiment: 'positive',
      answer: null,
      details: '',
    });
  });

  test('English defaults, overrides, ref and className', () => {
    const ref = { current: null as HTMLElement | null };
    const { unmount } = renderPiazza(<Rating ref={ref} className="mt-5" />, { locale: 'en' });
    expect(screen.getByRole('region', { name: 'How clear is the information on this page?' })).toBe(
      ref.current,
    );
    expect(ref.current).toHaveClass('card', 'mt-5');
    unmount();
    renderPiazza(<Rating messages={{ title: 'Ti è stata utile questa pagina?' }} />);
    expect(
      screen.getByRole('heading', { name: 'Ti è stata utile questa pagina?' }),
    ).toBeInTheDocument();
  });

  test('a bad heading level fails with an error naming the prop', () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    // @ts-expect-error 6 is not a valid level
    expect(() => renderPiazza(<Rating headingLevel={6} />)).toThrow(
      /<Rating>: prop "headingLevel"/,
    );
    spy.mockRestore();
  });
});
