// The <head> rendered with React (Head.tsx): untrusted text stays text, the JSON-LD data block
// cannot end its script element, and the policy precedes every script.
import { renderToStaticMarkup } from 'react-dom/server';
import { Head, type HeadProps } from './Head.js';
import { CONSENT_PROBE_SCRIPT, metaContentSecurityPolicy } from '../security.js';

const props: HeadProps = {
  title: 'Avviso </title><script>alert(1)</script> - Comune',
  description: 'Descrizione "tra virgolette" & <b>',
  canonical: 'https://www.comune.esempio.it/a/',
  og: {
    type: 'article',
    title: 'Avviso',
    url: 'https://www.comune.esempio.it/a/',
    siteName: 'Comune',
  },
  themeColor: '#0066cc',
  lcpImage: null,
  fonts: ['/assets/fonts/a.woff2'],
  css: '/assets/css/p.css',
  scripts: ['/assets/js/header.js'],
  jsonLd: { '@type': 'Event', name: 'Fine </script><script>alert(1)</script> <!-- x' },
  csp: metaContentSecurityPolicy(['https://wp.comune.esempio.it']),
};

function head(p: HeadProps): Document {
  return new DOMParser().parseFromString(
    `<!doctype html><html>${renderToStaticMarkup(<Head {...p} />)}<body></body></html>`,
    'text/html',
  );
}

test('title and description stay text; the JSON-LD reads back as the same data', () => {
  const doc = head(props);
  expect(doc.title).toBe(props.title);
  expect(doc.querySelector('meta[name="description"]')?.getAttribute('content')).toBe(
    props.description,
  );
  const scripts = [...doc.querySelectorAll('script')];
  // the consent probe, the module script and the JSON-LD block: nothing injected
  expect(scripts.map((s) => s.getAttribute('type'))).toEqual([
    null,
    'module',
    'application/ld+json',
  ]);
  expect(scripts[0]!.textContent).toBe(CONSENT_PROBE_SCRIPT);
  const ld = doc.querySelector('script[type="application/ld+json"]');
  expect(ld?.getAttribute('data-element')).toBe('metatag');
  expect(JSON.parse(ld?.textContent ?? '')).toEqual(props.jsonLd);
  expect(ld?.textContent).not.toContain('<');
});

test('the policy precedes every script; noindex replaces the canonical link', () => {
  const html = renderToStaticMarkup(<Head {...props} canonical={null} />);
  expect(html.indexOf('http-equiv="Content-Security-Policy"')).toBeLessThan(
    html.indexOf('<script'),
  );
  expect(html).toContain('<meta name="robots" content="noindex"/>');
  expect(html).not.toContain('rel="canonical"');
});

test('the LCP image preload precedes the font preloads', () => {
  const html = renderToStaticMarkup(
    <Head
      {...props}
      lcpImage={{ href: '/a-360.avif', type: 'image/avif', imageSrcSet: '/a-360.avif 360w' }}
    />,
  );
  expect(html.indexOf('as="image"')).toBeGreaterThan(-1);
  expect(html.indexOf('as="image"')).toBeLessThan(html.indexOf('as="font"'));
});
