'use client';
import { useEffect } from 'react';
import { syncBootstrapItaliaVersion } from './sync.js';

/**
 * Render once, anywhere in the layout of a React app that loads Bootstrap Italia's CSS: on mount
 * it runs {@link syncBootstrapItaliaVersion} (and once more on `load`, for CSS that arrives late).
 * Renders nothing; server rendering is unaffected.
 */
export function BootstrapItaliaVersion(): null {
  useEffect(() => {
    if (syncBootstrapItaliaVersion()) return undefined;
    const retry = () => {
      syncBootstrapItaliaVersion();
    };
    window.addEventListener('load', retry, { once: true });
    return () => window.removeEventListener('load', retry);
  }, []);
  return null;
}
