// Amministrazione: the first-level page, its 7 sections and their detail pages.
import type { Documento, PersonaPubblica, UnitaOrganizzativa } from '../content/index.js';
import {
  Attachment,
  CardGrid,
  ContactsBox,
  DetailLayout,
  Md,
  PageHeading,
  Section,
  TopicChips,
  type CardData,
} from './parts.js';
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
        <PageHeading title={M.label} description={M.description} />
        <section className="container mb-5" aria-labelledby="esplora-amministrazione">
          <h2 id="esplora-amministrazione" className="mb-4">
            Esplora l’amministrazione
          </h2>
          <ul className="row g-4 list-unstyled">
            {M.children.map((c) => (
              <li className="col-12 col-md-6 col-lg-4" key={c.slug}>
                <div className="card card-teaser shadow-sm p-3 rounded h-100">
                  <div className="card-body p-0">
                    <h3 className="card-title h5">
                      <a
                        href={url.managementSection(c.label)}
                        data-element="management-category-link"
                      >
                        {c.label}
                      </a>
                    </h3>
                    <p className="card-text mb-0">{c.description}</p>
                  </div>
                </div>
              </li>
            ))}
          </ul>
        </section>
        <section className="container mb-5" aria-labelledby="documenti-recenti">
          <h2 id="documenti-recenti" className="mb-4">
            Documenti recenti
          </h2>
          <CardGrid
            cards={[...content.documenti]
              .sort(byDateDesc((d) => d.date))
              .slice(0, 3)
              .map((d) => documentCard(idx, d))}
          />
        </section>
      </>
    ),
  });

  for (const c of M.children) {
    let cards: CardData[];
    if (UNIT_SECTIONS.includes(c.label)) {
      cards = content.unitaOrganizzative
        .filter((u) => u.section === c.label)
        .sort((a, b) => a.title.localeCompare(b.title, 'it'))
        .map((u) => ({
          title: u.title,
          href: idx.unitUrl(u),
          description: u.summary,
          kicker: u.type,
        }));
    } else if (c.label === 'Documenti e dati') {
      cards = [...content.documenti]
        .sort(byDateDesc((d) => d.date))
        .map((d) => documentCard(idx, d));
    } else {
      cards = content.persone
        .filter((p) => idx.personSection(p) === c.label)
        .sort((a, b) => a.name.localeCompare(b.name, 'it'))
        .map((p) => ({ title: p.name, href: idx.personUrl(p), description: p.role }));
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
          <PageHeading title={c.label} description={c.description} />
          <section className="container mb-5" aria-label={c.label}>
            <CardGrid
              cards={cards}
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

function documentCard(idx: SiteIndex, d: Documento): CardData {
  return {
    title: d.title,
    href: idx.documentUrl(d),
    description: d.summary,
    kicker: `${d.type} · ${formatDate(d.date)}`,
  };
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
  const sections = [
    { id: 'competenze', label: 'Competenze' },
    ...(head || people.length ? [{ id: 'persone', label: 'Persone' }] : []),
    ...(children.length || parent ? [{ id: 'struttura', label: 'Struttura' }] : []),
    ...(services.length ? [{ id: 'servizi', label: 'Servizi' }] : []),
    ...(u.hours || u.booking ? [{ id: 'orari', label: 'Orari di apertura' }] : []),
    { id: 'contatti', label: 'Contatti' },
  ];
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
        <PageHeading title={u.title} description={u.summary}>
          <TopicChips topics={u.topics ?? []} />
        </PageHeading>
        <DetailLayout sections={sections}>
          <Section id="competenze" title="Competenze">
            <Md text={u.body} />
          </Section>
          {head || people.length ? (
            <Section id="persone" title="Persone">
              <ul>
                {head ? (
                  <li>
                    <a href={idx.personUrl(head)}>{head.name}</a>
                    {`, ${head.role} (responsabile)`}
                  </li>
                ) : null}
                {people
                  .filter((p) => p !== head)
                  .map((p) => (
                    <li key={p.slug}>
                      <a href={idx.personUrl(p)}>{p.name}</a>
                      {`, ${p.role}`}
                    </li>
                  ))}
              </ul>
            </Section>
          ) : null}
          {children.length || parent ? (
            <Section id="struttura" title="Struttura">
              {parent ? (
                <p>
                  {'Fa parte di: '}
                  <a href={idx.unitUrl(parent)}>{parent.title}</a>
                </p>
              ) : null}
              {children.length ? (
                <ul>
                  {children.map((c) => (
                    <li key={c.slug}>
                      <a href={idx.unitUrl(c)}>{c.title}</a>
                    </li>
                  ))}
                </ul>
              ) : null}
            </Section>
          ) : null}
          {services.length ? (
            <Section id="servizi" title="Servizi">
              <ul>
                {services.map((s) => (
                  <li key={s.slug}>
                    <a href={idx.serviceUrl(s)}>{s.title}</a>
                  </li>
                ))}
              </ul>
            </Section>
          ) : null}
          {u.hours || u.booking ? (
            <Section id="orari" title="Orari di apertura">
              {u.hours ? <Md text={u.hours} /> : null}
              {u.booking ? (
                <p>
                  <a className="btn btn-primary" href={idx.bookingUrl}>
                    Prenota un appuntamento
                  </a>
                </p>
              ) : null}
            </Section>
          ) : null}
          <Section id="contatti" title="Contatti">
            <ContactsBox
              title={u.title}
              lines={[
                u.address ?? seat?.address,
                u.phone && `Telefono: ${u.phone}`,
                u.pec && `PEC: ${u.pec}`,
              ]}
              links={[
                ...(u.email ? [{ label: u.email, href: `mailto:${u.email}` }] : []),
                ...(seat ? [{ label: `Sede: ${seat.title}`, href: idx.placeUrl(seat) }] : []),
              ]}
            />
            {idx.pick(idx.contatti, u.puntiDiContatto).map((pc) => (
              <ContactsBox
                key={pc.slug}
                title={pc.title}
                lines={pc.entries.map((e) => `${e.label ?? e.type}: ${e.value}`)}
                links={[]}
              />
            ))}
          </Section>
        </DetailLayout>
      </>
    ),
  };
}

