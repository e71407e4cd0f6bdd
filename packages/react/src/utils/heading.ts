import { PiazzaPropError } from './errors.js';

/** Level of a card's or a section's heading. */
export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/** The heading tag for `level`; throws a PiazzaPropError naming `component` on a bad level. */
export function headingTag(component: string, level: unknown): 'h2' | 'h3' | 'h4' | 'h5' | 'h6' {
  if (level !== 2 && level !== 3 && level !== 4 && level !== 5 && level !== 6) {
    throw new PiazzaPropError(component, 'headingLevel', 'must be 2, 3, 4, 5 or 6', level);
  }
  return `h${level}`;
}

/** Throws unless `value` is a non-empty string. */
export function requireText(component: string, prop: string, value: unknown): void {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new PiazzaPropError(component, prop, 'must be a non-empty string', value);
  }
}
