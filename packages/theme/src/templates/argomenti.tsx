// Argomenti: every topic with a page (C.SI.1.5: `topic-element` texts from the model's 64) and
// each topic page with what is tagged with it.
import { Cards, Md, teaserEntry } from './parts.js';
import { newsCard } from './novita.js';
import { eventCard, placeCard } from './vivere.js';
import { HeaderImage, SIZES, cardImage, listImage } from './picture.js';
import { PageHeading, TopicCard, type CardListEntry } from '@piazza/react';
import { serviceCard } from './servizi.js';
import type { ArgomentoPage } from '../content/index.js';
import { byDateDesc, topicSlug, url, type SiteIndex } from './site.js';
import { crumbs, type PageDef } from './types.js';

const ORDER = ['Novità', 'Servizi', 'Amministrazione', 'Documenti', 'Eventi', 'Luoghi'];

export function argomentiPages(idx: SiteIndex): PageDef[] {
  const highlighted = new Set<string>(idx.site.highlightedTopics);
  const known = new Set<string>(idx.content.argomenti.map((a) => a.topic));
  const used = new Set<string>([
    ...idx.site.highlightedTopics,
    ...idx.content.servizi.flatMap((x) => x.topics),
    ...idx.content.notizie.flatMap((x) => x.topics),
    ...idx.content.eventi.flatMap((x) => x.topics),
    ...idx.content.luoghi.flatMap((x) => x.topics),
    ...idx.content.documenti.flatMap((x) => x.topics),
    ...idx.content.unitaOrganizzative.flatMap((x) => x.topics ?? []),
  ]);
  // Topics used by the content without a page of their own get a generated one.
  const generated: ArgomentoPage[] = [...used]
    .filter((t) => !known.has(t))
    .map((t) => ({
      slug: topicSlug(t) as ArgomentoPage['slug'],
      topic: t as ArgomentoPage['topic'],
      summary: `Servizi, notizie, eventi e documenti sul tema «${t}».`,
    }));
  const topics = [...idx.content.argomenti, ...generated].sort(
    (a, b) =>
      Number(highlighted.has(b.topic)) - Number(highlighted.has(a.topic)) ||
      a.topic.localeCompare(b.topic, 'it'),
  );
  const description =
    'Gli argomenti del sito: trova servizi, notizie, eventi e documenti per tema.';
  const pages: PageDef[] = [
    {
      path: url.topics,
      title: 'Argomenti',
      description,
      kind: 'other',
      breadcrumbs: crumbs(['Argomenti']),
      rating: false,
      searchKind: 'Sezione',
      body: () => (
        <>
          <PageHeading contained title="Argomenti" lead={description} />
          <section className="container mb-5" aria-label="Tutti gli argomenti">
            <ul className="row g-4 list-unstyled">
              {topics.map((t, i) => {
                const image = cardImage(idx, t.image, { sizes: SIZES.card, ...listImage(i) });
                return (
                  <li className="col-12 col-md-6 col-lg-4" key={t.slug}>
                    <TopicCard
                      topic={t.topic}
                      href={url.topic(t.topic)}
                      description={t.summary}
                      headingLevel={2}
                      {...(image ? { image } : {})}
                    />
                  </li>
                );
              })}
            </ul>
          </section>
        </>
      ),
    },
  ];
  for (const t of topics) {
    const tagged = idx.taggedWith(t.topic);
    const groups: { title: string; cards: CardListEntry[] }[] = [
      { title: 'Servizi', cards: tagged.servizi.map((s) => serviceCard(idx, s)) },
      {
        title: 'Novità',
        cards: [...tagged.notizie].sort(byDateDesc((n) => n.date)).map((n) => newsCard(idx, n)),
      },
      { title: 'Eventi', cards: tagged.eventi.map((e) => eventCard(idx, e)) },
      { title: 'Luoghi', cards: tagged.luoghi.map((l) => placeCard(idx, l)) },
      {
        title: 'Documenti',
        cards: tagged.documenti.map((d) => teaserEntry(idx.documentUrl(d), d.title, d.summary)),
      },
      {
        title: 'Amministrazione',
        cards: tagged.uffici.map((u) => teaserEntry(idx.unitUrl(u), u.title, u.summary)),
      },
    ]
      .filter((g) => g.cards.length > 0)
      // As the Modello's topic page: news first, then services, administration, documents.
      .sort((a, b) => ORDER.indexOf(a.title) - ORDER.indexOf(b.title));
    const office = t.ufficio ? idx.uffici.get(t.ufficio) : undefined;
    pages.push({
      path: url.topic(t.topic),
      title: t.topic,
      description: t.summary,
      kind: 'other',
      breadcrumbs: crumbs(['Argomenti', url.topics], [t.topic]),
      rating: false,
      searchKind: 'Argomento',
      body: () => (
        <>
          <PageHeading contained title={t.topic} lead={t.summary}>
            {office ? (
              <p>
                {'Ufficio di riferimento: '}
                <a href={idx.unitUrl(office)}>{office.title}</a>
              </p>
            ) : null}
          </PageHeading>
          <HeaderImage idx={idx} image={t.image} />
          {t.body ? (
            <div className="container mb-4">
              <Md text={t.body} level={2} />
            </div>
          ) : null}
          {groups.length === 0 ? (
            <div className="container mb-5">
              <p>Nessun contenuto collegato a questo argomento.</p>
            </div>
          ) : (
            groups.map((g) => (
              <section className="container mb-5" key={g.title} aria-label={g.title}>
                <h2 className="mb-4">{g.title}</h2>
                <Cards entries={g.cards} />
              </section>
            ))
          )}
        </>
      ),
    });
  }
  return pages;
}
