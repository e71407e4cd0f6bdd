'use client';
import { createContext, useContext } from 'react';
import { DEFAULT_SETTINGS, type PiazzaSettings } from './settings.js';

// The settings context, apart from PiazzaProvider: components read it without bundling the
// provider (its imports stay in every bundle that touches its module).

export type { Locale, PiazzaSettings } from './settings.js';

export const PiazzaContext = /* @__PURE__ */ createContext<PiazzaSettings>(DEFAULT_SETTINGS);

export function usePiazza(): PiazzaSettings {
  return useContext(PiazzaContext);
}
