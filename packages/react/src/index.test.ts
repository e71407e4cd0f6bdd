import * as api from './index.js';

// Changing this list is a change of the public API: it needs a semver decision and a changelog line.
test('the public exports of @piazza/react', () => {
  expect(Object.keys(api).sort()).toMatchInlineSnapshot(`
    [
      "Breadcrumbs",
      "DEFAULT_SETTINGS",
      "Icon",
      "PiazzaPropError",
      "PiazzaProvider",
      "breadcrumbsMessages",
      "usePiazza",
    ]
  `);
});
