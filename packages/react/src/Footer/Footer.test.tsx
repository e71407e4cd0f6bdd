import { screen, within } from '@testing-library/react';
import { SITE_LINKS } from '@piazza/vocabularies';
import { renderPiazza } from '../test-utils/render.js';
import { footerMessages } from './Footer.intl.js';
import { footerSections } from './sections.js';
import { Footer } from './Footer.js';
import { examples } from './Footer.examples.js';

const LEGAL = [
  ['faq', 'Leggi le FAQ', '/leggi-le-faq/'],
  ['report-inefficiency', 'Segnalazione disservizio', '/segnalazione-disservizio/'],
  ['privacy-policy-link', 'Informativa privacy', '/informativa-privacy/'],
  ['legal-notes', 'Note legali', '/note-legali/'],
  [
    'accessibility-link',
    'Dichiarazione di accessibilità',
    'https://form.agid.gov.it/view/00000000-0000-0000-0000-000000000000',
  ],
] as const;

describe('Footer', () => {
  test('a real <footer> (contentinfo) with id "footer", focusable as the skip link target', () => {
    renderPiazza(examples.default.render());
    const footer = screen.getByRole('contentinfo');
    expect(footer.tagName).toBe('FOOTER');
    expect(footer.id).toBe('footer');
    // The target of "Vai al footer" takes focus when the link is followed.
    expect(footer).toHaveAttribute('tabindex', '-1');
  });

  test('legal links inside the footer with their data-elements and exact labels', () => {
    renderPiazza(examples.default.render());
    const footer = screen.getByRole('contentinfo');
    for (const [dataElement, label, href] of LEGAL) {
      const links = footer.querySelectorAll(`a[data-element="${dataElement}"]`);
      expect(links).toHaveLength(1);
      expect(links[0]!.textContent).toBe(label);
      expect(links[0]).toHaveAttribute('href', href);
    }
    // The checker's rules on the texts (C.SI.2.3, C.SI.2.4).
    expect(footer.querySelector('[data-element="faq"]')!.textContent).toMatch(/FAQ/);
    expect(
      footer.querySelector('[data-element="report-inefficiency"]')!.textContent!.toLowerCase(),
    ).toBe('segnalazione disservizio');
    expect(
      within(footer).getByRole('link', { name: 'Piano di miglioramento del sito' }),
    ).toHaveAttribute('href', '/piano-di-miglioramento-del-sito/');
  });

  test('"Richiesta d’assistenza" among the legal links only when given, after the report link', () => {
    const { rerender } = renderPiazza(
      <Footer name="Comune" legalLinks={{ accessibility: 'https://a' }} />,
    );
    expect(screen.queryByRole('link', { name: 'Richiesta d’assistenza' })).not.toBeInTheDocument();
    rerender(
      <Footer
        name="Comune"
        legalLinks={{ accessibility: 'https://a', assistance: '/richiesta-assistenza/' }}
      />,
    );
    const list = screen.getByRole('list', { name: 'Informazioni legali' });
    expect(
      within(list)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual([
      'Leggi le FAQ',
      'Segnalazione disservizio',
      'Richiesta d’assistenza',
      'Informativa privacy',
      'Note legali',
      'Dichiarazione di accessibilità',
    ]);
    expect(screen.getByRole('link', { name: 'Richiesta d’assistenza' })).toHaveAttribute(
      'href',
      '/richiesta-assistenza/',
    );
  });

  test('site sections with second-level links, never the first-level data-elements', () => {
    const { container } = renderPiazza(examples.default.render());
    expect(screen.getByRole('heading', { level: 2, name: 'Amministrazione' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Organi di governo' })).toHaveAttribute(
      'href',
      '/amministrazione/organi-di-governo/',
    );
    expect(
      container.querySelectorAll(
        '[data-element="management"],[data-element="news"],[data-element="all-services"],[data-element="live"]',
      ),
    ).toHaveLength(0);
  });

  test('contacts: address, PEC, phone, codice fiscale and partita IVA', () => {
    renderPiazza(examples.default.render());
    expect(screen.getByRole('heading', { name: 'Contatti' })).toBeInTheDocument();
    expect(screen.getByText('Piazza del Municipio 1, 00100 Esempio (EX)')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'protocollo@pec.comune.esempio.it' })).toHaveAttribute(
      'href',
      'mailto:protocollo@pec.comune.esempio.it',
    );
    expect(screen.getByRole('link', { name: '+39 0123 456789' })).toHaveAttribute(
      'href',
      'tel:+390123456789',
    );
    expect(screen.getByText('Codice fiscale:')).toBeInTheDocument();
    expect(screen.getByText('Partita IVA:')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Facebook' })).toBeInTheDocument();
  });

  test('minimal: no columns, default legal URLs, no improvement plan', () => {
    renderPiazza(examples.minimal.render());
    expect(screen.queryAllByRole('heading')).toHaveLength(0);
    expect(screen.queryByRole('link', { name: 'Piano di miglioramento del sito' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Note legali' })).toHaveAttribute(
      'href',
      '/note-legali/',
    );
  });

  test('the accessibility URL is required; children render inside; ref, className, English', () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() =>
      // @ts-expect-error: accessibility is required
      renderPiazza(<Footer name="Comune" legalLinks={{}} />),
    ).toThrow(/<Footer>: prop "legalLinks.accessibility"/);
    spy.mockRestore();
    const ref = { current: null as HTMLElement | null };
    renderPiazza(
      <Footer ref={ref} className="x" name="Comune" legalLinks={{ accessibility: 'https://a' }}>
        <a href="#top">Su</a>
      </Footer>,
      { locale: 'en' },
    );
    expect(ref.current).toHaveClass('x');
    expect(within(ref.current!).getByRole('link', { name: 'Su' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Read the FAQ' })).toBeInTheDocument();
  });

  test('the Italian legal labels are those of the vocabulary (SITE_LINKS), written out', () => {
    const it = footerMessages.it;
    expect([
      it.faq,
      it.reportInefficiency,
      it.privacyPolicy,
      it.legalNotes,
      it.accessibility,
      it.improvementPlan,
    ]).toEqual([
      SITE_LINKS.faq.label,
      SITE_LINKS.reportInefficiency.label,
      SITE_LINKS.privacyPolicy.label,
      SITE_LINKS.legalNotes.label,
      SITE_LINKS.accessibility.label,
      SITE_LINKS.improvementPlan.label,
    ]);
  });

  test('footerSections: the four sections with "Vivere {nome}" and a base path', () => {
    const sections = footerSections({ basePath: '/it', liveLabel: 'Vivere Esempio' });
    expect(sections.map((s) => s.title)).toEqual([
      'Amministrazione',
      'Novità',
      'Servizi',
      'Vivere Esempio',
    ]);
    expect(sections[3]!.links).toEqual([
      { label: 'Luoghi', href: '/it/vivere-il-comune/luoghi/' },
      { label: 'Eventi', href: '/it/vivere-il-comune/eventi/' },
    ]);
  });
});
