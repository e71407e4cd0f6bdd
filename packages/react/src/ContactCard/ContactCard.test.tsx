import { screen } from '@testing-library/react';
import { renderPiazza } from '../test-utils/render.js';
import { ContactCard, OfficeCard, telHref } from './index.js';
import { examples } from './ContactCard.examples.js';

describe('ContactCard', () => {
  test('serviceArea puts service-area on the office name (text ≥ 3 characters)', () => {
    const { container } = renderPiazza(examples.serviceArea.render());
    const area = container.querySelector('[data-element="service-area"]')!;
    expect(area).toBe(screen.getByRole('link', { name: 'Ufficio Anagrafe' }));
    expect(area.textContent!.trim().length).toBeGreaterThanOrEqual(3);
  });

  test('address, hours, phone, email and PEC, each with a label for screen readers', () => {
    renderPiazza(examples.serviceArea.render());
    expect(screen.getByRole('link', { name: '(+39) 011 123 4567' })).toHaveAttribute(
      'href',
      'tel:+390111234567',
    );
    expect(screen.getByRole('link', { name: 'anagrafe@comune.esempio.it' })).toHaveAttribute(
      'href',
      'mailto:anagrafe@comune.esempio.it',
    );
    const items = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual([
      'Indirizzo: Piazza del Municipio 1, 10100',
      'Orari: Lunedì–venerdì 9:00–12:30Giovedì anche 14:30–17:00',
      'Telefono: (+39) 011 123 4567',
      'Email: anagrafe@comune.esempio.it',
      'PEC: anagrafe@pec.comune.esempio.it',
    ]);
  });

  test('without serviceArea and href: no data-element, title as text; OfficeCard is the same', () => {
    const { container } = renderPiazza(examples.contact.render());
    expect(container.querySelector('[data-element]')).toBeNull();
    expect(screen.getByRole('heading', { level: 4, name: 'Centralino' })).toBeInTheDocument();
    expect(screen.getAllByRole('listitem')).toHaveLength(1);
    expect(OfficeCard).toBe(ContactCard);
    expect(telHref('+39 06 1234')).toBe('tel:+39061234');
  });

  test('links: each a row after the details, the label its accessible name', () => {
    renderPiazza(examples.links.render());
    const items = screen.getAllByRole('listitem');
    expect(items).toHaveLength(4);
    expect(items[2]).toContainElement(screen.getByRole('link', { name: 'Catalogo online' }));
    expect(screen.getByRole('link', { name: 'Sede: Palazzo Civico' })).toHaveAttribute(
      'href',
      '/vivere-il-comune/luoghi/palazzo-civico/',
    );
  });
});
