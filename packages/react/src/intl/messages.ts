'use client';
import { usePiazza, type Locale } from './context.js';

/**
 * A component's default texts: Italian first, English beside it, same keys.
 * A value is a string, or a function of the component's data for texts with a variable part.
 */
export type Dictionary<M> = { readonly it: M; readonly en: M };

/** Defines a component's dictionary; the English texts must have the same keys as the Italian. */
export function defineMessages<M extends Record<string, unknown>>(dict: {
  it: M;
  en: NoInfer<M>;
}): Dictionary<M> {
  return dict;
}

/** The texts for `locale`, with the instance's overrides on top (an `undefined` override keeps the default). */
export function resolveMessages<M>(dict: Dictionary<M>, locale: Locale, overrides?: Partial<M>): M {
  const base = dict[locale] ?? dict.it;
  return overrides
    ? {
        ...base,
        ...Object.fromEntries(Object.entries(overrides).filter(([, text]) => text !== undefined)),
      }
    : base;
}

/** The texts of `dict` in the language of the nearest PiazzaProvider, with per-instance overrides. */
export function useMessages<M>(dict: Dictionary<M>, overrides?: Partial<M>): M {
  const { locale } = usePiazza();
  return resolveMessages(dict, locale, overrides);
}
