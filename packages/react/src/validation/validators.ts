// Validators for Italian formats. Pure functions: true when the value is well formed.
// Spaces (and, for phones, dots and dashes) that people type are tolerated.

const compact = (v: string) => v.replace(/\s+/g, '');

/** An email address: one `@`, a dot in the domain, no spaces. */
export function isEmail(value: string): boolean {
  return /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)*\.[a-z]{2,}$/i.test(value.trim());
}

/**
 * An Italian phone number: a mobile (3xx, 9–10 digits) or a landline (0x, 6–11 digits),
 * optionally with the +39 / 0039 prefix. Spaces, dots, dashes and a slash are allowed.
 */
export function isItalianPhone(value: string): boolean {
  const v = value.replace(/[\s.\-/()]/g, '').replace(/^(\+|00)39/, '');
  return /^3\d{8,9}$/.test(v) || /^0\d{5,10}$/.test(v);
}

/** A CAP (codice di avviamento postale): five digits. */
export function isCap(value: string): boolean {
  return /^\d{5}$/.test(value.trim());
}

// Codice fiscale check character: values of the characters in odd and even positions.
const ODD = [
  1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23,
];
const code = (c: string) => (c >= '0' && c <= '9' ? c.charCodeAt(0) - 48 : c.charCodeAt(0) - 65);

/** The check character (16th) of the first 15 characters of a codice fiscale. */
export function codiceFiscaleCheckChar(first15: string): string {
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const n = code(first15[i] ?? '0');
    sum += i % 2 === 0 ? (ODD[n] ?? 0) : n;
  }
  return String.fromCharCode(65 + (sum % 26));
}

/**
 * A person's codice fiscale: 16 characters in the official pattern (omocodia letters allowed),
 * with a correct check character. Case and spaces are ignored.
 */
export function isCodiceFiscale(value: string): boolean {
  const v = compact(value).toUpperCase();
  const d = '[0-9LMNPQRSTUV]';
  if (!new RegExp(`^[A-Z]{6}${d}{2}[ABCDEHLMPRST]${d}{2}[A-Z]${d}{3}[A-Z]$`).test(v)) return false;
  return codiceFiscaleCheckChar(v.slice(0, 15)) === v[15];
}

// IBAN lengths of the SEPA countries most seen by Italian comuni; others: 15–34.
const IBAN_LENGTHS: Record<string, number> = {
  IT: 27,
  SM: 27,
  VA: 22,
  AT: 20,
  BE: 16,
  CH: 21,
  DE: 22,
  ES: 24,
  FR: 27,
  GB: 22,
  IE: 22,
  LU: 20,
  MT: 31,
  NL: 18,
  PT: 25,
  SI: 19,
  HR: 21,
};

/**
 * An IBAN: country code, two check digits, the account, the length of its country, and the
 * ISO 13616 mod-97 check. An Italian IBAN also has the CIN letter, ABI and CAB in place.
 */
export function isIban(value: string): boolean {
  const v = compact(value).toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(v)) return false;
  const country = v.slice(0, 2);
  const len = IBAN_LENGTHS[country];
  if (len !== undefined && v.length !== len) return false;
  if ((country === 'IT' || country === 'SM') && !/^[A-Z]{2}\d{2}[A-Z]\d{10}[A-Z0-9]{12}$/.test(v))
    return false;
  let rest = 0;
  for (const c of v.slice(4) + v.slice(0, 4)) {
    const n = c >= 'A' ? String(c.charCodeAt(0) - 55) : c;
    for (const digit of n) rest = (rest * 10 + Number(digit)) % 97;
  }
  return rest === 1;
}

/** The formats a text value can be checked against. */
export type ValueFormat = 'email' | 'phone' | 'codiceFiscale' | 'cap' | 'iban';

export const FORMAT_CHECKS: Record<ValueFormat, (value: string) => boolean> = {
  email: isEmail,
  phone: isItalianPhone,
  codiceFiscale: isCodiceFiscale,
  cap: isCap,
  iban: isIban,
};

export interface ValueRules {
  /** The value must not be empty (after trimming). */
  required?: boolean;
  /** The format of a non-empty value. */
  format?: ValueFormat;
  /** The longest value, in characters. */
  maxLength?: number;
}

/** The first rule the value breaks (`'required'`, a format, `'maxLength'`), or `null`. */
export function checkValue(
  value: string,
  rules: ValueRules,
): 'required' | ValueFormat | 'maxLength' | null {
  const v = value.trim();
  if (!v) return rules.required ? 'required' : null;
  if (rules.format && !FORMAT_CHECKS[rules.format](v)) return rules.format;
  if (rules.maxLength !== undefined && value.length > rules.maxLength) return 'maxLength';
  return null;
}
