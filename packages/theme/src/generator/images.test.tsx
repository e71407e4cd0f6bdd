// The responsive-image pipeline: the files it writes, their sizes, the cache between builds, and
// the <picture> the templates render from them (srcset/sizes, width/height, lazy or eager, alt).
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import sharp from 'sharp';
import { EventCard } from '@piazza/react';
import type { Content } from '../content/index.js';
import { Picture, SIZES, cardImage, focalClasses, listImage } from '../templates/picture.js';
import { SiteIndex } from '../templates/site.js';
import { processImages, widthsFor } from './images.js';

let dir: string;
let root: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'piazza-images-'));
  root = path.join(dir, 'content');
  await sharp({ create: { width: 1000, height: 500, channels: 3, background: '#3a86ff' } })
    .jpeg()
    .toFile(path.join(dir, 'wide.jpg'));
  const { mkdirSync } = await import('node:fs');
  mkdirSync(path.join(root, 'media'), { recursive: true });
  await sharp({ create: { width: 1000, height: 500, channels: 3, background: '#3a86ff' } })
    .jpeg()
    .toFile(path.join(root, 'media', 'wide.jpg'));
  await sharp({ create: { width: 300, height: 200, channels: 4, background: '#e63946ff' } })
    .png()
    .toFile(path.join(root, 'media', 'small.png'));
  writeFileSync(
    path.join(root, 'media', 'logo.svg'),
    '<svg xmlns="http://www.w3.org/2000/svg" width="80" height="96" viewBox="0 0 80 96"/>',
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const content = {
  site: { name: 'Comune di Prova' },
  servizi: [],
  notizie: [],
  eventi: [],
  luoghi: [],
  unitaOrganizzative: [],
  persone: [],
  incarichi: [],
  documenti: [],
  argomenti: [],
  puntiDiContatto: [],
  faq: [],
  pagine: [],
} as unknown as Content;

describe('processImages', () => {
  it('makes AVIF, WebP and JPEG at the standard widths below the original, never wider', () => {
    expect(widthsFor(1600)).toEqual([360, 640, 960, 1280]);
    expect(widthsFor(1000)).toEqual([360, 640, 960, 1000]);
    expect(widthsFor(300)).toEqual([300]);
  });

  it('writes the files once, then takes them from the cache', async () => {
    const cacheDir = path.join(dir, 'cache');
    const out1 = path.join(dir, 'out1');
    const first = await processImages(['media/wide.jpg', 'media/small.png', 'media/logo.svg'], {
      root,
      out: out1,
      cacheDir,
    });
    expect(first.stats).toMatchObject({ hits: 0, misses: 2 });
    const wide = first.images.get('media/wide.jpg')!;
    expect([wide.width, wide.height]).toEqual([1000, 500]);
    expect(wide.sources.avif.map((c) => c.width)).toEqual([360, 640, 960, 1000]);
    for (const format of ['avif', 'webp', 'jpeg'] as const) {
      for (const c of wide.sources[format]) {
        const file = path.join(out1, c.url);
        const meta = await sharp(file).metadata();
        expect(meta.format).toBe(format === 'avif' ? 'heif' : format);
        expect(meta.width).toBe(c.width);
        expect(meta.height).toBe(Math.round((c.width * 500) / 1000));
      }
    }
    expect(wide.fallback).toMatch(/^\/assets\/img\/wide-[0-9a-f]{10}-640\.jpg$/);
    // A PNG with transparency still gets its JPEG fallback; the SVG is served as it is.
    expect(first.images.get('media/small.png')!.sources.jpeg.map((c) => c.width)).toEqual([300]);
    const logo = first.images.get('media/logo.svg')!;
    expect(logo).toMatchObject({ width: 80, height: 96, sources: { avif: [] } });
    expect(existsSync(path.join(out1, logo.fallback))).toBe(true);

    // A second build with the same files encodes nothing and writes the same outputs.
    const out2 = path.join(dir, 'out2');
    const cached = readdirSync(cacheDir).map((e) => statSync(path.join(cacheDir, e)).mtimeMs);
    const second = await processImages(['media/wide.jpg', 'media/small.png'], {
      root,
      out: out2,
      cacheDir,
    });
    expect(second.stats).toMatchObject({ hits: 2, misses: 0 });
    expect(second.images.get('media/wide.jpg')).toEqual(wide);
    expect(readdirSync(cacheDir).map((e) => statSync(path.join(cacheDir, e)).mtimeMs)).toEqual(
      cached,
    );
    expect(readdirSync(path.join(out2, 'assets', 'img')).length).toBe(
      wide.sources.avif.length * 3 + 3,
    );
  });

  it('names an unreadable image in its error', async () => {
    writeFileSync(path.join(root, 'media', 'broken.jpg'), 'not an image');
    await expect(
      processImages(['media/broken.jpg'], {
        root,
        out: path.join(dir, 'out3'),
        cacheDir: path.join(dir, 'cache'),
      }),
    ).rejects.toThrow(/^media\/broken\.jpg: immagine illeggibile/);
  });
});

describe('<picture> of a content image', () => {
  const images = new Map([
    [
      'media/wide.jpg',
      {
        width: 1000,
        height: 500,
        sources: {
          avif: [
            { url: '/assets/img/w-360.avif', width: 360 },
            { url: '/assets/img/w-1000.avif', width: 1000 },
          ],
          webp: [
            { url: '/assets/img/w-360.webp', width: 360 },
            { url: '/assets/img/w-1000.webp', width: 1000 },
          ],
          jpeg: [
            { url: '/assets/img/w-360.jpg', width: 360 },
            { url: '/assets/img/w-1000.jpg', width: 1000 },
          ],
        },
        fallback: '/assets/img/w-360.jpg',
      },
    ],
  ]);
  const idx = new SiteIndex(content, images);
  const image = { src: 'media/wide.jpg', alt: 'La piazza', focalPoint: { x: 0.31, y: 0.7 } };
  const dom = (html: string) => {
    const doc = new DOMParser().parseFromString(html, 'text/html');
    return doc;
  };

  it('a header image: sources in order, srcset/sizes, width/height, eager with high priority', () => {
    const doc = dom(
      renderToStaticMarkup(<Picture idx={idx} image={image} sizes={SIZES.wide} priority />),
    );
    const sources = [...doc.querySelectorAll('picture > source')];
    expect(sources.map((s) => s.getAttribute('type'))).toEqual(['image/avif', 'image/webp']);
    expect(sources[0]!.getAttribute('srcset')).toBe(
      '/assets/img/w-360.avif 360w, /assets/img/w-1000.avif 1000w',
    );
    expect(sources[0]!.getAttribute('sizes')).toBe(SIZES.wide);
    const img = doc.querySelector('picture > img')!;
    expect(img.getAttribute('src')).toBe('/assets/img/w-360.jpg');
    expect(img.getAttribute('srcset')).toBe(
      '/assets/img/w-360.jpg 360w, /assets/img/w-1000.jpg 1000w',
    );
    expect(img.getAttribute('alt')).toBe('La piazza');
    expect([img.getAttribute('width'), img.getAttribute('height')]).toEqual(['1000', '500']);
    expect(img.getAttribute('loading')).toBe('eager');
    expect(img.getAttribute('fetchpriority')).toBe('high');
    expect(img.getAttribute('class')).toBe('pz-focal pz-fx-30 pz-fy-70');
  });

  it('a card image below the fold is lazy, without fetchpriority; a decorative one has alt=""', () => {
    const props = cardImage(idx, { src: 'media/wide.jpg', alt: '', decorative: true })!;
    const doc = dom(
      renderToStaticMarkup(<EventCard title="Festa" href="/e/" start="2026-08-08" image={props} />),
    );
    const img = doc.querySelector('picture > img')!;
    expect(img.getAttribute('loading')).toBe('lazy');
    expect(img.hasAttribute('fetchpriority')).toBe(false);
    expect(img.getAttribute('alt')).toBe('');
    expect(img.getAttribute('sizes')).toBe(SIZES.card);
    expect(img.getAttribute('width')).toBe('1000');
  });

  it("a list's first row loads at once (the first card with high priority), the rest lazily", () => {
    const loading = [0, 1, 2, 3].map((i) => {
      const p = cardImage(idx, image, { sizes: SIZES.card, ...listImage(i) })!;
      return [p.loading, p.fetchPriority];
    });
    expect(loading).toEqual([
      ['eager', 'high'],
      ['eager', undefined],
      ['eager', undefined],
      ['lazy', undefined],
    ]);
  });

  it('without a processed version, the original file, still with its alt', () => {
    const html = renderToStaticMarkup(
      <Picture idx={new SiteIndex(content)} image={image} sizes={SIZES.card} />,
    );
    expect(html).toContain('src="/media/wide.jpg"');
    expect(html).toContain('alt="La piazza"');
    expect(html).not.toContain('<picture');
    expect(focalClasses(undefined)).toBeUndefined();
  });
});
