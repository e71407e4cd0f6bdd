/** An image of a card: `alt` is required (use `''` for a purely decorative image). */
export interface CardImageProps {
  src: string;
  alt: string;
}

/** The Bootstrap Italia responsive image wrapper used by the content cards (internal). */
export function CardImage({ src, alt }: CardImageProps) {
  return (
    <div className="img-responsive-wrapper">
      <div className="img-responsive img-responsive-panoramic">
        <figure className="img-wrapper">
          <img src={src} alt={alt} loading="lazy" />
        </figure>
      </div>
    </div>
  );
}
