import type { Locale } from './settings.js';

// Dictionaries without React: no "use client", so a server component can define and resolve
// texts (calling a function of a client module from the server fails).

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
