// The pure part of BootstrapItaliaVersion, apart from the client component: callable from any
// module (a server component may import it; it does nothing outside a browser).
const PROPERTY = '--bootstrap-italia-version';

/**
 * Makes the Bootstrap Italia version readable by the official validator (C.SI.1.2).
 *
 * Bootstrap Italia's compiled CSS declares `--bootstrap-italia-version: '2.18.3'` with single
 * quotes; the validator (italia/pa-website-validator-ng, src/audits/municipality_bootstrap) reads
 * the computed value on `body`, removes only double quotes and compares it as semver, so the
 * quoted value fails on every page. This reads the value that the loaded Bootstrap Italia CSS
 * declares (so: the version actually installed, never a constant), and sets it again on `<html>`
 * as an inline custom property in double quotes, which `body` inherits. Nothing else changes.
 *
 * Returns the version, or null when no Bootstrap Italia CSS (or no valid version) is loaded yet.
 * Safe to call more than once; does nothing outside a browser.
 */
export function syncBootstrapItaliaVersion(doc?: Document): string | null {
  const d = doc ?? (typeof document === 'undefined' ? undefined : document);
  const view = d?.defaultView;
  if (!d || !view) return null;
  const root = d.documentElement;
  const raw = view.getComputedStyle(root).getPropertyValue(PROPERTY).trim();
  const version = /^(["']?)(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)\1$/.exec(raw)?.[2];
  if (!version) return null;
  root.style.setProperty(PROPERTY, `"${version}"`);
  return version;
}
