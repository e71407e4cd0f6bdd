// Every `data-element` attribute value read by the conformity checker or used by the official
// templates. Sources: see src/data/data-elements.ts.
import { DATA_ELEMENTS } from './data/data-elements.js';

export { DATA_ELEMENTS };

/** A `data-element` attribute value the checker or the official templates know. */
export type DataElement = (typeof DATA_ELEMENTS)[keyof typeof DATA_ELEMENTS];

/** Every known `data-element` value, in the order of DATA_ELEMENTS. */
export const DATA_ELEMENT_VALUES: readonly DataElement[] = Object.freeze(
  Object.values(DATA_ELEMENTS),
);

const values: ReadonlySet<string> = new Set(DATA_ELEMENT_VALUES);

/** True when `value` is a known `data-element` value (exact). */
export function isDataElement(value: unknown): value is DataElement {
  return typeof value === 'string' && values.has(value);
}

/** The `data-element` of rating control n (1–5): `feedback-rate-1` … `feedback-rate-5`. */
export function feedbackRateDataElement(n: 1 | 2 | 3 | 4 | 5): DataElement {
  return `feedback-rate-${n}`;
}
