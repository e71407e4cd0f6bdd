// How a content problem travels: every check of the content schema pushes a zod "custom" issue
// carrying the Italian message, the English one, what was found and a hint; `toContentIssues`
// turns zod's issues (with their field paths) into the ContentIssue of the model.
import type { z } from 'zod';
import type { ContentIssue } from './model.js';

/** What a check says about one problem. */
export interface Problem {
  it: string;
  en: string;
  found?: string | undefined;
  hint?: string | undefined;
  /** Path below the value being checked (e.g. `['reason']` for `status.reason`). */
  path?: readonly (string | number)[];
}

/** The part of zod's transform/refine context a check needs: somewhere to push issues. */
export interface IssueSink {
  issues: z.core.$ZodRawIssue[];
}

/** Records one problem on zod's context. */
export function problem(ctx: IssueSink, p: Problem): void {
  ctx.issues.push({
    code: 'custom',
    message: p.it,
    input: undefined,
    path: p.path ? [...p.path] : [],
    params: { en: p.en, found: p.found, hint: p.hint },
  });
}

/** How a found value is quoted in messages. */
export function show(value: unknown): string {
  if (value === null || value === undefined) return 'un valore vuoto (empty)';
  if (typeof value === 'string') {
    const s = value.length > 80 ? `${value.slice(0, 77)}…` : value;
    return JSON.stringify(s);
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return 'una lista (a list)';
  if (value instanceof Date) return `una data YAML (a YAML date) ${value.toISOString()}`;
  return 'un oggetto (an object)';
}

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);

export const isBlank = (value: unknown): boolean =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

/** Where the issues of one item go: its file, the path prefix of items sharing a file. */
export interface ItemPlace {
  file: string;
  prefix: string;
}

export function fieldPath(place: ItemPlace, path: string): string {
  return [place.prefix, path].filter((p) => p !== '').join('.');
}

/** One error or warning of the model, at `path` inside the item. */
export function contentIssue(
  place: ItemPlace,
  path: string,
  p: Omit<Problem, 'path'>,
  severity: ContentIssue['severity'] = 'error',
): ContentIssue {
  const issue: ContentIssue = {
    severity,
    file: place.file,
    field: fieldPath(place, path),
    message: p.it,
    messageEn: p.en,
  };
  if (p.found !== undefined) issue.found = p.found;
  if (p.hint !== undefined) issue.hint = p.hint;
  return issue;
}

/** zod's issues of one item as ContentIssues (each check wrote its own bilingual message). */
export function toContentIssues(
  place: ItemPlace,
  issues: readonly z.core.$ZodIssue[],
): ContentIssue[] {
  return issues.map((i) => {
    const path = i.path.map(String).join('.');
    const params = (i.code === 'custom' ? i.params : undefined) as
      { en?: string; found?: string; hint?: string } | undefined;
    if (params?.en !== undefined)
      return contentIssue(place, path, {
        it: i.message,
        en: params.en,
        found: params.found,
        hint: params.hint,
      });
    // A zod check without a message of ours: keep zod's own words (never expected in practice).
    return contentIssue(place, path, {
      it: `valore non valido: ${i.message}`,
      en: `invalid value: ${i.message}`,
    });
  });
}
