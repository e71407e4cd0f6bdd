import type { Example } from '../utils/examples.js';

/** A Storybook story from an example: same render, its name, its documented axe exceptions. */
export function story(example: Example) {
  const rules = Object.keys(example.axeSkip ?? {}).map((id) => ({ id, enabled: false }));
  return {
    name: example.name,
    render: example.render,
    tags: [
      ...(example.page ? ['page'] : []),
      ...Object.keys(example.axeSkip ?? {}).map((rule) => `axe-skip:${rule}`),
    ],
    parameters: {
      docs: example.description ? { description: { story: example.description } } : {},
      a11y: rules.length ? { config: { rules } } : {},
      piazza: { axeSkip: example.axeSkip ?? {}, page: !!example.page },
    },
  };
}
