// Amministrazione: the first-level page, its 7 sections and their detail pages.
import {
  Attachment,
  CategoryCard,
  ContactCard,
  DetailPage,
  PageHeading,
  TopicChipList,
  telHref,
  type CardListEntry,
} from '@piazza/react';
import type {
  Documento,
  PersonaPubblica,
  PuntoDiContatto,
  UnitaOrganizzativa,
} from '../content/index.js';
import { Cards, LinkList, Md, fileProps, teaserEntry } from './parts.js';
import { SECTIONS, byDateDesc, formatDate, url, type SiteIndex } from './site.js';
import { crumbs, type PageDef } from './types.js';

const M = SECTIONS.management;
const UNIT_SECTIONS = ['Organi di governo', 'Aree amministrative', 'Uffici', 'Enti e fondazioni'];

export function amministrazionePages(idx: SiteIndex): PageDef[] {
  const { content } = idx;
  const pages: PageDef[] = [];
  const base = crumbs([M.label, url.management]);

  pages.push({
    path: url.management,
    title: M.label,
    description: M.description ?? 'La struttura amministrativa del Comune.',
    kind: 'first-level',
    section: 'management',
    breadcrumbs: crumbs([M.label]),
    rating: true,
    searchKind: 'Sezione',
    body: () => (
      <>
        <PageHeading contained title={M.label} lead={M.description} />
        <section className="container mb-5" aria-labelledby="esplora-amministrazione">
          <h2 id="esplora-amministrazione" className="mb-4">
            Esplora l’amministrazione
          </h2>
          <Cards
            entries={M.children.map((c) => ({
              key: c.slug,
              card: (
                <CategoryCard
                  section="management"
                  title={c.label}
                  href={url.managementSection(c.label)}
                  {...(c.description ? { description: c.description } : {})}
                />
              ),
            }))}
          />
        </section>
        <section className="container mb-5" aria-labelledby="documenti-recenti">
          <h2 id="documenti-recenti" className="mb-4">
            Documenti recenti
          </h2>
          <Cards
            entries={[...content.documenti]
              .sort(byDateDesc((d) => d.date))
              .slice(0, 3)
              .map((d) => documentCard(idx, d))}
          />
        </section>
      </>
    ),
  });

  for (const c of M.children) {
    let cards: CardListEntry[];
    if (UNIT_SECTIONS.includes(c.label)) {
      cards = content.unitaOrganizzative
        .filter((u) => u.section === c.label)
        .sort((a, b) => a.title.localeCompare(b.title, 'it'))
        .map((u) => teaserEntry(idx.unitUrl(u), u.title, u.summary, u.type));
    } else if (c.label === 'Documenti e dati') {
      cards = [...content.documenti]
        .sort(byDateDesc((d) => d.date))
        .map((d) => documentCard(idx, d));
    } else {
      cards = content.persone
        .filter((p) => idx.personSection(p) === c.label)
        .sort((a, b) => a.name.localeCompare(b.name, 'it'))
        .map((p) => teaserEntry(idx.personUrl(p), p.name, p.role));
    }
    pages.push({
      path: url.managementSection(c.label),
      title: c.label,
      description: c.description ?? c.label,
      kind: 'second-level',
      section: 'management',
      breadcrumbs: [...base, { label: c.label }],
      rating: true,
      searchKind: 'Amministrazione',
      body: () => (
        <>
          <PageHeading contained title={c.label} lead={c.description} />
          <section className="container mb-5" aria-label={c.label}>
            <Cards
              entries={cards}
              headingLevel={2}
              empty="Nessun elemento pubblicato in questa sezione."
            />
          </section>
        </>
      ),
    });
  }

  for (const u of content.unitaOrganizzative) pages.push(unitPage(idx, u));
  for (const p of content.persone) pages.push(personPage(idx, p));
  for (const d of content.documenti) pages.push(documentPage(idx, d));
  return pages;
}

function documentCard(idx: SiteIndex, d: Documento): CardListEntry {
  return teaserEntry(idx.documentUrl(d), d.title, d.summary, `${d.type} · ${formatDate(d.date)}`);
}

/** A contact point (punto di contatto) as a ContactCard: the first of each kind, the rest as links. */
function contactPointCard(pc: PuntoDiContatto) {
  const first: Record<string, string> = {};
  const links: { label: string; href?: string }[] = [];
  const key = { Telefono: 'phone', Email: 'email', PEC: 'pec', Indirizzo: 'address' } as Record<
    string,
    string | undefined
  >;
  for (const e of pc.entries) {
    const k = key[e.type];
    if (k && !first[k] && !e.label) first[k] = e.value;
    else {
      const href = entryHref(e.type, e.value);
      links.push({ label: `${e.label ?? e.type}: ${e.value}`, ...(href ? { href } : {}) });
    }
  }
  return <ContactCard key={pc.slug} className="mb-3" title={pc.title} {...first} links={links} />;
}

