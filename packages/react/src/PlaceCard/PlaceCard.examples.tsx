import { defineExamples } from '../utils/examples.js';
import { PlaceCard } from './PlaceCard.js';

export const examples = defineExamples({
  default: {
    name: 'Luogo',
    render: () => (
      <PlaceCard
        title="Biblioteca civica"
        href="/vivere/luoghi/biblioteca-civica/"
        address="Via Roma 12, 10100"
        description="Prestito, sale studio e attività per ragazzi."
      />
    ),
  },
});
