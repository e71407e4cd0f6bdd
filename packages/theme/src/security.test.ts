import { createHash } from 'node:crypto';
import { expect, test } from 'vitest';
import {
  CONSENT_PROBE_HASH,
  CONSENT_PROBE_SCRIPT,
  CONTENT_SECURITY_POLICY,
  META_CONTENT_SECURITY_POLICY,
} from './security.js';

test('the policy allows the consent probe by the hash of its exact text, and no other inline script', () => {
  const hash = createHash('sha256').update(CONSENT_PROBE_SCRIPT).digest('base64');
  expect(CONSENT_PROBE_HASH).toBe(`'sha256-${hash}'`);
  for (const policy of [CONTENT_SECURITY_POLICY, META_CONTENT_SECURITY_POLICY]) {
    const scriptSrc = policy.split('; ').find((d) => d.startsWith('script-src '));
    expect(scriptSrc).toBe(`script-src 'self' 'sha256-${hash}'`);
  }
});

test('the probe marks <html> exactly when writeCookieConsent has stored a choice', async () => {
  const { writeCookieConsent } = await import('@piazza/react/cookie-consent');
  const run = (stored: Record<string, string>) => {
    const attrs = new Set<string>();
    const localStorage = { getItem: (k: string) => stored[k] ?? null };
    const document = { documentElement: { setAttribute: (n: string) => attrs.add(n) } };
    new Function('localStorage', 'document', CONSENT_PROBE_SCRIPT)(localStorage, document);
    return attrs.has('data-cookie-choice');
  };
  const stored: Record<string, string> = {};
  const g = globalThis as { localStorage?: unknown };
  const saved = g.localStorage;
  g.localStorage = { setItem: (k: string, v: string) => (stored[k] = v), getItem: () => null };
  try {
    expect(run(stored)).toBe(false);
    expect(writeCookieConsent('rejected')).toBe(true);
    expect(run(stored)).toBe(true);
    expect(run({ 'piazza-cookie-consent': '{"choice":"maybe"}' })).toBe(false);
  } finally {
    g.localStorage = saved;
  }
});
