import { screen } from '@testing-library/react';
import { LEGAL_NOTES } from '@piazza/vocabularies';
import { renderPiazza } from '../test-utils/render.js';
import { LegalNotes } from './LegalNotes.js';
import { examples } from './LegalNotes.examples.js';

// The checker's text (checker/legal-notes.json, pa-website-validator-ng v1.1.38, commit bb31fe9),
// written out here so that a change in the vocabulary package is caught too.
const CHECKER_START =
  'In applicazione del principio open by default ai sensi dell’articolo 52 del decreto legislativo 7 marzo 2005';
const CHECKER_END = 'con il solo onere di attribuzione, senza apporre restrizioni aggiuntive.';

describe('LegalNotes (C.SI.3.4)', () => {
  test('section title "Licenza dei contenuti" carrying legal-notes-section', () => {
    renderPiazza(examples.default.render());
    const heading = screen.getByRole('heading', { level: 2, name: 'Licenza dei contenuti' });
    expect(heading).toHaveAttribute('data-element', 'legal-notes-section');
    expect(screen.getByRole('region', { name: 'Licenza dei contenuti' })).toBeInTheDocument();
  });

  test('the CC-BY 4.0 text, character for character, carrying legal-notes-body', () => {
    const { container } = renderPiazza(examples.default.render());
    const body = container.querySelector('[data-element="legal-notes-body"]')!;
    expect(body.textContent).toBe(LEGAL_NOTES.body.text);
    expect(body.textContent!.startsWith(CHECKER_START)).toBe(true);
    expect(body.textContent!.endsWith(CHECKER_END)).toBe(true);
    expect(body.textContent).not.toContain("'");
  });

  test('heading level, children, English', () => {
    renderPiazza(
      <LegalNotes headingLevel={3}>
        <p>Altro</p>
      </LegalNotes>,
      { locale: 'en' },
    );
    expect(screen.getByRole('heading', { level: 3, name: 'Content licence' })).toBeInTheDocument();
    expect(screen.getByText('Altro')).toBeInTheDocument();
  });
});
