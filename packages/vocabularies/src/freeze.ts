/**
 * Freezes an object and everything reachable from it (arrays, nested objects), so the
 * vocabularies cannot be changed at run time. The static type is kept as is: declare the
 * data `as const` to get readonly literal types too.
 */
export function deepFreeze<const T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) {
      deepFreeze((value as Record<string, unknown>)[key]);
    }
  }
  return value;
}
