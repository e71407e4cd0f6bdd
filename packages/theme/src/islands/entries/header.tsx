// Client entry of the "header" island: hydrated on the first interaction with the header.
import { hydrateOnInteraction } from '../lazy.js';

hydrateOnInteraction('header', async () => {
  const [{ hydrateIslands }, { HeaderIsland }] = await Promise.all([
    import('../hydrate.js'),
    import('../components/HeaderIsland.js'),
  ]);
  await hydrateIslands('header', HeaderIsland);
});
