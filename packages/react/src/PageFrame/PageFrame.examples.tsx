import { MENU } from '@piazza/vocabularies';
import { defineExamples } from '../utils/examples.js';
import { PageHeading } from '../PageHeading/PageHeading.js';
import { SecondLevelLinks } from '../SecondLevelLinks/SecondLevelLinks.js';
import { LegalNotes } from '../LegalNotes/LegalNotes.js';
import { PageFrame, type PageFrameProps } from './PageFrame.js';

/**
 * A realistic site, "Comune di Esempio" in "Regione Esempio", for page examples and stories:
 * `<PageFrame {...exampleSite} breadcrumbs={...}>content</PageFrame>`.
 * The other areas' page stories reuse it.
 */
export const exampleSite = {
  header: {
    slim: {
      region: { name: 'Regione Esempio', href: 'https://www.regione.esempio.it/' },
      loginHref: '/area-personale/',
    },
    center: {
      name: 'Comune di Esempio',
      tagline: 'Un comune da vivere',
      socials: [
        { label: 'Facebook', href: 'https://www.facebook.com/comunediesempio', icon: 'facebook' },
        {
          label: 'Instagram',
          href: 'https://www.instagram.com/comunediesempio',
          icon: 'instagram',
        },
        { label: 'YouTube', href: 'https://www.youtube.com/@comunediesempio', icon: 'youtube' },
      ],
      search: { action: '/ricerca/' },
    },
    navbar: {
      topics: [
        { label: 'Mobilità sostenibile', href: '/argomenti/mobilita-sostenibile/' },
        { label: 'Istruzione', href: '/argomenti/istruzione/' },
        { label: 'Turismo', href: '/argomenti/turismo/' },
      ],
      allTopicsHref: '/argomenti/',
    },
  },
  footer: {
    name: 'Comune di Esempio',
    contacts: {
      address: 'Piazza del Municipio 1, 00100 Esempio (EX)',
      pec: 'protocollo@pec.comune.esempio.it',
      phone: '+39 0123 456789',
      fiscalCode: '00000000000',
      vatNumber: '00000000000',
      href: '/amministrazione/uffici/',
    },
    socials: [
      { label: 'Facebook', href: 'https://www.facebook.com/comunediesempio', icon: 'facebook' },
      { label: 'Instagram', href: 'https://www.instagram.com/comunediesempio', icon: 'instagram' },
      { label: 'YouTube', href: 'https://www.youtube.com/@comunediesempio', icon: 'youtube' },
    ],
    legalLinks: {
      faq: '/leggi-le-faq/',
      reportInefficiency: '/segnalazione-disservizio/',
      privacyPolicy: '/informativa-privacy/',
      legalNotes: '/note-legali/',
      accessibility: 'https://form.agid.gov.it/view/00000000-0000-0000-0000-000000000000',
      improvementPlan: '/piano-di-miglioramento-del-sito/',
    },
  },
  cookieBar: { policyHref: '/informativa-privacy/#cookie' },
} satisfies Pick<PageFrameProps, 'header' | 'footer' | 'cookieBar'>;

const management = MENU[0];

export const examples = defineExamples({
  firstLevelPage: {
    name: 'Pagina di primo livello',
    page: true,
    description:
      'Una pagina intera: header con menu e megamenu, breadcrumb, titolo, le sezioni di secondo livello (management-category-link), footer con i link legali, skip link, cookie bar e "Torna su".',
    render: () => (
      <PageFrame
        {...exampleSite}
        currentHref="/amministrazione/"
        breadcrumbs={[{ label: 'Home', href: '/' }, { label: 'Amministrazione' }]}
      >
        <div className="container">
          <PageHeading title={management.label} lead={management.description} />
          <section aria-labelledby="esplora-amministrazione" className="pb-5">
            <h2 id="esplora-amministrazione" className="h3 mb-4">
              Esplora l’amministrazione
            </h2>
            <SecondLevelLinks section="management" />
          </section>
        </div>
      </PageFrame>
    ),
  },
  legalNotesPage: {
    name: 'Pagina "Note legali"',
    page: true,
    description:
      'La pagina linkata da "Note legali" nel footer, con la licenza CC-BY 4.0 (C.SI.3.4).',
    render: () => (
      <PageFrame
        {...exampleSite}
        cookieBar={false}
        currentHref="/note-legali/"
        breadcrumbs={[{ label: 'Home', href: '/' }, { label: 'Note legali' }]}
      >
        <div className="container pb-5">
          <PageHeading title="Note legali" />
          <LegalNotes />
        </div>
      </PageFrame>
    ),
  },
});
