// The other pages: search, FAQ, booking, legal notes, privacy, site map, generic pages and 404
// (the segnalazione disservizio and the area personale are in richieste.tsx).
import { Faq, LegalNotes, PageHeading } from '@piazza/react';
import { backOfficeEndpoints } from '../back-office.js';
import { Island } from '../islands/collector.js';
import { Md, SiteContacts } from './parts.js';
import { bookingOffices } from './booking.js';
import { url, type SiteIndex } from './site.js';
import { crumbs, type PageDef } from './types.js';

export function altrePages(idx: SiteIndex, all: () => PageDef[]): PageDef[] {
  const { site, faq, pagine } = idx.content;
  const page = (slug: string) => pagine.find((p) => p.slug === slug);
  const reserved = new Set([
    'note-legali',
    'privacy',
    'ricerca',
    'domande-frequenti',
    'segnalazione-disservizio',
    'prenota-appuntamento',
    'mappa-del-sito',
    'area-personale',
  ]);
  const contacts = <SiteContacts site={site} />;
  // The booking flow: the back office of Site.bookingApi, or the offices of the content; with
  // neither, the page says how to book by phone or email (the build warns).
  const bookable = bookingOffices(idx);
  const bookingApi = backOfficeEndpoints(site).booking;
  const bookingBody = () =>
    bookingApi || bookable.offices.length > 0 ? (
      <Island
        name="booking"
        props={{
          privacyHref: site.legal.privacyUrl,
          ...(bookingApi
            ? { api: bookingApi }
            : { ...bookable, ...(site.patronDay ? { patronDay: site.patronDay } : {}) }),
        }}
      />
    ) : (
      <div className="row">
        <div className="col-lg-8">
          <p className="lead">
            La prenotazione online non è ancora disponibile: per un appuntamento telefona o scrivi
            al Comune.
          </p>
        </div>
        <div className="col-lg-4">{contacts}</div>
      </div>
    );
  const simple = (
    path: string,
    title: string,
    description: string,
    body: () => React.ReactElement,
    extra: Partial<PageDef> = {},
  ): PageDef => ({
    path,
    title,
    description,
    kind: 'other',
    breadcrumbs: crumbs([title]),
    rating: false,
    searchKind: 'Pagina',
    body,
    ...extra,
  });

  const faqGroups = [...new Set(faq.map((f) => f.category))].sort((a, b) =>
    a.localeCompare(b, 'it'),
  );
  const pages: PageDef[] = [
    simple(url.search, 'Cerca nel sito', `Cerca tra i contenuti del sito del ${site.name}.`, () => (
      <>
        <PageHeading contained title="Cerca nel sito" />
        <div className="container mb-5">
          <Island name="search" props={{ indexUrl: url.searchIndex }} />
        </div>
      </>
    )),
    simple(
      url.faq,
      'Domande frequenti',
      `Le risposte alle domande più frequenti sui servizi del ${site.name}.`,
      () => (
        <>
          <PageHeading
            contained
            title="Domande frequenti"
            lead="Le risposte alle domande più frequenti, raggruppate per tema."
          />
          <div className="container mb-5">
            {faqGroups.map((g) => (
              <section key={g} className="mb-5" aria-label={g}>
                <h2 className="mb-3">{g}</h2>
                <Faq
                  variant="details"
                  items={faq
                    .filter((f) => f.category === g)
                    .map((f) => ({
                      id: f.slug,
                      question: f.question,
                      answer: <Md text={f.answer} level={4} />,
                    }))}
                />
              </section>
            ))}
            {faq.length === 0 ? <p>Non ci sono ancora domande frequenti.</p> : null}
          </div>
        </>
      ),
    ),
    simple(
      url.booking,
      'Prenota appuntamento',
      `Prenota un appuntamento presso gli uffici del ${site.name}.`,
      () => (
        <>
          <PageHeading
            contained
            title="Prenota appuntamento"
            lead="Scegli l’ufficio, il giorno e l’orario, indica il motivo: riceverai la conferma per email."
          />
          <div className="container mb-5">{bookingBody()}</div>
        </>
      ),
    ),
    simple(
      url.legalNotes,
      'Note legali',
      `Note legali e licenza dei contenuti del sito del ${site.name}.`,
      () => (
        <>
          <PageHeading contained title="Note legali" />
          <div className="container mb-5">
            <LegalNotes className="mb-4" />
            <Md text={page('note-legali')?.body} level={2} />
          </div>
        </>
      ),
    ),
    simple(url.sitemap, 'Mappa del sito', `Tutte le pagine del sito del ${site.name}.`, () => {
      const pages = all().filter((p) => !p.noindex && p.path !== url.sitemap);
      const top = pages.filter((p) => p.path.split('/').filter(Boolean).length <= 1);
      const under = (p: string) =>
        pages.filter(
          (x) =>
            x.path.startsWith(p) &&
            x.path.split('/').filter(Boolean).length === p.split('/').filter(Boolean).length + 1,
        );
      return (
        <>
          <PageHeading contained title="Mappa del sito" />
          <div className="container mb-5">
            <ul>
              {top.map((p) => (
                <li key={p.path}>
                  <a href={p.path}>{p.title}</a>
                  {p.path !== '/' && under(p.path).length > 0 ? (
                    <ul>
                      {under(p.path).map((c) => (
                        <li key={c.path}>
                          <a href={c.path}>{c.title}</a>
                          {under(c.path).length > 0 && under(c.path).length <= 60 ? (
                            <ul>
                              {under(c.path).map((d) => (
                                <li key={d.path}>
                                  <a href={d.path}>{d.title}</a>
                                </li>
                              ))}
                            </ul>
                          ) : null}
                        </li>
                      ))}
                    </ul>
                  ) : null}
                </li>
              ))}
            </ul>
          </div>
        </>
      );
    }),
    simple(
      '/404.html',
      'Pagina non trovata',
      'La pagina che cerchi non esiste o è stata spostata.',
      () => (
        <>
          <PageHeading
            contained
            title="Pagina non trovata"
            lead="La pagina che cerchi non esiste o è stata spostata."
          />
          <div className="container mb-5">
            <p>
              Torna alla <a href="/">pagina iniziale</a>, consulta la{' '}
              <a href={url.sitemap}>mappa del sito</a> o <a href={url.search}>cerca nel sito</a>.
            </p>
          </div>
        </>
      ),
      { noindex: true },
    ),
  ];

  const privacy = page('privacy');
  if (site.legal.privacyUrl.startsWith(url.privacy) || privacy) {
    pages.push(
      simple(
        url.privacy,
        privacy?.title ?? 'Informativa privacy',
        privacy?.summary ?? `Informativa sul trattamento dei dati personali del ${site.name}.`,
        () => (
          <>
            <PageHeading
              contained
              title={privacy?.title ?? 'Informativa privacy'}
              lead={privacy?.summary}
            />
            <div className="container mb-5">
              {privacy ? (
                <Md text={privacy.body} level={2} />
              ) : (
                <p>
                  {`Il titolare del trattamento dei dati personali è il ${site.name}, ${site.contacts.address}, PEC `}
                  <a href={`mailto:${site.contacts.pec}`}>{site.contacts.pec}</a>
                  {'. Il sito non usa cookie di profilazione né servizi di terze parti.'}
                </p>
              )}
            </div>
          </>
        ),
      ),
    );
  }

  // Pages reached from an extraMenu item (custom-submenu) are first-level pages: rating
  // (C.SI.2.5) and, when they have child pages, second-level links (custom-category-link).
  // Their children are second-level pages, with the rating too.
  const firstLevel = new Set(
    site.extraMenu.flatMap((l) => /^\/([a-z0-9-]+)\/?$/.exec(l.url)?.[1] ?? []),
  );
  const pathOf = (p: (typeof pagine)[number]) =>
    p.parent ? `/${p.parent}/${p.slug}/` : `/${p.slug}/`;
  for (const p of pagine) {
    if (reserved.has(p.slug)) continue;
    const parent = p.parent ? page(p.parent) : undefined;
    const children = firstLevel.has(p.slug) ? pagine.filter((c) => c.parent === p.slug) : [];
    const extra: Partial<PageDef> = parent
      ? {
          kind: 'second-level',
          rating: true,
          breadcrumbs: crumbs([parent.title, pathOf(parent)], [p.title]),
        }
      : firstLevel.has(p.slug)
        ? { kind: 'first-level', rating: true }
        : {};
    pages.push(
      simple(
        pathOf(p),
        p.title,
        p.summary ?? p.title,
        () => (
          <>
            <PageHeading contained title={p.title} lead={p.summary} />
            <div className="container mb-5">
              <Md text={p.body} level={2} />
              {children.length > 0 ? (
                <div className="row g-4 mt-2">
                  {children.map((c) => (
                    <div key={c.slug} className="col-md-6 col-lg-4">
                      <div className="card card-teaser no-after rounded shadow-sm h-100">
                        <div className="card-body">
                          <h2 className="card-title h5">
                            <a
                              className="text-decoration-none"
                              href={pathOf(c)}
                              data-element="custom-category-link"
                            >
                              {c.title}
                            </a>
                          </h2>
                          {c.summary ? <p className="card-text">{c.summary}</p> : null}
                        </div>
                      </div>
                    </div>
                  ))}
                </div>
              ) : null}
            </div>
          </>
        ),
        extra,
      ),
    );
  }
  return pages;
}
