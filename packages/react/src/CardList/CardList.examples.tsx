import { CATEGORIE_SERVIZIO } from '@piazza/vocabularies';
import { defineExamples } from '../utils/examples.js';
import { PageFrame } from '../PageFrame/PageFrame.js';
import { exampleSite } from '../PageFrame/PageFrame.examples.js';
import { PageHeading } from '../PageHeading/PageHeading.js';
import { CategoryCard } from '../CategoryCard/CategoryCard.js';
import { ContactsBox } from '../ContactsBox/ContactsBox.js';
import { NewsCard } from '../NewsCard/NewsCard.js';
import { Rating } from '../Rating/Rating.js';
import { ServiceCard } from '../ServiceCard/ServiceCard.js';
import { CardList } from './CardList.js';
import { TeaserCard } from './TeaserCard.js';
import { SAMPLE_SERVICES, type SampleService } from './sample-services.js';

const servicesCount = (n: number) => (n === 1 ? '1 servizio trovato' : `${n} servizi trovati`);

const services = (
  <CardList
    items={SAMPLE_SERVICES}
    getKey={(s: SampleService) => s.slug}
    renderItem={(s) => (
      <ServiceCard
        title={s.title}
        href={`/servizi/${s.slug}/`}
        description={s.description}
        category={s.category}
      />
    )}
    pageSize={6}
    nextPageHref="/servizi/?pagina=2"
    searchText={(s) => `${s.title} ${s.description}`}
    filters={[
      {
        id: 'categoria',
        label: 'Categoria',
        options: [...new Set(SAMPLE_SERVICES.map((s) => s.category))],
        matches: (s, v) => s.category === v,
      },
      {
        id: 'argomento',
        label: 'Argomento',
        options: [...new Set(SAMPLE_SERVICES.flatMap((s) => s.topics))].sort(),
        matches: (s, v) => (s.topics as readonly string[]).includes(v),
      },
    ]}
    messages={{ count: servicesCount, search: 'Cerca un servizio' }}
  />
);

export const examples = defineExamples({
  services: {
    name: 'Elenco dei servizi',
    description:
      'Conteggio annunciato, filtri per categoria e argomento, ricerca, “Carica altri risultati” (`load-other-cards`) che porta il focus sul primo nuovo servizio.',
    render: () => services,
  },
  news: {
    name: 'Elenco di notizie',
    render: () => (
      <CardList
        items={[
          { id: 'a', title: 'Nuovi orari dello sportello anagrafe', date: '2025-03-14' },
          { id: 'b', title: 'Lavori in via Roma', date: '2025-03-10' },
          { id: 'c', title: 'Bando per i centri estivi', date: '2025-03-02' },
        ]}
        getKey={(n) => n.id}
        renderItem={(n) => (
          <NewsCard type="Avvisi" date={n.date} title={n.title} href={`/novita/${n.id}/`} />
        )}
        pageSize={2}
        columns={2}
      />
    ),
  },
  servicesPage: {
    name: 'Pagina Servizi',
    page: true,
    description:
      'La pagina Servizi nella cornice del sito: categorie (`service-category-link`), almeno 10 servizi (`service-link`) con “Carica altri risultati”, prenotazione (`appointment-booking`) e valutazione (C.SI.1.3, 1.7, 2.1, 2.5).',
    render: () => (
      <PageFrame
        {...exampleSite}
        currentHref="/servizi/"
        breadcrumbs={[{ label: 'Home', href: '/' }, { label: 'Servizi' }]}
        rating={
          <div className="container pb-5">
            <Rating />
          </div>
        }
      >
        <div className="container">
          <PageHeading
            title="Servizi"
            lead="Tutti i servizi del Comune: informazioni, requisiti e accesso online."
          />
          <section className="mb-5" aria-labelledby="esplora-categorie">
            <h2 id="esplora-categorie" className="h3 mb-4">
              Esplora per categoria
            </h2>
            <ul className="row g-4 list-unstyled">
              {CATEGORIE_SERVIZIO.slice(0, 6).map((c) => (
                <li key={c.slug} className="col-12 col-md-6 col-lg-4">
                  <CategoryCard
                    section="all-services"
                    title={c.label}
                    href={`/servizi/${c.slug}/`}
                    description={c.description}
                  />
                </li>
              ))}
            </ul>
          </section>
          <section className="mb-5" aria-labelledby="tutti-i-servizi">
            <h2 id="tutti-i-servizi" className="h3 mb-4">
              Tutti i servizi
            </h2>
            {services}
          </section>
          <div className="row pb-5">
            <div className="col-12 col-lg-6 offset-lg-3">
              <ContactsBox
                faqHref="/leggi-le-faq/"
                assistanceHref="/servizi/richiesta-assistenza/"
                tollFreeNumber="800 123 456"
                bookingHref="/servizi/prenotazione-appuntamento/"
                reportHref="/segnalazione-disservizio/"
              />
            </div>
          </div>
        </div>
      </PageFrame>
    ),
  },
  staticSite: {
    name: 'Sito statico (senza React)',
    description:
      'Con `enhancement="script"` tutte le schede sono nell’HTML e il pulsante è nascosto: lo script `enhanceLoadMore` di `@piazza/react/load-more` mostra la prima pagina e il pulsante.',
    render: () => (
      <CardList
        enhancement="script"
        pageSize={6}
        entries={SAMPLE_SERVICES.map((s) => ({
          key: s.slug,
          card: <ServiceCard title={s.title} href={`/servizi/${s.slug}/`} />,
        }))}
        messages={{ loadMore: 'Carica altri servizi' }}
      />
    ),
  },
  teasers: {
    name: 'Schede semplici (TeaserCard)',
    description:
      'Per elementi senza una scheda propria (uffici, documenti): tipo, titolo con il collegamento e descrizione.',
    render: () => (
      <CardList
        enhancement="script"
        entries={[
          {
            key: 'delibera',
            card: (
              <TeaserCard
                title="Delibera di approvazione del bilancio"
                href="/amministrazione/documenti/delibera-bilancio/"
                kicker="Delibera · 3 marzo 2026"
                description="Il bilancio di previsione 2026-2028."
              />
            ),
          },
          {
            key: 'anagrafe',
            card: (
              <TeaserCard
                title="Ufficio Anagrafe"
                href="/amministrazione/uffici/anagrafe/"
                kicker="Ufficio"
              />
            ),
          },
        ]}
      />
    ),
  },
});
