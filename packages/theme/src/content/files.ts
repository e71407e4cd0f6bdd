// Files of the content folder: local assets (checked with the source's resolver), downloadable
// documents (FileRef, with type and size derived from the file) and images (alternative text or an
// explicit `decorative: true`, focal point, credit).
import { z } from 'zod';
import {
  boolean,
  fail,
  fieldInfo,
  leaf,
  list,
  number,
  object,
  opt,
  req,
  shorthand,
  text,
} from './fields.js';
import { isRecord, problem, show } from './issues.js';

/**
 * Metadata of a local file, or undefined when it does not exist. `symlink` marks a symbolic link
 * (or a path through one leading out of the content folder): it is refused, never published.
 */
export type FileResolver = (path: string) => { size: number; symlink?: boolean } | undefined;

let activeResolver: FileResolver | undefined;

/** Runs `fn` with `resolve` answering for local files (absent: files are not checked). */
export function withFileResolver<T>(resolve: FileResolver | undefined, fn: () => T): T {
  const previous = activeResolver;
  activeResolver = resolve;
  try {
    return fn();
  } finally {
    activeResolver = previous;
  }
}

export const isLocalAsset = (p: string): boolean =>
  !/^[a-z][a-z0-9+.-]*:/i.test(p) && !p.startsWith('/') && !p.startsWith('#');

