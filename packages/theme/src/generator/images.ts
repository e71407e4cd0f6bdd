// Responsive images: each local raster image of the content becomes AVIF, WebP and JPEG at a few
// widths (never wider than the original), named by the content hash, with its intrinsic size for
// `width`/`height`. Encoded files are cached by content hash in a folder that survives rebuilds:
// an unchanged image costs a copy, not an encode.
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PACKAGE_ROOT } from '../paths.js';

/** Widths (CSS px × density) the build makes of every raster image. */
export const IMAGE_WIDTHS: readonly number[] = [360, 640, 960, 1280];

/** Encoder settings: part of the cache key, so changing them re-encodes. */
const ENCODING = {
  avif: { quality: 50, effort: 2 },
  webp: { quality: 72, effort: 4 },
  jpeg: { quality: 76, mozjpeg: true },
} as const;
const PIPELINE = `piazza-images-1|${JSON.stringify(ENCODING)}|${IMAGE_WIDTHS.join(',')}`;

export type ImageFormat = 'avif' | 'webp' | 'jpeg';
export const IMAGE_FORMATS: readonly ImageFormat[] = ['avif', 'webp', 'jpeg'];
const EXT: Record<ImageFormat, string> = { avif: 'avif', webp: 'webp', jpeg: 'jpg' };

export interface ImageCandidate {
  /** Site URL of the file. */
  url: string;
  width: number;
}

/** What the templates need to write a `<picture>` for one content image. */
export interface ProcessedImage {
  /** Intrinsic size of the original (the aspect ratio of every variant). */
  width: number;
  height: number;
  /** Candidates per format, narrowest first; empty for an SVG (served as it is). */
  sources: Record<ImageFormat, ImageCandidate[]>;
  /** The `src` of the `<img>`: the JPEG nearest to 640 px, or the SVG itself. */
  fallback: string;
}

/** Content `src` → processed image. */
export type ImageMap = ReadonlyMap<string, ProcessedImage>;

export interface ImageStats {
  /** Images read from the cache / encoded now. */
  hits: number;
  misses: number;
  /** Files written to the output. */
  files: number;
  seconds: number;
}

export interface ProcessOptions {
  /** Folder the relative `src` paths are read from (the content root). */
  root: string;
  /** Output folder of the site: the files go to `assets/img/`. */
  out: string;
  /** Cache folder. @default packages/theme/.cache/images */
  cacheDir?: string;
}

interface CacheMeta {
  width: number;
  height: number;
  widths: number[];
}

export function defaultImageCacheDir(): string {
  const preferred = path.join(PACKAGE_ROOT, '.cache', 'images');
  try {
    mkdirSync(preferred, { recursive: true });
    return preferred;
  } catch {
    return path.join(os.tmpdir(), 'piazza-theme-cache', 'images');
  }
}

/** The widths made of an image `width` px wide: the standard ones below it, and at least one. */
export function widthsFor(width: number): number[] {
  const w = IMAGE_WIDTHS.filter((x) => x < width);
  if (w.length < IMAGE_WIDTHS.length)
    w.push(Math.min(width, IMAGE_WIDTHS[IMAGE_WIDTHS.length - 1]!));
  return [...new Set(w)];
}

