// @vitest-environment node
import { markdown, plainText } from './markdown.js';

describe('markdown', () => {
  it('moves the highest heading to the requested level, keeping the steps', () => {
    const html = markdown('## Uno\n\ntesto\n\n### Due', 2);
    expect(html).toContain('<h2');
    expect(html).toContain('<h3');
    expect(markdown('# Uno\n\n## Due', 3)).toMatch(/<h3[^]*<h4/);
  });
  it('gives plain text for descriptions', () => {
    expect(plainText('**Grassetto** e [link](/x/)')).toBe('Grassetto e link');
  });
});
