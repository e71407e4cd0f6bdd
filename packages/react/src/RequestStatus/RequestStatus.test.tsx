import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderPiazza } from '../test-utils/render.js';
import { RequestStatus } from './RequestStatus.js';
import { examples } from './RequestStatus.examples.js';

describe('RequestStatus', () => {
  test('the stages as an ordered timeline, the current one aria-current="step"', () => {
    renderPiazza(examples.default.render());
    const region = screen.getByRole('region', { name: 'Stato della richiesta RIC-2026-004217' });
    const list = within(region).getByRole('list');
    expect(list.tagName).toBe('OL');
    const items = within(list).getAllByRole('listitem');
    expect(items.map((li) => li.getAttribute('data-state'))).toEqual([
      'done',
      'done',
      'current',
      'pending',
    ]);
    expect(items[2]).toHaveAttribute('aria-current', 'step');
    expect(items[0]).toHaveTextContent('Richiesta inviata (completata)');
    expect(items[0]).toHaveTextContent('2 febbraio 2026');
    expect(items[3]).toHaveTextContent('Esito (da completare)');
  });

  test('the search by code: required, then called with the trimmed code', async () => {
    const user = userEvent.setup();
    const onLookup = vi.fn();
    renderPiazza(<RequestStatus onLookup={onLookup} />);
    const search = screen.getByRole('search', { name: 'Cerca una richiesta' });
    await user.click(within(search).getByRole('button', { name: 'Cerca' }));
    const field = screen.getByRole('textbox', { name: 'Codice della richiesta' });
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(onLookup).not.toHaveBeenCalled();
    await user.type(field, '  RIC-1 {Enter}');
    expect(onLookup).toHaveBeenCalledWith('RIC-1');
    expect(field).not.toHaveAttribute('aria-invalid');
  });

  test('a lookup error is shown on the field', () => {
    renderPiazza(
      <RequestStatus onLookup={() => {}} lookupError="Nessuna richiesta con questo codice" />,
    );
    expect(
      screen.getByRole('textbox', { name: 'Codice della richiesta' }),
    ).toHaveAccessibleDescription(
      'Lo trovi nella ricevuta e nella email di conferma. Errore: Nessuna richiesta con questo codice',
    );
  });

  test('nothing to show fails naming the prop', () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => renderPiazza(<RequestStatus code="X" stages={[]} />)).toThrow(
      /<RequestStatus>: prop "stages"/,
    );
    spy.mockRestore();
  });
});
