import { defineExamples } from '../utils/examples.js';
import { TopicChip } from './TopicChip.js';
import { TopicChipList } from './TopicChipList.js';

export const examples = defineExamples({
  serviceTopics: {
    name: 'Argomenti di un servizio',
    description: 'Nell’intestazione della scheda servizio ogni argomento porta `service-topic`.',
    render: () => (
      <ul className="d-flex flex-wrap gap-2 list-unstyled">
        <li>
          <TopicChip topic="Anagrafe" href="/argomenti/anagrafe/" dataElement="service-topic" />
        </li>
        <li>
          <TopicChip
            topic="Accesso all'informazione"
            href="/argomenti/accesso-all-informazione/"
            dataElement="service-topic"
          />
        </li>
      </ul>
    ),
  },
  text: {
    name: 'Senza collegamento',
    render: () => <TopicChip topic="Turismo" />,
  },
  list: {
    name: 'Elenco di argomenti',
    description:
      'Gli argomenti di una pagina di dettaglio, ciascuno un collegamento alla sua pagina.',
    render: () => (
      <TopicChipList
        topics={['Turismo', 'Tempo libero']}
        topicHref={(t) => `/argomenti/${t.toLowerCase().replace(/ /g, '-')}/`}
      />
    ),
  },
});
