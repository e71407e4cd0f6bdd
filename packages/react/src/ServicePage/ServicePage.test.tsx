import { act, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { renderPiazza } from '../test-utils/render.js';
import { PageIndex } from './PageIndex.js';
import { ServicePage, type ServicePageData } from './ServicePage.js';
import { serviceJsonLd } from './ServiceMetatag.js';
import { examples, cieService, minimalService } from './ServicePage.examples.js';
import checkerSchema from './metatag-service-jsonschema.json' with { type: 'json' };

// A validator for exactly the keywords the checker's schema uses (type, properties, required,
// minLength): the schema is checker/metatag-service-jsonschema.json, copied beside this file.
type Schema = {
  type?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  minLength?: number;
};
function validate(schema: Schema, value: unknown, path = '$'): string[] {
  const errors: string[] = [];
  if (schema.type === 'object') {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      return [`${path}: not an object`];
    const obj = value as Record<string, unknown>;
    for (const key of schema.required ?? [])
      if (!(key in obj)) errors.push(`${path}.${key}: missing`);
    for (const [key, sub] of Object.entries(schema.properties ?? {})) {
      if (key in obj) errors.push(...validate(sub, obj[key], `${path}.${key}`));
    }
  } else if (schema.type === 'string') {
    if (typeof value !== 'string') return [`${path}: not a string`];
    if (schema.minLength !== undefined && value.length < schema.minLength)
      errors.push(`${path}: too short`);
  }
  return errors;
}

const INDEX_ORDER = [
  'A chi è rivolto',
  'Come fare',
  'Cosa serve',
  'Cosa si ottiene',
  'Tempi e scadenze',
  'Accedi al servizio',
  'Condizioni di servizio',
  'Contatti',
];
const contactsBox = { bookingHref: '/prenota/' };
const indexLinks = (root: ParentNode) =>
  Array.from(root.querySelectorAll<HTMLAnchorElement>('ul[data-element="page-index"] > li > a'));
const de = (root: ParentNode, name: string) =>
  Array.from(root.querySelectorAll<HTMLElement>(`[data-element="${name}"]`));

describe('ServicePage', () => {
  test('C.SI.1.3: the page index lists every section, the required eight in the checker’s order', () => {
    const { container } = renderPiazza(examples.full.render());
    const labels = indexLinks(container).map((a) => a.textContent!.trim());
    expect(labels).toEqual([
      'A chi è rivolto',
      'Descrizione',
      'Come fare',
      'Cosa serve',
      'Cosa si ottiene',
      'Tempi e scadenze',
      'Quanto costa',
      'Accedi al servizio',
      'Ulteriori informazioni',
      'Condizioni di servizio',
      'Contatti',
    ]);
    expect(labels.filter((l) => INDEX_ORDER.includes(l))).toEqual(INDEX_ORDER);
    expect(screen.getByRole('navigation', { name: 'Indice della pagina' })).toContainElement(
      indexLinks(container)[0]!,
    );
  });

  test('optional sections disappear cleanly, index included', () => {
    const { container } = renderPiazza(examples.minimal.render());
    expect(indexLinks(container).map((a) => a.textContent)).toEqual(INDEX_ORDER);
    for (const id of ['descrizione', 'quanto-costa', 'ulteriori-informazioni']) {
      expect(container.querySelector(`#${id}`)).toBeNull();
    }
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(
      expect.arrayContaining(INDEX_ORDER),
    );
  });

  test('each index link leads to its section, which holds the content data-element the checker reads', () => {
    const { container } = renderPiazza(examples.full.render());
    const expected: Record<string, string[]> = {
      'A chi è rivolto': ['service-addressed'],
      'Come fare': ['service-how-to'],
      'Cosa serve': ['service-needed'],
      'Cosa si ottiene': ['service-achieved'],
      'Tempi e scadenze': ['service-calendar-text', 'service-calendar-list'],
      'Accedi al servizio': [
        'service-generic-access',
        'service-online-access',
        'service-booking-access',
      ],
      'Condizioni di servizio': ['service-file'],
      Contatti: ['service-area'],
    };
    for (const a of indexLinks(container)) {
      const section = container.querySelector<HTMLElement>(a.getAttribute('href')!)!;
      expect(section.tagName).toBe('SECTION');
      expect(within(section).getByRole('heading', { level: 2 })).toHaveTextContent(a.textContent!);
      for (const name of expected[a.textContent!] ?? []) {
        const [el] = de(section, name);
        expect(el, `${name} in ${a.textContent}`).toBeDefined();
        if (
          [
            'service-addressed',
            'service-how-to',
            'service-needed',
            'service-achieved',
            'service-calendar-text',
            'service-area',
          ].includes(name)
        ) {
          expect(el!.textContent!.trim().length).toBeGreaterThanOrEqual(3);
        }
      }
    }
    expect(de(container, 'service-file')[0]!.tagName).toBe('A');
    expect(de(container, 'service-calendar-list')[0]!.querySelectorAll('time')).toHaveLength(2);
  });

  test('heading block: h1 service-title, service-status, service-description, service-topic, breadcrumb', () => {
    const { container } = renderPiazza(examples.full.render());
    const h1 = screen.getByRole('heading', { level: 1 });
    expect(h1).toHaveAttribute('data-element', 'service-title');
    expect(h1).toHaveTextContent('Richiedere la carta d’identità elettronica');
    expect(de(container, 'service-status')[0]).toHaveTextContent('Servizio attivo');
    const desc = de(container, 'service-description');
    expect(desc).toHaveLength(1);
    expect(desc[0]!.tagName).toBe('P');
    expect(de(container, 'service-topic').map((e) => e.textContent)).toEqual([
      'Anagrafe',
      'Residenza',
    ]);
    const crumbs = Array.from(container.querySelectorAll('[data-element="breadcrumb"] li')).map(
      (li) =>
        li
          .textContent!.toLowerCase()
          .replace(/[^a-z0-9 ]/g, '')
          .trim(),
    );
    const i = crumbs.indexOf('servizi');
    expect(i).toBeGreaterThan(-1);
    expect(crumbs[i + 1]).toBe('anagrafe e stato civile');
    expect(screen.getByRole('link', { name: 'Prenota online' })).toHaveAttribute(
      'data-element',
      'service-online-access',
    );
  });

  test('an inactive service says so, with its reason, and offers no access button', () => {
    const { container } = renderPiazza(examples.minimal.render());
    const status = de(container, 'service-status')[0]!;
    expect(status).toHaveTextContent('Servizio non attivo');
    expect(status).toHaveTextContent('I pagamenti online riaprono il 1° aprile.');
    const header = screen.getByRole('heading', { level: 1 }).parentElement!;
    expect(header).toHaveAttribute('data-active', 'false');
    expect(within(header).queryByRole('link', { name: 'Accedi al servizio' })).toBeNull();
    expect(within(header).getByRole('link', { name: 'Prenota appuntamento' })).toBeInTheDocument();
  });

  test('C.SI.2.1, 2.2, 2.6: booking link, contacts, rating with the same title as every page', () => {
    const { container } = renderPiazza(examples.minimal.render());
    const booking = de(container, 'appointment-booking');
    expect(booking).toHaveLength(1);
    expect(booking[0]!.tagName).toBe('A');
    expect(booking[0]).toHaveAttribute('href', '/servizi/prenotazione-appuntamento/');
    expect(de(container, 'contacts')).toHaveLength(1);
    expect(de(container, 'service-area')[0]).toHaveTextContent('Ufficio Tributi');
    expect(de(container, 'feedback-title')[0]!.textContent).toBe(
      'Quanto sono chiare le informazioni su questa pagina?',
    );
    renderPiazza(
      <ServicePage
        service={minimalService}
        contactsBox={contactsBox}
        rating={false}
        breadcrumbs={false}
      />,
    );
    expect(de(document, 'feedback')).toHaveLength(1);
    expect(de(document, 'breadcrumb')).toHaveLength(1);
  });

  test('R.SI.1.1: the JSON-LD metatag validates against the checker’s schema', () => {
    const { container } = renderPiazza(examples.full.render());
    const scripts = de(container, 'metatag');
    expect(scripts).toHaveLength(1);
    expect(scripts[0]!.tagName).toBe('SCRIPT');
    expect(scripts[0]).toHaveAttribute('type', 'application/ld+json');
    const data = JSON.parse(scripts[0]!.innerHTML) as Record<string, unknown>;
    expect(validate(checkerSchema.schema as Schema, data)).toEqual([]);
    expect(data).toMatchObject({
      name: 'Richiedere la carta d’identità elettronica',
      serviceType: 'Anagrafe e stato civile',
      availableChannel: { serviceLocation: { address: { postalCode: '00100' } } },
    });
    // The validator can fail: a metadata object without the channel does not pass.
    const { availableChannel: _drop, ...partial } = data;
    expect(validate(checkerSchema.schema as Schema, partial)).toEqual([
      '$.availableChannel: missing',
    ]);
  });

  test('the JSON-LD cannot close its script; missing metadata throws naming the field', () => {
    const { container } = renderPiazza(
      <ServicePage
        service={{ ...minimalService, title: 'Servizio </script><b>x</b>' }}
        contactsBox={contactsBox}
      />,
    );
    const script = de(container, 'metatag')[0]!;
    expect(script.innerHTML).not.toContain('</script>');
    expect((JSON.parse(script.innerHTML) as { name: string }).name).toBe(
      'Servizio </script><b>x</b>',
    );
    expect(() =>
      serviceJsonLd({ ...cieService.metadata, name: 'X', serviceType: 'Y', audience: ' ' }),
    ).toThrow(/prop "metadata\.audience" must be a non-empty string/);
  });

  test('required sections are required by the types and at run time', () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { needed: _n, ...noNeeded } = minimalService;
    // @ts-expect-error "Cosa serve" is required
    const bad: ServicePageData = noNeeded;
    expect(() => renderPiazza(<ServicePage service={bad} contactsBox={contactsBox} />)).toThrow(
      /<ServicePage>: prop "service\.needed" is required/,
    );
    expect(() =>
      renderPiazza(
        // @ts-expect-error the calendar needs a text or steps
        <ServicePage service={{ ...minimalService, calendar: {} }} contactsBox={contactsBox} />,
      ),
    ).toThrow(/prop "service\.calendar" needs a text or steps/);
    spy.mockRestore();
  });
});

