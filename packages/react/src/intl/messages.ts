'use client';
import { usePiazza, type Locale } from './PiazzaProvider.js';

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

/** The texts for `locale`, with the instance's overrides on top. */
export function resolveMessages<M>(dict: Dictionary<M>, locale: Locale, overrides?: Partial<M>): M {
  const base = dict[locale] ?? dict.it;
  return overrides ? { ...base, ...stripUndefined(overrides) } : base;
}

/** The texts of `dict` in the language of the nearest PiazzaProvider, with per-instance overrides. */
export function useMessages<M>(dict: Dictionary<M>, overrides?: Partial<M>): M {
  const { locale } = usePiazza();
  return resolveMessages(dict, locale, overrides);
}

function stripUndefined<T>(obj: Partial<T>): Partial<T> {
  const out: Partial<T> = {};
  for (const key of Object.keys(obj) as (keyof T)[]) {
    if (obj[key] !== undefined) out[key] = obj[key];
  }
  return out;
}
