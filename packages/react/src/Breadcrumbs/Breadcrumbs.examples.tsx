import { defineExamples } from '../utils/examples.js';
import { Breadcrumbs } from './Breadcrumbs.js';

export const examples = defineExamples({
  servicePage: {
    name: 'Scheda servizio',
    description:
      'Il percorso di una scheda servizio: "Servizi" seguito dalla categoria (C.SI.1.3).',
    render: () => (
      <Breadcrumbs
        items={[
          { label: 'Home', href: '/' },
          { label: 'Servizi', href: '/servizi/' },
          { label: 'Anagrafe e stato civile', href: '/servizi/anagrafe-e-stato-civile/' },
          { label: 'Richiedere la carta d’identità elettronica' },
        ]}
      />
    ),
  },
  short: {
    name: 'Pagina di primo livello',
    render: () => (
      <Breadcrumbs items={[{ label: 'Home', href: '/' }, { label: 'Amministrazione' }]} />
    ),
  },
  long: {
    name: 'Percorso lungo',
    description:
      'Oltre quattro livelli, sugli schermi piccoli i passi intermedi si raccolgono dietro un pulsante.',
    render: () => (
      <Breadcrumbs
        items={[
          { label: 'Home', href: '/' },
          { label: 'Amministrazione', href: '/amministrazione/' },
          { label: 'Documenti e dati', href: '/amministrazione/documenti-e-dati/' },
          { label: 'Atti normativi', href: '/amministrazione/documenti-e-dati/atti-normativi/' },
          {
            label: 'Regolamenti',
            href: '/amministrazione/documenti-e-dati/atti-normativi/regolamenti/',
          },
          { label: 'Regolamento per l’uso dei parchi comunali' },
        ]}
      />
    ),
  },
});