const isSvg = (src: string) => /\.svg$/i.test(src.split(/[?#]/)[0] ?? '');
const baseName = (src: string) =>
  path
    .basename(src)
    .replace(/\.[^.]+$/, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'img';

function svgSize(svg: string): { width: number; height: number } {
  const tag = /<svg\b[^>]*>/i.exec(svg)?.[0] ?? '';
  const num = (name: string) => Number(new RegExp(`\\b${name}="([\\d.]+)`).exec(tag)?.[1]);
  const box = /viewBox="[\d.\s-]*?([\d.]+)\s+([\d.]+)"/i.exec(tag);
  const width = num('width') || Number(box?.[1]) || 0;
  const height = num('height') || Number(box?.[2]) || 0;
  return { width: Math.round(width), height: Math.round(height) };
}

/**
 * Makes the responsive versions of the local images `srcs` (content paths); SVGs are copied as
 * they are. Unreadable files throw an error naming the file.
 */
export async function processImages(
  srcs: Iterable<string>,
  opts: ProcessOptions,
): Promise<{ images: Map<string, ProcessedImage>; stats: ImageStats }> {
  const started = Date.now();
  const cacheDir = opts.cacheDir ?? defaultImageCacheDir();
  const images = new Map<string, ProcessedImage>();
  const stats: ImageStats = { hits: 0, misses: 0, files: 0, seconds: 0 };
  const outDir = path.join(opts.out, 'assets', 'img');
  mkdirSync(outDir, { recursive: true });
  let sharp: typeof import('sharp').default | undefined;
  for (const src of new Set(srcs)) {
    const file = path.resolve(opts.root, src);
    if (!file.startsWith(path.resolve(opts.root) + path.sep) || !existsSync(file)) continue;
    const bytes = readFileSync(file);
    const hash = createHash('sha256').update(PIPELINE).update(bytes).digest('hex').slice(0, 16);
    const name = `${baseName(src)}-${hash.slice(0, 10)}`;
    if (isSvg(src)) {
      const url = `/assets/img/${name}.svg`;
      writeFileSync(path.join(outDir, `${name}.svg`), bytes);
      stats.files++;
      const { width, height } = svgSize(bytes.toString('utf8'));
      images.set(src, { width, height, sources: { avif: [], webp: [], jpeg: [] }, fallback: url });
      continue;
    }
    const entry = path.join(cacheDir, hash);
    const metaFile = path.join(entry, 'meta.json');
    let meta: CacheMeta;
    if (existsSync(metaFile)) {
      meta = JSON.parse(readFileSync(metaFile, 'utf8')) as CacheMeta;
      stats.hits++;
    } else {
      sharp ??= (await import('sharp')).default;
      const make = sharp;
      let info: { width?: number | undefined; height?: number | undefined };
      try {
        // Orientation from EXIF is applied first, so width/height are those shown.
        info = await make(bytes).rotate().metadata();
      } catch (error) {
        throw new Error(
          `${src}: immagine illeggibile (unreadable image): ${(error as Error).message}`,
        );
      }
      const oriented = await make(bytes).rotate().toBuffer({ resolveWithObject: true });
      const width = oriented.info.width || info.width || 0;
      const height = oriented.info.height || info.height || 0;
      const widths = widthsFor(width);
      const tmp = `${entry}.tmp-${String(process.pid)}`;
      mkdirSync(tmp, { recursive: true });
      for (const w of widths) {
        const resized = make(oriented.data).resize({ width: w, withoutEnlargement: true });
        await resized
          .clone()
          .avif(ENCODING.avif)
          .toFile(path.join(tmp, `${String(w)}.avif`));
        await resized
          .clone()
          .webp(ENCODING.webp)
          .toFile(path.join(tmp, `${String(w)}.webp`));
        await resized
          .clone()
          .flatten({ background: '#ffffff' })
          .jpeg(ENCODING.jpeg)
          .toFile(path.join(tmp, `${String(w)}.jpg`));
      }
      meta = { width, height, widths };
      writeFileSync(path.join(tmp, 'meta.json'), JSON.stringify(meta));
      mkdirSync(cacheDir, { recursive: true });
      // Another build may have written the same entry meanwhile: either copy is good.
      if (!existsSync(entry)) renameSync(tmp, entry);
      else rmSync(tmp, { recursive: true, force: true });
      stats.misses++;
    }
    const sources = { avif: [], webp: [], jpeg: [] } as Record<ImageFormat, ImageCandidate[]>;
    for (const format of IMAGE_FORMATS) {
      for (const w of meta.widths) {
        const fileName = `${name}-${String(w)}.${EXT[format]}`;
        copyFileSync(path.join(entry, `${String(w)}.${EXT[format]}`), path.join(outDir, fileName));
        stats.files++;
        sources[format].push({ url: `/assets/img/${fileName}`, width: w });
      }
    }
    const jpeg = sources.jpeg;
    const fallback = [...jpeg].sort((a, b) => Math.abs(a.width - 640) - Math.abs(b.width - 640))[0]!
      .url;
    images.set(src, { width: meta.width, height: meta.height, sources, fallback });
  }
  stats.seconds = (Date.now() - started) / 1000;
  return { images, stats };
}