/** Where an entry of a contact point links: mail, phone, a web address; else nowhere. */
function entryHref(type: string, value: string): string | undefined {
  if (type === 'Email' || type === 'PEC') return `mailto:${value}`;
  if (type === 'Telefono') return telHref(value);
  return /^https?:\/\//.test(value) ? value : undefined;
}

function unitPage(idx: SiteIndex, u: UnitaOrganizzativa): PageDef {
  const head = u.responsabile ? idx.persone.get(u.responsabile) : undefined;
  const people = idx.pick(idx.persone, u.persone);
  const services = [
    ...idx.content.servizi.filter((s) => s.contatti === u.slug),
    ...idx.pick(idx.servizi, u.servizi),
  ].filter((s, i, all) => all.indexOf(s) === i);
  const seat = u.luogo ? idx.luoghi.get(u.luogo) : undefined;
  const parent = u.parent ? idx.uffici.get(u.parent) : undefined;
  const children = idx.content.unitaOrganizzative.filter((x) => x.parent === u.slug);
  const address = u.address ?? seat?.address;
  return {
    path: idx.unitUrl(u),
    title: u.title,
    description: u.summary,
    kind: 'detail',
    section: 'management',
    breadcrumbs: crumbs(
      [M.label, url.management],
      [u.section, url.managementSection(u.section)],
      [u.title],
    ),
    rating: false,
    searchKind: u.type,
    body: () => (
      <>
        <PageHeading contained title={u.title} lead={u.summary}>
          <TopicChipList topics={u.topics ?? []} topicHref={url.topic} />
        </PageHeading>
        <DetailPage
          sections={[
            { id: 'competenze', title: 'Competenze', content: <Md text={u.body} /> },
            {
              id: 'persone',
              title: 'Persone',
              content: (head || people.length > 0) && (
                <LinkList
                  items={[
                    ...(head
                      ? [
                          {
                            href: idx.personUrl(head),
                            label: head.name,
                            after: `, ${head.role} (responsabile)`,
                          },
                        ]
                      : []),
                    ...people
                      .filter((p) => p !== head)
                      .map((p) => ({
                        href: idx.personUrl(p),
                        label: p.name,
                        after: `, ${p.role}`,
                      })),
                  ]}
                />
              ),
            },
            {
              id: 'struttura',
              title: 'Struttura',
              content: (children.length > 0 || parent) && (
                <>
                  {parent ? (
                    <p>
                      {'Fa parte di: '}
                      <a href={idx.unitUrl(parent)}>{parent.title}</a>
                    </p>
                  ) : null}
                  {children.length ? (
                    <LinkList
                      items={children.map((c) => ({ href: idx.unitUrl(c), label: c.title }))}
                    />
                  ) : null}
                </>
              ),
            },
            {
              id: 'servizi',
              title: 'Servizi',
              content: services.length > 0 && (
                <LinkList
                  items={services.map((s) => ({ href: idx.serviceUrl(s), label: s.title }))}
                />
              ),
            },
            {
              id: 'orari',
              title: 'Orari di apertura',
              content: (u.hours || u.booking) && (
                <>
                  {u.hours ? <Md text={u.hours} /> : null}
                  {u.booking ? (
                    <p>
                      <a className="btn btn-primary" href={idx.bookingUrl}>
                        Prenota un appuntamento
                      </a>
                    </p>
                  ) : null}
                </>
              ),
            },
            {
              id: 'contatti',
              title: 'Contatti',
              content: (
                <>
                  <ContactCard
                    className="mb-3"
                    title={u.title}
                    {...(address ? { address } : {})}
                    {...(u.phone ? { phone: u.phone } : {})}
                    {...(u.email ? { email: u.email } : {})}
                    {...(u.pec ? { pec: u.pec } : {})}
                    links={seat ? [{ label: `Sede: ${seat.title}`, href: idx.placeUrl(seat) }] : []}
                  />
                  {idx.pick(idx.contatti, u.puntiDiContatto).map(contactPointCard)}
                </>
              ),
            },
          ]}
        />
      </>
    ),
  };
}

