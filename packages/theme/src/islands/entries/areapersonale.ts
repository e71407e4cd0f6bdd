// Client entry of the "areapersonale" island: lazy, as serviceflow (a signed-in citizen sees the
// area at once).
import { hydrateOnInteraction } from '../lazy.js';
import { servicesEager } from '../eager.js';

hydrateOnInteraction(
  'areapersonale',
  async () => {
    const [{ hydrateIslands }, { AreaPersonaleIsland }] = await Promise.all([
      import('../hydrate.js'),
      import('../components/AreaPersonaleIsland.js'),
    ]);
    await hydrateIslands('areapersonale', AreaPersonaleIsland);
  },
  servicesEager,
);
