'use client';
import { usePiazza } from './context.js';
import { resolveMessages, type Dictionary } from './define.js';

export { defineMessages, resolveMessages, type Dictionary } from './define.js';

/** The texts of `dict` in the language of the nearest PiazzaProvider, with per-instance overrides. */
export function useMessages<M>(dict: Dictionary<M>, overrides?: Partial<M>): M {
  const { locale } = usePiazza();
  return resolveMessages(dict, locale, overrides);
}