function personPage(idx: SiteIndex, p: PersonaPubblica): PageDef {
  const section = idx.personSection(p);
  const units = idx.pick(idx.uffici, p.unitaOrganizzative);
  const roles = idx.pick(idx.incarichi, p.incarichi);
  return {
    path: idx.personUrl(p),
    title: p.name,
    description: `${p.role}. ${p.summary}`,
    kind: 'detail',
    section: 'management',
    breadcrumbs: crumbs(
      [M.label, url.management],
      [section, url.managementSection(section)],
      [p.name],
    ),
    rating: false,
    searchKind: 'Persona',
    searchText: p.role,
    body: () => (
      <>
        <PageHeading contained title={p.name} lead={p.role} />
        <DetailPage
          sections={[
            {
              id: 'ruolo',
              title: 'Ruolo',
              content: (
                <>
                  <p>{p.role}</p>
                  {p.since ? <p>{`In carica dal ${formatDate(p.since)}.`}</p> : null}
                  {units.length ? (
                    <LinkList
                      items={units.map((x) => ({ href: idx.unitUrl(x), label: x.title }))}
                    />
                  ) : null}
                </>
              ),
            },
            {
              id: 'biografia',
              title: 'Biografia',
              content: (
                <>
                  <p>{p.summary}</p>
                  <Md text={p.body} />
                </>
              ),
            },
            { id: 'deleghe', title: 'Deleghe', content: p.deleghe && <Md text={p.deleghe} /> },
            {
              id: 'incarichi',
              title: 'Incarichi',
              content: roles.length > 0 && (
                <ul>
                  {roles.map((r) => (
                    <li key={r.slug}>
                      {`${r.title}, dal ${formatDate(r.start)}${r.end ? ` al ${formatDate(r.end)}` : ''}`}
                    </li>
                  ))}
                </ul>
              ),
            },
            {
              id: 'contatti',
              title: 'Contatti',
              content: (p.email || p.phone) && (
                <ContactCard
                  title={p.name}
                  {...(p.phone ? { phone: p.phone } : {})}
                  {...(p.email ? { email: p.email } : {})}
                />
              ),
            },
            {
              id: 'curriculum',
              title: 'Curriculum vitae',
              content: p.cv && <Attachment className="mb-3" {...fileProps(p.cv)} />,
            },
          ]}
        />
      </>
    ),
  };
}

function documentPage(idx: SiteIndex, d: Documento): PageDef {
  const office = d.ufficio ? idx.uffici.get(d.ufficio) : undefined;
  const services = idx.pick(idx.servizi, d.servizi);
  return {
    path: idx.documentUrl(d),
    title: d.title,
    description: d.summary,
    kind: 'detail',
    section: 'management',
    breadcrumbs: crumbs(
      [M.label, url.management],
      ['Documenti e dati', url.managementSection('Documenti e dati')],
      [d.title],
    ),
    rating: false,
    searchKind: 'Documento',
    searchText: d.type,
    body: () => (
      <>
        <PageHeading contained title={d.title} lead={d.summary}>
          <p className="small">{`${d.type} del ${formatDate(d.date)}`}</p>
          <TopicChipList topics={d.topics} topicHref={url.topic} />
        </PageHeading>
        <DetailPage
          sections={[
            {
              id: 'descrizione',
              title: 'Descrizione',
              content: (
                <>
                  {d.body ? <Md text={d.body} /> : <p>{d.summary}</p>}
                  {d.licenza ? <p>{`Licenza: ${d.licenza}`}</p> : null}
                </>
              ),
            },
            {
              id: 'documenti',
              title: 'Documenti',
              content: d.files.map((f) => (
                <Attachment key={f.url} className="mb-3" {...fileProps(f)} />
              )),
            },
            {
              id: 'albo',
              title: 'Albo pretorio',
              content: d.albo && (
                <p>
                  {`${d.albo.tipoAtto} n. ${d.albo.numero}, pubblicato dal ${formatDate(d.albo.from)} al ${formatDate(d.albo.to)}.`}
                </p>
              ),
            },
            {
              id: 'riferimenti',
              title: 'Riferimenti',
              content: (office || services.length > 0) && (
                <LinkList
                  items={[
                    ...(office
                      ? [
                          {
                            href: idx.unitUrl(office),
                            label: office.title,
                            before: 'Ufficio responsabile: ',
                          },
                        ]
                      : []),
                    ...services.map((s) => ({
                      href: idx.serviceUrl(s),
                      label: s.title,
                      before: 'Servizio: ',
                    })),
                  ]}
                />
              ),
            },
          ]}
        />
      </>
    ),
  };
}
