/** A responsive source of a card image (`<source>` of a `<picture>`): e.g. AVIF or WebP. */
export interface CardImageSource {
  /** MIME type: `image/avif`, `image/webp`. */
  type: string;
  /** `url 640w, url 960w`. */
  srcSet: string;
}

/**
 * An image of a card: `alt` is required (use `''` for a purely decorative image). With `sources`,
 * `srcSet`, `sizes`, `width` and `height` it becomes a responsive `<picture>` that reserves its
 * space (no layout shift); `loading` is lazy unless set to `eager` (with `fetchPriority: 'high'`
 * for the page's largest image).
 */
export interface CardImageProps {
  src: string;
  alt: string;
  srcSet?: string;
  sizes?: string;
  /** Intrinsic size of the image (its aspect ratio). */
  width?: number;
  height?: number;
  /** Other formats, preferred in order, before the `<img>`'s own. */
  sources?: CardImageSource[];
  /** @default 'lazy' */
  loading?: 'lazy' | 'eager';
  fetchPriority?: 'high' | 'low' | 'auto';
  /** Classes of the `<img>` (e.g. to set `object-position`). */
  className?: string;
}

/** The Bootstrap Italia responsive image wrapper used by the content cards (internal). */
export function CardImage({
  src,
  alt,
  srcSet,
  sizes,
  width,
  height,
  sources,
  loading = 'lazy',
  fetchPriority,
  className,
}: CardImageProps) {
  const img = (
    <img
      src={src}
      alt={alt}
      srcSet={srcSet}
      sizes={sizes}
      width={width}
      height={height}
      loading={loading}
      fetchPriority={fetchPriority}
      decoding={loading === 'lazy' ? 'async' : undefined}
      className={className}
    />
  );
  return (
    <div className="img-responsive-wrapper">
      <div className="img-responsive img-responsive-panoramic">
        <figure className="img-wrapper">
          {sources && sources.length > 0 ? (
            <picture>
              {sources.map((s) => (
                <source key={s.type} type={s.type} srcSet={s.srcSet} sizes={sizes} />
              ))}
              {img}
            </picture>
          ) : (
            img
          )}
        </figure>
      </div>
    </div>
  );
}
