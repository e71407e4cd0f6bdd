import { screen, within } from '@testing-library/react';
import { renderPiazza } from '../test-utils/render.js';
import { ContactsBox } from './ContactsBox.js';
import { examples } from './ContactsBox.examples.js';

describe('ContactsBox', () => {
  test('a region "Contatta il comune" carrying contacts, with the five links in order', () => {
    renderPiazza(examples.default.render());
    const region = screen.getByRole('region', { name: 'Contatta il comune' });
    expect(region).toHaveAttribute('data-element', 'contacts');
    expect(
      within(region)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual([
      'Leggi le domande frequenti',
      'Richiedi assistenza',
      'Chiama il numero verde 800 123 456',
      'Prenota appuntamento',
      'Segnala disservizio',
    ]);
    expect(
      screen.getByRole('link', { name: 'Chiama il numero verde 800 123 456' }),
    ).toHaveAttribute('href', 'tel:800123456');
    expect(
      screen.getByRole('heading', { level: 3, name: 'Problemi in città' }),
    ).toBeInTheDocument();
  });

  test('C.SI.2.1: appointment-booking is an <a> with a real href', () => {
    const { container } = renderPiazza(examples.minimal.render());
    const booking = container.querySelectorAll('[data-element="appointment-booking"]');
    expect(booking).toHaveLength(1);
    expect(booking[0]!.tagName).toBe('A');
    expect(booking[0]).toHaveAttribute('href', '/prenota/');
    expect(screen.getAllByRole('link')).toHaveLength(1);
    // The footer owns faq / report-inefficiency: never duplicated here.
    renderPiazza(examples.default.render());
    expect(
      document.querySelector('[data-element="faq"], [data-element="report-inefficiency"]'),
    ).toBeNull();
  });

  test('bookingHref is required; English texts', () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => renderPiazza(<ContactsBox bookingHref="" />)).toThrow(
      /<ContactsBox>: prop "bookingHref"/,
    );
    spy.mockRestore();
    renderPiazza(examples.minimal.render(), { locale: 'en' });
    expect(screen.getByRole('link', { name: 'Book an appointment' })).toBeInTheDocument();
  });
});
