import { defineExamples } from '../utils/examples.js';
import { HeaderCenter } from './HeaderCenter.js';

export const examples = defineExamples({
  default: {
    name: 'Marchio, social e ricerca',
    render: () => (
      <HeaderCenter
        name="Comune di Esempio"
        tagline="Un comune da vivere"
        socials={[
          { label: 'Facebook', href: 'https://www.facebook.com/comunediesempio', icon: 'facebook' },
          {
            label: 'Instagram',
            href: 'https://www.instagram.com/comunediesempio',
            icon: 'instagram',
          },
        ]}
      />
    ),
  },
  minimal: {
    name: 'Solo il nome',
    render: () => <HeaderCenter name="Comune di Esempio" search={false} />,
  },
});
