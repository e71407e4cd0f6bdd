// @vitest-environment node
import { contrastRatio, formatRatio, parseHex, primaryColourProblem, toHsb } from './color.js';

describe('primary colour', () => {
  it('computes the WCAG contrast ratio against white', () => {
    const white = { r: 255, g: 255, b: 255 };
    expect(contrastRatio(parseHex('#000000')!, white)).toBeCloseTo(21, 5);
    expect(contrastRatio(parseHex('#0066cc')!, white)).toBeCloseTo(5.57, 2);
    expect(contrastRatio(parseHex('#fff')!, white)).toBeCloseTo(1, 5);
  });

  it('accepts Bootstrap Italia blue and refuses a light colour naming the ratio', () => {
    expect(primaryColourProblem('#0066cc')).toBeNull();
    const problem = primaryColourProblem('#ffcc00');
    expect(problem).toMatch(/1\.\d\d:1/);
    expect(problem).toMatch(/4\.5:1/);
    expect(primaryColourProblem('blu')).toMatch(/non è un colore/);
  });

  it('never rounds a ratio up past the threshold', () => {
    expect(formatRatio(4.499)).toBe('4.49:1');
  });

  it('converts to the HSB triple of Bootstrap Italia', () => {
    expect(toHsb(parseHex('#0066cc')!)).toEqual({ h: 210, s: 100, b: 80 });
  });
});
