import type { Example } from '../utils/examples.js';

/**
 * A Storybook story from an example: same render, its name, its documented axe exceptions.
 * The story type comes from the declaration it is assigned to (`const X: Story = story(...)`).
 */
export function story<S = unknown>(example: Example): S {
  const rules = Object.keys(example.axeSkip ?? {}).map((id) => ({ id, enabled: false }));
  const result = {
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
  return result as S;
}