/** `12 KB`, `1,2 MB` (Italian decimal comma). */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${String(bytes)} B`;
  if (bytes < 1024 * 1024) return `${String(Math.max(1, Math.round(bytes / 1024)))} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`;
}

/** A local asset path (checked with the resolver) or an absolute URL. */
export const asset = () =>
  leaf<string>(
    (value, ctx) => {
      if (typeof value !== 'string' || value.trim() === '')
        return fail(ctx, {
          it: 'atteso il percorso di un file della cartella dei contenuti (es. "media/logo.svg") o un indirizzo https://',
          en: 'expected the path of a file of the content folder (e.g. "media/logo.svg") or an https:// address',
          found: show(value),
        });
      const v = value.trim();
      if (isLocalAsset(v)) {
        if (v.split('/').includes('..'))
          return fail(ctx, {
            it: 'atteso un percorso dentro la cartella dei contenuti',
            en: 'expected a path inside the content folder',
            found: show(v),
          });
        const meta = activeResolver?.(v);
        if (activeResolver && !meta)
          return fail(ctx, {
            it: 'file non trovato nella cartella dei contenuti',
            en: 'file not found in the content folder',
            found: show(v),
          });
        if (meta?.symlink)
          return fail(ctx, {
            it: 'collegamento simbolico non ammesso: il file non viene pubblicato; copia il file vero nella cartella dei contenuti',
            en: 'symbolic link refused: the file is not published; copy the real file into the content folder',
            found: show(v),
          });
      } else if (!/^https?:\/\/[^\s/]+\S*$/i.test(v) && !/^\/(?!\/)\S*$/.test(v)) {
        // Not a local file: only web addresses and site paths (never javascript:, data:, //host).
        return fail(ctx, {
          it: 'indirizzo non ammesso: atteso https://…, http://… o un percorso del sito (/…)',
          en: 'address not allowed: expected https://…, http://… or a site path (/…)',
          found: show(v),
        });
      }
      return v;
    },
    {
      json: { type: 'string', format: 'uri-reference' },
      kind: 'file di media/ o indirizzo https://',
    },
  );

const EXTENSIONS: Record<string, string> = {
  pdf: 'PDF',
  odt: 'ODT',
  ods: 'ODS',
  doc: 'DOC',
  docx: 'DOCX',
  xls: 'XLS',
  xlsx: 'XLSX',
  csv: 'CSV',
  json: 'JSON',
  zip: 'ZIP',
  p7m: 'P7M',
  txt: 'TXT',
  xml: 'XML',
};

const extensionOf = (src: string): string | undefined =>
  /\.([a-z0-9]+)$/i.exec(src.split(/[?#]/)[0] ?? '')?.[1]?.toLowerCase();

/** A downloadable document; `fileType` and `size` are derived from a local file when absent. */
export const fileRef = () => {
  const schema = object({
    title: req(text({ min: 3 }), ['Titolo', 'Title']),
    url: req(asset(), [
      'File',
      'File',
      'Un file di media/ o un indirizzo https://.',
      'A file of media/ or an https:// address.',
    ]),
    fileType: opt(text(), [
      'Tipo di file',
      'File type',
      'PDF, ODT, DOCX…: ricavato dal file se manca.',
      'PDF, ODT, DOCX…: derived from the file when absent.',
    ]),
    size: opt(text(), [
      'Dimensione',
      'Size',
      '"120 KB": ricavata dal file locale se manca.',
      '"120 KB": derived from the local file when absent.',
    ]),
  }).transform((r, ctx) => {
    let fileType = r.fileType;
    if (fileType === undefined) {
      const ext = extensionOf(r.url);
      fileType = ext ? (EXTENSIONS[ext] ?? ext.toUpperCase()) : undefined;
      if (!fileType) {
        problem(ctx, {
          it: 'manca il tipo di file (es. "PDF")',
          en: 'missing file type (e.g. "PDF")',
          path: ['fileType'],
        });
        return z.NEVER;
      }
    }
    let size = r.size;
    if (size === undefined) {
      const meta = isLocalAsset(r.url) ? activeResolver?.(r.url) : undefined;
      if (!meta) {
        problem(ctx, {
          it: 'manca la dimensione del file (es. "120 KB")',
          en: 'missing file size (e.g. "120 KB")',
          path: ['size'],
        });
        return z.NEVER;
      }
      size = formatSize(meta.size);
    }
    return { title: r.title, url: r.url, fileType, size };
  });
  fieldInfo.add(schema, { kind: 'documento `{ title, url, fileType?, size? }`' });
  return schema;
};

/** Image files the build can read (raster ones become AVIF/WebP/JPEG at several widths). */
export const IMAGE_EXTENSIONS = ['jpg', 'jpeg', 'png', 'webp', 'avif', 'gif', 'tif', 'tiff', 'svg'];

/** Alternative text that is only a file name or a placeholder says nothing to a screen reader. */
const MEANINGLESS_ALT =
  /^(?:img|image|immagine|foto|photo|picture|dsc|p\d+|[\w-]*\.(?:jpe?g|png|webp|avif|gif|svg|tiff?))$/i;

/** Where the subject of an image is, as fractions of its width and height from the top-left corner. */
const focalPoint = () =>
  object({
    x: req(number(0, 1), [
      'Orizzontale',
      'Horizontal',
      '0 (bordo sinistro) … 1 (bordo destro).',
      '0 (left edge) … 1 (right edge).',
    ]),
    y: req(number(0, 1), [
      'Verticale',
      'Vertical',
      '0 (bordo in alto) … 1 (bordo in basso).',
      '0 (top edge) … 1 (bottom edge).',
    ]),
  });

/**
 * The image field: `{ src, alt }` or `{ src, decorative: true }`, with optional `focalPoint: { x, y }`
 * and `credit`. A bare string (`image: media/x.jpg`) is read as `{ src }` and so asks for the alt.
 */
export function image() {
  const shape = object({
    src: req(asset(), [
      'File',
      'File',
      'JPEG, PNG, WebP, AVIF, GIF, TIFF o SVG della cartella, o un indirizzo https://.',
      'JPEG, PNG, WebP, AVIF, GIF, TIFF or SVG of the folder, or an https:// address.',
    ]),
    alt: opt(text({ min: 1, max: 250 }), [
      'Testo alternativo',
      'Alternative text',
      "Descrive l'immagine a chi non la vede; obbligatorio se l'immagine non è decorativa.",
      'Describes the image to who cannot see it; required unless the image is decorative.',
    ]),
    decorative: opt(boolean(), [
      'Decorativa',
      'Decorative',
      "true solo per un'immagine puramente decorativa, al posto di alt.",
      'true only for a purely decorative image, instead of alt.',
    ]),
    focalPoint: opt(focalPoint(), [
      'Punto focale',
      'Focal point',
      "Il soggetto da tenere in vista nei ritagli, da 0 a 1 dall'angolo in alto a sinistra.",
      'The subject kept in view when cropped, 0 to 1 from the top-left corner.',
    ]),
    credit: opt(text(), [
      'Crediti',
      'Credit',
      "Autore e licenza, sotto l'immagine.",
      'Author and licence, under the image.',
    ]),
  });
  // The alt as written, quoted when it was there but blank (the parse drops blank values).
  let writtenAlt: unknown;
  const schema = shorthand(
    (value) => {
      writtenAlt = isRecord(value) ? value.alt : undefined;
      return typeof value === 'string' ? { src: value } : value;
    },
    shape.transform((r, ctx) => {
      const ext = extensionOf(r.src);
      if (!/^https?:/i.test(r.src) && (ext === undefined || !IMAGE_EXTENSIONS.includes(ext))) {
        problem(ctx, {
          it: "atteso un file d'immagine JPEG, PNG, WebP, AVIF, GIF, TIFF o SVG",
          en: 'expected a JPEG, PNG, WebP, AVIF, GIF, TIFF or SVG image file',
          found: show(r.src),
          path: ['src'],
        });
        return z.NEVER;
      }
      const decorative = r.decorative === true;
      if (decorative && r.alt !== undefined) {
        problem(ctx, {
          it: "un'immagine decorativa (decorative: true) non ha testo alternativo: togli alt o decorative",
          en: 'a decorative image (decorative: true) has no alternative text: remove alt or decorative',
          found: show(r.alt),
          path: ['alt'],
        });
        return z.NEVER;
      }
      if (!decorative && r.alt === undefined) {
        problem(ctx, {
          it: "manca il testo alternativo (alt) che descrive l'immagine; per un'immagine solo decorativa scrivi decorative: true",
          en: 'missing the alternative text (alt) describing the image; for a purely decorative image write decorative: true',
          found: writtenAlt === undefined ? undefined : show(writtenAlt),
          path: ['alt'],
        });
        return z.NEVER;
      }
      if (r.alt !== undefined && MEANINGLESS_ALT.test(r.alt)) {
        problem(ctx, {
          it: "il testo alternativo deve descrivere l'immagine, non darne il nome del file",
          en: 'the alternative text must describe the image, not name its file',
          found: show(r.alt),
          path: ['alt'],
        });
        return z.NEVER;
      }
      return {
        src: r.src,
        /** `""` only when `decorative`. */
        alt: r.alt ?? '',
        ...(decorative ? { decorative: true as const } : {}),
        ...(r.focalPoint ? { focalPoint: r.focalPoint } : {}),
        ...(r.credit === undefined ? {} : { credit: r.credit }),
      };
    }),
  );
  fieldInfo.add(schema, {
    image: true,
    kind: 'immagine `{ src, alt }` (vedi [Immagini](#immagini))',
  });
  return schema;
}

/** A list of documents. */
export const fileRefs = (min?: number) => list(fileRef(), min === undefined ? {} : { min });
