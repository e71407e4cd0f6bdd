'use client';
import { forwardRef, useId, useState, type InputHTMLAttributes } from 'react';
import { usePiazza } from '../intl/context.js';
import { resolveMessages } from '../intl/messages.js';
import { formatBytes } from '../utils/bytes.js';
import { cx } from '../utils/cx.js';
import type { FieldBaseProps } from '../Field/Field.js';
import { fileUploadMessages, type FileUploadMessages } from './FileUpload.intl.js';

export interface FileUploadProps
  extends
    Omit<FieldBaseProps, 'messages'>,
    Omit<
      InputHTMLAttributes<HTMLInputElement>,
      'type' | 'accept' | 'value' | 'defaultValue' | 'children'
    > {
  /** Help text, followed by the limits (formats, maximum size). */
  hint?: string;
  /** Accepted types: extensions (`.pdf`) or MIME types (`image/jpeg`, `image/*`). */
  accept?: readonly string[];
  /** Largest accepted file, in bytes. */
  maxSize?: number;
  /** The chosen files (controlled). */
  files?: readonly File[];
  /** Called with the new list after a file is added or removed. */
  onFilesChange?: (files: File[]) => void;
  /** Id of the file input (the target of `ErrorSummary` links). @default a generated id */
  id?: string;
  /** Class of the wrapper. */
  className?: string;
  /** Overrides of the default texts. */
  messages?: Partial<FileUploadMessages>;
}

/**
 * A file field: Bootstrap Italia's upload button (a native file input, keyboard operable),
 * type and size limits checked on choice (refused files are named in the error), and the chosen
 * files listed, each with a "Rimuovi" button. Additions and removals are announced; after a
 * removal focus returns to the input. A refused file is named in the error with the limit it
 * breaks.
 *
 * State: `data-invalid="true"` on the wrapper while it shows an error.
 */
export const FileUpload = /* @__PURE__ */ forwardRef<HTMLInputElement, FileUploadProps>(
  function FileUpload(
    {
      label,
      hint,
      error,
      required,
      messages,
      accept = [],
      maxSize,
      files: controlled,
      onFilesChange,
      id,
      className,
      onChange,
      ...rest
    },
    ref,
  ) {
    const { locale } = usePiazza();
    const t = resolveMessages(fileUploadMessages, locale, messages);
    const [own, setOwn] = useState<readonly File[]>([]);
    const [refused, setRefused] = useState('');
    const [said, setSaid] = useState('');
    const files = controlled ?? own;
    const types = accept.join(', ');
    const typesText = types && `${t.types} ${types}.`;
    const maxText = maxSize ? `${t.maxSize} ${formatBytes(maxSize, locale)}.` : '';
    const help = cx(hint, typesText, maxText);
    const shownError = error || refused;
    // The label, hint and error markup of every field (Field's useField), written out here:
    // the hook's shared plumbing costs ~100 bytes gzip, and this field must stay under 1.5 KB.
    const auto = useId();
    const base = id ?? auto;
    const describedBy =
      cx(help ? `${base}-hint` : '', shownError ? `${base}-error` : '') || undefined;

    const update = (next: File[], message: string) => {
      if (!controlled) setOwn(next);
      onFilesChange?.(next);
      setSaid(message);
    };

    return (
      <div className={cx('mb-4', className)} data-invalid={shownError ? 'true' : undefined}>
        <input
          ref={ref}
          type="file"
          id={base}
          className="upload"
          accept={types || undefined}
          required={required && !files.length}
          aria-invalid={shownError ? true : undefined}
          aria-describedby={describedBy}
          onChange={(e) => {
            onChange?.(e);
            const problems: string[] = [];
            const ok = [...(e.target.files ?? [])].filter((f) => {
              // "image/png foto.png": an extension ends it, a MIME type (or "image/*") starts it.
              const key = `${f.type} ${f.name}`.toLowerCase();
              const why =
                typesText &&
                !accept.some((a) =>
                  (a = a.toLowerCase())[0] === '.'
                    ? key.endsWith(a)
                    : key.startsWith(`${a} `.replace('* ', '')),
                )
                  ? typesText
                  : f.size > (maxSize ?? f.size) && maxText;
              if (why) problems.push(`${t.refused} ${f.name}. ${why}`);
              return !why;
            });
            e.target.value = '';
            setRefused(problems.join(' '));
            if (ok.length)
              update(
                rest.multiple ? [...files, ...ok] : ok,
                `${t.added} ${ok.map((f) => f.name).join(', ')}`,
              );
          }}
          {...rest}
        />
        <label htmlFor={base}>
          {label}
          {required ? (
            <span className="text-danger" aria-hidden="true">
              {' *'}
            </span>
          ) : null}
        </label>
        {help ? (
          <small id={`${base}-hint`} className="form-text d-block">
            {help}
          </small>
        ) : null}
        {shownError ? (
          <div id={`${base}-error`} className="invalid-feedback d-block">
            <span className="visually-hidden">{t.errorPrefix}</span> {shownError}
          </div>
        ) : null}
        {files.length ? (
          <ul className="upload-file-list" aria-label={t.listLabel}>
            {files.map((f, i) => (
              <li key={i} className="upload-file success">
                <p>
                  {f.name} <span className="upload-file-weight">{formatBytes(f.size, locale)}</span>
                </p>
                <button
                  type="button"
                  className="btn btn-link btn-sm"
                  onClick={() => {
                    update(
                      files.filter((_, j) => j !== i),
                      `${t.removed} ${f.name}`,
                    );
                    document.getElementById(base)?.focus();
                  }}
                >
                  {t.remove} <span className="visually-hidden">{f.name}</span>
                </button>
              </li>
            ))}
          </ul>
        ) : null}
        <span className="visually-hidden" aria-live="polite">
          {said}
        </span>
      </div>
    );
  },
);
