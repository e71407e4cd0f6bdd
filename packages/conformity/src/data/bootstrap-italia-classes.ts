// The checker's Bootstrap Italia class list for C.SI.1.2, kept once in data/bootstrap-italia-css-classes.json
// (shipped in the package; provenance and licence in the file): pa-website-validator-ng v1.1.38 (commit bb31fe9).
import list from '../../data/bootstrap-italia-css-classes.json' with { type: 'json' };

export const BI_MIN_VERSION: string = list.minVersion;
export const BI_MIN_PERCENTAGE: number = list.minPercentage;
/** 3462 class names of Bootstrap Italia. */
export const BOOTSTRAP_ITALIA_CLASSES: readonly string[] = list.cssClasses;
