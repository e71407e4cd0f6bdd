// Source: italia/daf-ontologie-vocabolari-controllati (commit d8596ae), CC-BY 4.0 (business-event.csv): business events (eventi della vita delle imprese).
// aliases: the different spelling used by italia/design-comuni-wordpress-theme (commit 1c15e7b) (eventi_vita_impresa), when it differs.
// Drift: where the two disagree the national vocabulary wins (the theme has typos, e.g. "Espatri oper lavoro").
// GENERATED once from the reference copy, then frozen here: edit by hand with care
// (the tests compare these terms with the checker fixtures in test/fixtures).
import { deepFreeze } from '../freeze.js';
import type { Term } from '../types.js';

export const EVENTI_VITA_IMPRESE = deepFreeze([
  { label: 'Avvio impresa', slug: 'avvio-impresa', code: '1', labelEn: 'Starting a company' },
  {
    label: 'Avvio nuova attività professionale',
    slug: 'avvio-nuova-attivita-professionale',
    code: '2',
    labelEn: 'Starting a new activity',
  },
  {
    label: 'Richiesta licenze/permessi/certificati',
    slug: 'richiesta-licenze-permessi-certificati',
    code: '3',
    labelEn: 'Applying for licenses, permits and certificates',
    aliases: ['Richiesta licenze, permessi e certificati'],
  },
  {
    label: 'Registrazione impresa transfrontaliera',
    slug: 'registrazione-impresa-transfrontaliera',
    code: '4',
    labelEn: 'Registering a cross-border business',
  },
  {
    label: 'Avvio/registrazione filiale',
    slug: 'avvio-registrazione-filiale',
    code: '5',
    labelEn: 'Starting/Registering a branch',
    aliases: ['Avviso e registrazione filiale'],
  },
  {
    label: 'Finanziamento impresa',
    slug: 'finanziamento-impresa',
    code: '6',
    labelEn: 'Financing a company',
  },
  { label: 'Gestione personale', slug: 'gestione-personale', code: '7', labelEn: 'Staffing' },
  {
    label: 'Pagamento tasse, iva e dogane',
    slug: 'pagamento-tasse-iva-e-dogane',
    code: '8',
    labelEn: 'Paying taxes (VAT and customs)',
    aliases: ['Pagamento iva, tasse e dogane'],
  },
  {
    label: 'Notifiche autorità',
    slug: 'notifiche-autorita',
    code: '9',
    labelEn: 'Reporting and notifying authorities',
  },
  {
    label: 'Chiusura impresa e attività professionale',
    slug: 'chiusura-impresa-e-attivita-professionale',
    code: '10',
    labelEn: 'Closing a company/a professional activity',
  },
  { label: 'Chiusura filiale', slug: 'chiusura-filiale', code: '11', labelEn: 'Closing a branch' },
  {
    label: 'Ristrutturazione impresa',
    slug: 'ristrutturazione-impresa',
    code: '12',
    labelEn: 'Restructuring company',
  },
  { label: 'Vendita impresa', slug: 'vendita-impresa', code: '13', labelEn: 'Selling company' },
  { label: 'Bancarotta', slug: 'bancarotta', code: '14', labelEn: 'Bankruptcy' },
  {
    label: 'Partecipazione ad appalti pubblici nazionali e trasfrontalieri',
    slug: 'partecipazione-ad-appalti-pubblici-nazionali-e-trasfrontalieri',
    code: '15',
    labelEn: 'Participating in public procurement (national and cross-border)',
    aliases: ['Partecipazione ad appalti pubblici nazionali e transfrontalieri'],
  },
] as const satisfies readonly Term[]);
