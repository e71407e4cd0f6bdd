import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderPiazza } from '../test-utils/render.js';
import { StepNav } from './StepNav.js';
import { examples } from './StepNav.examples.js';

describe('StepNav', () => {
  test('Indietro, Salva richiesta, Avanti in a named group', () => {
    renderPiazza(examples.middle.render());
    const group = screen.getByRole('group', { name: 'Azioni della richiesta' });
    expect(group).toBeInTheDocument();
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual([
      'Indietro',
      'Salva richiesta',
      'Avanti',
    ]);
  });

  test('the last step reads Invia', () => {
    renderPiazza(examples.last.render());
    expect(screen.getByRole('button', { name: 'Invia' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Avanti' })).toBeNull();
  });

  test('each button calls its handler from the keyboard', async () => {
    const user = userEvent.setup();
    const onBack = vi.fn();
    const onSave = vi.fn();
    const onNext = vi.fn();
    renderPiazza(<StepNav onBack={onBack} onSave={onSave} onNext={onNext} />);
    await user.tab();
    await user.keyboard('{Enter}');
    await user.tab();
    await user.keyboard(' ');
    await user.tab();
    await user.keyboard('{Enter}');
    expect([onBack, onSave, onNext].map((f) => f.mock.calls.length)).toEqual([1, 1, 1]);
  });

  test('without onNext the forward button submits the form; no back on the first step', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn((e: { preventDefault: () => void }) => e.preventDefault());
    renderPiazza(
      <form onSubmit={onSubmit} aria-label="Passo">
        <StepNav />
      </form>,
    );
    expect(screen.queryByRole('button', { name: 'Indietro' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Avanti' }));
    expect(onSubmit).toHaveBeenCalledTimes(1);
  });

  test('busy: aria-disabled, says so, ignores presses but keeps focus', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn((e: { preventDefault: () => void }) => e.preventDefault());
    renderPiazza(
      <form onSubmit={onSubmit} aria-label="Passo">
        <StepNav last busy />
      </form>,
    );
    const button = screen.getByRole('button', { name: 'Invio in corso…' });
    expect(button).toHaveAttribute('aria-disabled', 'true');
    await user.click(button);
    expect(onSubmit).not.toHaveBeenCalled();
    expect(button).toHaveFocus();
    expect(screen.getByRole('group')).toHaveAttribute('data-busy', 'true');
  });

  test('English texts', () => {
    renderPiazza(<StepNav onBack={() => {}} onSave={() => {}} last />, { locale: 'en' });
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual([
      'Back',
      'Save request',
      'Send',
    ]);
  });
});
