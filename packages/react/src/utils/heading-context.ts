'use client';
import { createContext, useContext } from 'react';
import type { HeadingLevel } from './heading.js';

/**
 * The heading level a container gives the cards inside it (CardList sets it): a card without its
 * own `headingLevel` reads it, so its title follows the heading above the list.
 */
export const HeadingLevelContext = /* @__PURE__ */ createContext<HeadingLevel | undefined>(
  undefined,
);

/** A card's heading level: its own prop, else its container's, else `fallback`. */
export function useCardHeadingLevel(
  own: HeadingLevel | undefined,
  fallback: HeadingLevel = 3,
): HeadingLevel {
  const fromContainer = useContext(HeadingLevelContext);
  return own ?? fromContainer ?? fallback;
}
