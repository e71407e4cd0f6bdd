// The image field of the content model (news, events, places, offices, people, topics, services and
// the comune's logo): a file, its alternative text (or an explicit `decorative: true`), an optional
// focal point and a credit line. Every problem is reported with the file and the field.
import type { Image } from './model.js';
import {
  asset,
  boolean,
  isRecord,
  number,
  object,
  opt,
  report,
  req,
  show,
  text,
} from './schema.js';
import type { Check } from './schema.js';

/** Image files the build can read (raster ones become AVIF/WebP/JPEG at several widths). */
export const IMAGE_EXTENSIONS = ['jpg', 'jpeg', 'png', 'webp', 'avif', 'gif', 'tif', 'tiff', 'svg'];

/** Alternative text that is only a file name or a placeholder says nothing to a screen reader. */
const MEANINGLESS_ALT =
  /^(?:img|image|immagine|foto|photo|picture|dsc|p\d+|[\w-]*\.(?:jpe?g|png|webp|avif|gif|svg|tiff?))$/i;

const extensionOf = (src: string): string | undefined =>
  /\.([a-z0-9]+)$/i.exec(src.split(/[?#]/)[0] ?? '')?.[1]?.toLowerCase();

/**
 * The `image` check: `{ src, alt }` or `{ src, decorative: true }`, with optional
 * `focalPoint: { x, y }` (0..1 from the top-left corner) and `credit`. A bare string (`image:
 * media/x.jpg`) is read as `{ src }` and so asks for the alternative text.
 */
export function imageField(): Check<Image> {
  const shape = object({
    src: req(asset()),
    alt: opt(text({ min: 1, max: 250 })),
    decorative: opt(boolean()),
    focalPoint: opt(object({ x: req(number(0, 1)), y: req(number(0, 1)) })),
    credit: opt(text()),
  });
  return (value, ctx, path) => {
    const raw = typeof value === 'string' ? { src: value } : value;
    const r = shape(raw, ctx, path);
    if (!r) return undefined;
    const src = r.src as string;
    const ext = extensionOf(src);
    if (!/^https?:/i.test(src) && (ext === undefined || !IMAGE_EXTENSIONS.includes(ext))) {
      report(
        ctx,
        `${path}.src`,
        "atteso un file d'immagine JPEG, PNG, WebP, AVIF, GIF, TIFF o SVG",
        'expected a JPEG, PNG, WebP, AVIF, GIF, TIFF or SVG image file',
        { found: show(src) },
      );
      return undefined;
    }
    const decorative = r.decorative === true;
    const alt = r.alt as string | undefined;
    const altRaw = isRecord(raw) ? raw.alt : undefined;
    if (decorative && alt !== undefined) {
      report(
        ctx,
        `${path}.alt`,
        "un'immagine decorativa (decorative: true) non ha testo alternativo: togli alt o decorative",
        'a decorative image (decorative: true) has no alternative text: remove alt or decorative',
        { found: show(alt) },
      );
      return undefined;
    }
    if (!decorative && alt === undefined) {
      report(
        ctx,
        `${path}.alt`,
        "manca il testo alternativo (alt) che descrive l'immagine; per un'immagine solo decorativa scrivi decorative: true",
        'missing the alternative text (alt) describing the image; for a purely decorative image write decorative: true',
        altRaw === undefined ? {} : { found: show(altRaw) },
      );
      return undefined;
    }
    if (alt !== undefined && MEANINGLESS_ALT.test(alt)) {
      report(
        ctx,
        `${path}.alt`,
        "il testo alternativo deve descrivere l'immagine, non darne il nome del file",
        'the alternative text must describe the image, not name its file',
        { found: show(alt) },
      );
      return undefined;
    }
    const image: Image = { src, alt: alt ?? '' };
    if (decorative) image.decorative = true;
    if (r.focalPoint) image.focalPoint = r.focalPoint as { x: number; y: number };
    if (r.credit !== undefined) image.credit = r.credit as string;
    return image;
  };
}
