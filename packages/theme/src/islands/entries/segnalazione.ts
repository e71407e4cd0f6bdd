// Client entry of the "segnalazione" island (the segnalazione disservizio): lazy, as serviceflow.
import { hydrateOnInteraction } from '../lazy.js';
import { servicesEager } from '../eager.js';

hydrateOnInteraction(
  'segnalazione',
  async () => {
    const [{ hydrateIslands }, { SegnalazioneIsland }] = await Promise.all([
      import('../hydrate.js'),
      import('../components/SegnalazioneIsland.js'),
    ]);
    await hydrateIslands('segnalazione', SegnalazioneIsland);
  },
  servicesEager,
);
