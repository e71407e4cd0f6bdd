import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderPiazza } from '../test-utils/render.js';
import { Stepper } from './Stepper.js';
import { examples } from './Stepper.examples.js';

const steps = ['Luogo', 'Data e orario', 'Dettagli appuntamento', 'Richiedente', 'Riepilogo'];

describe('Stepper', () => {
  test('a navigation with the steps as a list; the current one aria-current="step"', () => {
    renderPiazza(examples.middle.render());
    const nav = screen.getByRole('navigation', { name: 'Passaggi della richiesta' });
    const items = within(nav).getAllByRole('listitem');
    expect(items).toHaveLength(5);
    expect(items[2]).toHaveAttribute('aria-current', 'step');
    expect(items.filter((li) => li.hasAttribute('aria-current'))).toHaveLength(1);
    expect(items[2]).toHaveClass('active');
    expect(items[0]).toHaveClass('confirmed');
    expect(nav).toHaveAttribute('data-current', '3');
    expect(nav).toHaveAttribute('data-total', '5');
  });

  test('the n/tot index for small screens', () => {
    renderPiazza(examples.middle.render());
    expect(document.querySelector('.steppers-index')).toHaveTextContent('3/5');
  });

  test('completed steps are buttons back to them (keyboard); later steps are not', async () => {
    const user = userEvent.setup();
    const onStepSelect = vi.fn();
    renderPiazza(<Stepper steps={steps} current={2} onStepSelect={onStepSelect} />);
    const buttons = screen.getAllByRole('button');
    expect(buttons).toHaveLength(2);
    expect(buttons[0]).toHaveAccessibleName('Passo 1 Luogo (completato)');
    await user.tab();
    await user.tab();
    expect(buttons[1]).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(onStepSelect).toHaveBeenCalledWith(1);
  });

  test('without onStepSelect the steps are text', () => {
    renderPiazza(examples.first.render());
    expect(screen.queryByRole('button')).toBeNull();
  });

  test('each change of step is announced, not the first render', () => {
    const { rerender } = renderPiazza(<Stepper steps={steps} current={0} />);
    const live = document.querySelector('[aria-live="polite"]')!;
    expect(live).toHaveTextContent('');
    rerender(<Stepper steps={steps} current={1} />);
    expect(live).toHaveTextContent('Passo 2 di 5: Data e orario');
  });

  test('English texts', () => {
    renderPiazza(<Stepper steps={steps} current={1} />, { locale: 'en' });
    expect(screen.getByRole('navigation', { name: 'Steps of the request' })).toBeInTheDocument();
  });

  test('bad props fail naming the prop', () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => renderPiazza(<Stepper steps={['Uno']} current={0} />)).toThrow(
      /<Stepper>: prop "steps"/,
    );
    expect(() => renderPiazza(<Stepper steps={steps} current={5} />)).toThrow(
      /<Stepper>: prop "current"/,
    );
    spy.mockRestore();
  });
});
