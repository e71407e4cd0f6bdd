import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderPiazza } from '../test-utils/render.js';
import { TextField } from '../TextField/TextField.js';
import { ErrorSummary } from './ErrorSummary.js';
import { examples } from './ErrorSummary.examples.js';

describe('ErrorSummary', () => {
  test('an alert titled with the number of errors, a link to each field', () => {
    renderPiazza(examples.default.render());
    const alert = screen.getByRole('alert');
    expect(within(alert).getByRole('heading', { level: 2 })).toHaveTextContent(
      'Ci sono 2 errori da correggere',
    );
    const links = within(alert).getAllByRole('link');
    expect(links.map((l) => l.getAttribute('href'))).toEqual(['#es-nome', '#es-email']);
    expect(alert).toHaveAttribute('data-count', '2');
  });

  test('takes focus when shown and again with each new list of errors', () => {
    const errors = [{ fieldId: 'f', message: 'Inserisci il nome' }];
    const { rerender } = renderPiazza(
      <>
        <ErrorSummary errors={errors} />
        <TextField id="f" label="Nome" />
      </>,
    );
    expect(screen.getByRole('alert')).toHaveFocus();
    screen.getByRole('textbox').focus();
    rerender(
      <>
        <ErrorSummary errors={[...errors]} />
        <TextField id="f" label="Nome" />
      </>,
    );
    expect(screen.getByRole('alert')).toHaveFocus();
    expect(screen.getByRole('heading')).toHaveTextContent('C’è un errore da correggere');
  });

  test('following a link (keyboard) focuses the field', async () => {
    const user = userEvent.setup();
    renderPiazza(examples.default.render());
    screen.getByRole('link', { name: 'Inserisci il nome' }).focus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('textbox', { name: 'Nome' })).toHaveFocus();
  });

  test('nothing without errors; English title', () => {
    const { container, unmount } = renderPiazza(<ErrorSummary errors={[]} />);
    expect(container).toBeEmptyDOMElement();
    unmount();
    renderPiazza(
      <ErrorSummary focusOnChange={false} errors={[{ fieldId: 'x', message: 'Enter a name' }]} />,
      {
        locale: 'en',
      },
    );
    expect(screen.getByRole('heading')).toHaveTextContent('There is a problem');
  });
});