describe('PageIndex', () => {
  const items = [
    { id: 'uno', label: 'Uno' },
    { id: 'due', label: 'Due' },
  ];

  test('collapses on small screens behind a disclosure button; a link marks its section current', async () => {
    const user = userEvent.setup();
    renderPiazza(<PageIndex items={items} />);
    const nav = screen.getByRole('navigation', { name: 'Indice della pagina' });
    const button = within(nav).getByRole('button', { name: 'Indice della pagina' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    const list = document.getElementById(button.getAttribute('aria-controls')!)!;
    expect(list).toHaveClass('d-none', 'd-lg-block');
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(list).not.toHaveClass('d-none');
    expect(screen.getByRole('link', { name: 'Uno' })).toHaveAttribute('aria-current', 'true');
    await user.click(screen.getByRole('link', { name: 'Due' }));
    expect(screen.getByRole('link', { name: 'Due' })).toHaveAttribute('aria-current', 'true');
    expect(screen.getByRole('link', { name: 'Uno' })).not.toHaveAttribute('aria-current');
    expect(nav).toHaveAttribute('data-current', 'due');
    expect(button).toHaveAttribute('aria-expanded', 'false');
  });

  test('marks the section being read while scrolling', () => {
    let callback: IntersectionObserverCallback = () => {};
    const observe = vi.fn();
    vi.stubGlobal(
      'IntersectionObserver',
      class {
        constructor(cb: IntersectionObserverCallback) {
          callback = cb;
        }
        observe = observe;
        disconnect() {}
      },
    );
    renderPiazza(
      <>
        <PageIndex items={items} />
        <section id="uno">1</section>
        <section id="due">2</section>
      </>,
    );
    expect(observe).toHaveBeenCalledTimes(2);
    act(() =>
      callback(
        [
          { target: document.getElementById('uno')!, isIntersecting: false },
          { target: document.getElementById('due')!, isIntersecting: true },
        ] as unknown as IntersectionObserverEntry[],
        {} as IntersectionObserver,
      ),
    );
    expect(screen.getByRole('navigation')).toHaveAttribute('data-current', 'due');
    vi.unstubAllGlobals();
  });
});
