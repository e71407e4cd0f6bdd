// Client entry of the "rating" island: hydrated on the first interaction with the widget. Until
// then the stars are native radios and theme.css shows the follow-up question that matches the
// chosen stars, synchronously with the click (C.SI.2.5); the choice is handed to the component
// when it is live.
import { hydrateOnInteraction } from '../lazy.js';

hydrateOnInteraction('rating', async () => {
  const [{ hydrateIslands }, { RatingIsland }] = await Promise.all([
    import('../hydrate.js'),
    import('../components/RatingIsland.js'),
  ]);
  await hydrateIslands('rating', RatingIsland);
});
