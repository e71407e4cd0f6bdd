// A content image as a responsive <picture>: AVIF and WebP sources, a JPEG <img> with srcset/sizes,
// width/height (the browser reserves the space: no layout shift), lazy below the fold, eager with
// fetchpriority="high" for the page's largest image, and the focal point as object-position.
import type { CardImageProps } from '@piazza/react';
import type { FocalPoint, Image } from '../content/index.js';
import type { ProcessedImage } from '../generator/images.js';
import { assetHref } from './parts.js';
import type { SiteIndex } from './site.js';

/** `sizes` of the usual slots, at Bootstrap Italia's container widths. */
export const SIZES = {
  /** A card in a 3-column grid (1 column on phones, 2 on tablets). */
  card: '(min-width: 1200px) 370px, (min-width: 992px) 300px, (min-width: 768px) 330px, calc(100vw - 24px)',
  /** A card in a 2-column row from 992 px. */
  half: '(min-width: 1200px) 555px, (min-width: 992px) 450px, calc(100vw - 24px)',
  /** The image of a page header, the width of the content column. */
  wide: '(min-width: 1400px) 1296px, (min-width: 1200px) 1116px, (min-width: 992px) 936px, calc(100vw - 24px)',
} as const;

export interface PictureOptions {
  sizes: string;
  /** The page's LCP image: loaded at once with fetchpriority="high" (the others are lazy). */
  priority?: boolean;
  /** Loaded at once, without a higher priority (cards of a list's first row). */
  eager?: boolean;
}

/**
 * How the i-th card image of a list at the top of a page loads: the first row (3 cards at 1280 px)
 * at once, the very first with fetchpriority="high" (it may be the page's LCP); the rest lazily.
 */
export function listImage(i: number): Pick<PictureOptions, 'priority' | 'eager'> {
  if (i === 0) return { priority: true };
  return i < 3 ? { eager: true } : {};
}

/** Classes placing the focal point (theme.css: `.pz-focal` with `--pz-fx`/`--pz-fy` by 10 %). */
export function focalClasses(focal: FocalPoint | undefined): string | undefined {
  if (!focal) return undefined;
  const step = (v: number) => String(Math.round(v * 10) * 10);
  return `pz-focal pz-fx-${step(focal.x)} pz-fy-${step(focal.y)}`;
}

const srcSet = (list: { url: string; width: number }[]) =>
  list.map((c) => `${c.url} ${String(c.width)}w`).join(', ');

/** The attributes of a card image of @piazza/react (CardImageProps) for a content image. */
export function cardImage(
  idx: SiteIndex,
  image: Image | undefined,
  opts: PictureOptions = { sizes: SIZES.card },
): CardImageProps | undefined {
  if (!image) return undefined;
  const p: ProcessedImage | undefined = idx.images.get(image.src);
  const props: CardImageProps = {
    src: p?.fallback ?? assetHref(image.src),
    alt: image.decorative ? '' : image.alt,
    loading: opts.priority || opts.eager ? 'eager' : 'lazy',
  };
  if (opts.priority) props.fetchPriority = 'high';
  const focal = focalClasses(image.focalPoint);
  if (focal) props.className = focal;
  if (p && p.width > 0 && p.height > 0) {
    props.width = p.width;
    props.height = p.height;
  }
  if (p && p.sources.jpeg.length > 0) {
    props.sizes = opts.sizes;
    props.srcSet = srcSet(p.sources.jpeg);
    props.sources = [
      { type: 'image/avif', srcSet: srcSet(p.sources.avif) },
      { type: 'image/webp', srcSet: srcSet(p.sources.webp) },
    ];
  }
  return props;
}

/** A content image on its own (page headers, figures). */
export function Picture({
  idx,
  image,
  className,
  ...opts
}: PictureOptions & { idx: SiteIndex; image: Image; className?: string }) {
  const p = cardImage(idx, image, opts)!;
  const cls = [className, p.className].filter(Boolean).join(' ') || undefined;
  const img = (
    <img
      src={p.src}
      alt={p.alt}
      srcSet={p.srcSet}
      sizes={p.sizes}
      width={p.width}
      height={p.height}
      loading={p.loading}
      fetchPriority={p.fetchPriority}
      decoding={opts.priority ? undefined : 'async'}
      className={cls}
    />
  );
  if (!p.sources) return img;
  return (
    <picture>
      {p.sources.map((s) => (
        <source key={s.type} type={s.type} srcSet={s.srcSet} sizes={p.sizes} />
      ))}
      {img}
    </picture>
  );
}

/** The image under a detail page's heading: the page's largest image, so fetched first. */
export function HeaderImage({ idx, image }: { idx: SiteIndex; image: Image | undefined }) {
  if (!image) return null;
  return (
    <div className="container mb-4">
      <figure className="figure pz-hero mb-0">
        <Picture idx={idx} image={image} sizes={SIZES.wide} priority />
        {image.credit ? <figcaption className="figure-caption">{image.credit}</figcaption> : null}
      </figure>
    </div>
  );
}
