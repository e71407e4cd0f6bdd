import { screen } from '@testing-library/react';
import { renderPiazza } from '../test-utils/render.js';
import { RequestReceipt } from './RequestReceipt.js';
import { examples } from './RequestReceipt.examples.js';

describe('RequestReceipt', () => {
  test('"Richiesta inviata", the code, the date taken in charge and the latest date for the outcome', () => {
    renderPiazza(examples.default.render());
    expect(screen.getByRole('region', { name: 'Richiesta inviata' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Richiesta inviata');
    const dd = (term: string) => screen.getByText(term).nextElementSibling?.textContent;
    expect(dd('Codice della richiesta')).toBe('RIC-2026-004217');
    expect(dd('Presa in carico il')).toBe('2 febbraio 2026');
    expect(dd('Esito entro il')).toBe('4 marzo 2026');
  });

  test('how the citizen is notified and the link to the status', () => {
    renderPiazza(examples.default.render());
    expect(screen.getByText(/Riceverai l’esito via email/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Segui lo stato della richiesta' })).toHaveAttribute(
      'href',
      '/area-personale/richieste/RIC-2026-004217/',
    );
  });

  test('focusOnMount moves focus to the title; outcomeBy given directly; English', () => {
    renderPiazza(
      <RequestReceipt
        code="X-1"
        takenInCharge="2026-02-02T10:00:00Z"
        outcomeBy="2026-02-20T10:00:00Z"
        statusHref="/s/"
        focusOnMount
      />,
      { locale: 'en' },
    );
    expect(screen.getByRole('heading', { name: 'Request sent' })).toHaveFocus();
    expect(screen.getByText('Outcome by').nextElementSibling).toHaveTextContent('20 February 2026');
    expect(screen.getByText(/You will receive an email/)).toBeInTheDocument();
  });

  test('without the maximum time it fails naming the prop (CSE.1.10)', () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() =>
      renderPiazza(<RequestReceipt code="X" takenInCharge="2026-02-02" statusHref="/s/" />),
    ).toThrow(/<RequestReceipt>: prop "maxDays"/);
    spy.mockRestore();
  });
});