function personPage(idx: SiteIndex, p: PersonaPubblica): PageDef {
  const section = idx.personSection(p);
  const units = idx.pick(idx.uffici, p.unitaOrganizzative);
  const roles = idx.pick(idx.incarichi, p.incarichi);
  const sections = [
    { id: 'ruolo', label: 'Ruolo' },
    { id: 'biografia', label: 'Biografia' },
    ...(p.deleghe ? [{ id: 'deleghe', label: 'Deleghe' }] : []),
    ...(roles.length ? [{ id: 'incarichi', label: 'Incarichi' }] : []),
    ...(p.email || p.phone ? [{ id: 'contatti', label: 'Contatti' }] : []),
    ...(p.cv ? [{ id: 'curriculum', label: 'Curriculum vitae' }] : []),
  ];
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
        <PageHeading title={p.name} description={p.role} />
        <DetailLayout sections={sections}>
          <Section id="ruolo" title="Ruolo">
            <p>{p.role}</p>
            {p.since ? <p>{`In carica dal ${formatDate(p.since)}.`}</p> : null}
            {units.length ? (
              <ul>
                {units.map((u) => (
                  <li key={u.slug}>
                    <a href={idx.unitUrl(u)}>{u.title}</a>
                  </li>
                ))}
              </ul>
            ) : null}
          </Section>
          <Section id="biografia" title="Biografia">
            <p>{p.summary}</p>
            <Md text={p.body} />
          </Section>
          {p.deleghe ? (
            <Section id="deleghe" title="Deleghe">
              <Md text={p.deleghe} />
            </Section>
          ) : null}
          {roles.length ? (
            <Section id="incarichi" title="Incarichi">
              <ul>
                {roles.map((r) => (
                  <li key={r.slug}>
                    {`${r.title}, dal ${formatDate(r.start)}${r.end ? ` al ${formatDate(r.end)}` : ''}`}
                  </li>
                ))}
              </ul>
            </Section>
          ) : null}
          {p.email || p.phone ? (
            <Section id="contatti" title="Contatti">
              <ContactsBox
                title={p.name}
                lines={[p.phone && `Telefono: ${p.phone}`]}
                links={p.email ? [{ label: p.email, href: `mailto:${p.email}` }] : []}
              />
            </Section>
          ) : null}
          {p.cv ? (
            <Section id="curriculum" title="Curriculum vitae">
              <Attachment file={p.cv} />
            </Section>
          ) : null}
        </DetailLayout>
      </>
    ),
  };
}

function documentPage(idx: SiteIndex, d: Documento): PageDef {
  const office = d.ufficio ? idx.uffici.get(d.ufficio) : undefined;
  const services = idx.pick(idx.servizi, d.servizi);
  const sections = [
    { id: 'descrizione', label: 'Descrizione' },
    { id: 'documenti', label: 'Documenti' },
    ...(d.albo ? [{ id: 'albo', label: 'Albo pretorio' }] : []),
    ...(office || services.length ? [{ id: 'riferimenti', label: 'Riferimenti' }] : []),
  ];
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
        <PageHeading title={d.title} description={d.summary}>
          <p className="small">{`${d.type} del ${formatDate(d.date)}`}</p>
          <TopicChips topics={d.topics} />
        </PageHeading>
        <DetailLayout sections={sections}>
          <Section id="descrizione" title="Descrizione">
            {d.body ? <Md text={d.body} /> : <p>{d.summary}</p>}
            {d.licenza ? <p>{`Licenza: ${d.licenza}`}</p> : null}
          </Section>
          <Section id="documenti" title="Documenti">
            {d.files.map((f) => (
              <Attachment key={f.url} file={f} />
            ))}
          </Section>
          {d.albo ? (
            <Section id="albo" title="Albo pretorio">
              <p>
                {`${d.albo.tipoAtto} n. ${d.albo.numero}, pubblicato dal ${formatDate(d.albo.from)} al ${formatDate(d.albo.to)}.`}
              </p>
            </Section>
          ) : null}
          {office || services.length ? (
            <Section id="riferimenti" title="Riferimenti">
              <ul>
                {office ? (
                  <li>
                    {'Ufficio responsabile: '}
                    <a href={idx.unitUrl(office)}>{office.title}</a>
                  </li>
                ) : null}
                {services.map((s) => (
                  <li key={s.slug}>
                    {'Servizio: '}
                    <a href={idx.serviceUrl(s)}>{s.title}</a>
                  </li>
                ))}
              </ul>
            </Section>
          ) : null}
        </DetailLayout>
      </>
    ),
  };
}
