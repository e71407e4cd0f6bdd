// Checks of the shape of answers from outside: each names the field that is wrong.

export type Check<T> = (x: unknown, at: string) => T;

const fail = (at: string, what: string): never => {
  throw new TypeError(`${at}: ${what}`);
};

export const isObj = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

export const obj = (x: unknown, at: string): Record<string, unknown> =>
  isObj(x) ? x : fail(at, 'is not an object');
export const str: Check<string> = (x, at) =>
  typeof x === 'string' ? x : fail(at, 'is not a string');
export const optStr: Check<string | undefined> = (x, at) =>
  x === undefined || x === null ? undefined : str(x, at);
export const int: Check<number> = (x, at) =>
  Number.isInteger(x) && (x as number) >= 0 ? (x as number) : fail(at, 'is not a whole number ≥ 0');
export const date: Check<string> = (x, at) =>
  typeof x === 'string' && !Number.isNaN(Date.parse(x)) ? x : fail(at, 'is not an ISO 8601 date');
export const optDate: Check<string | undefined> = (x, at) =>
  x === undefined || x === null ? undefined : date(x, at);
export const oneOf =
  <T extends string>(values: readonly T[]): Check<T> =>
  (x, at) =>
    values.includes(x as T) ? (x as T) : fail(at, `is not one of ${values.join(', ')}`);
export const list =
  <T>(item: Check<T>): Check<T[]> =>
  (x, at) =>
    Array.isArray(x) ? x.map((v, i) => item(v, `${at}[${i}]`)) : fail(at, 'is not a list');
/** `{ items: T[] }`, the envelope of every list in the contracts. */
export const items =
  <T>(item: Check<T>): Check<T[]> =>
  (x, at) =>
    list(item)(obj(x, at).items, `${at}.items`);
