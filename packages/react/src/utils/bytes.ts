import type { Locale } from '../intl/settings.js';

/**
 * "1,5 MB": a number of bytes for people, in `locale` (one decimal from KB up). Shared by
 * `FileUpload` and `Attachment` (public there as `formatBytes` and `formatFileSize`).
 */
export function formatBytes(bytes: number, locale = 'it'): string {
  let unit = 0;
  for (; bytes >= 1024 && unit < 3; unit++) bytes /= 1024;
  // Bytes are whole numbers, so one fraction digit at most shows only from KB up.
  return `${bytes.toLocaleString(locale, { maximumFractionDigits: 1 })} ${['B', 'KB', 'MB', 'GB'][unit]}`;
}

/** "1,2 MB" from a number of bytes, in the language of the page (the formatter of `FileUpload`). */
export const formatFileSize: (bytes: number, locale: Locale) => string = formatBytes;
