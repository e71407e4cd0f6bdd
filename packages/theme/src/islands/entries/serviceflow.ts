// Client entry of the "serviceflow" island (a service's online request): hydrated on the first
// interaction, or at once when this browser already has a simulated sign-in, a draft of the
// service, a request to complete, or the comune's back office to ask (see ../eager.ts).
import { hydrateOnInteraction } from '../lazy.js';
import { servicesEager } from '../eager.js';

hydrateOnInteraction(
  'serviceflow',
  async () => {
    const [{ hydrateIslands }, { ServiceFlowIsland }] = await Promise.all([
      import('../hydrate.js'),
      import('../components/ServiceFlowIsland.js'),
    ]);
    await hydrateIslands('serviceflow', ServiceFlowIsland);
  },
  servicesEager,
);
