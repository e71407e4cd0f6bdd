'use client';
import { forwardRef, useState, type ChangeEvent, type InputHTMLAttributes } from 'react';
import { Icon } from '../Icon/Icon.js';
import { useMessages } from '../intl/messages.js';
import { cx } from '../utils/cx.js';
import { FieldFeedback, RequiredMark, useFieldIds, type FieldBaseProps } from '../Field/Field.js';
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

/** "1,5 MB": a size in bytes for people. */
export function formatBytes(bytes: number, locale = 'it'): string {
  let i = 0;
  while (bytes >= 1024 && i < 3) {
    bytes /= 1024;
    i++;
  }
  return `${bytes.toLocaleString(locale, { maximumFractionDigits: i && 1 })} ${['B', 'KB', 'MB', 'GB'][i]}`;
}

/**
 * A file field: Bootstrap Italia's upload button (a native file input, keyboard operable),
 * type and size limits checked on choice (refused files are named in the error), and the chosen
 * files listed, each with a "Rimuovi" button. Additions and removals are announced; after a
 * removal focus returns to the input.
 *
 * State: `data-invalid="true"` while it shows an error; `data-count` holds the number of files.
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
      multiple,
      id,
      className,
      onChange,
      ...rest
    },
    ref,
  ) {
    const t = useMessages(fileUploadMessages, messages);
    const [own, setOwn] = useState<File[]>([]);
    const [refused, setRefused] = useState('');
    const [said, setSaid] = useState('');
    const files = controlled ? [...controlled] : own;
    const types = accept.join(', ');
    const max = maxSize ? formatBytes(maxSize) : '';
    const limits = cx(types && `${t.types} ${types}.`, max && `${t.maxSize} ${max}.`);
    const shownError = error || refused || undefined;
    const ids = useFieldIds(id, hint || limits, shownError);

    const update = (next: File[], message: string) => {
      if (!controlled) setOwn(next);
      onFilesChange?.(next);
      setSaid(message);
    };

    const choose = (e: ChangeEvent<HTMLInputElement>) => {
      onChange?.(e);
      const problems: string[] = [];
      const ok = Array.from(e.target.files ?? []).filter((f) => {
        const name = f.name.toLowerCase();
        const why =
          accept.length &&
          !accept.some((a) =>
            a[0] === '.'
              ? name.endsWith(a.toLowerCase())
              : a.endsWith('/*')
                ? f.type.startsWith(a.slice(0, -1))
                : f.type === a,
          )
            ? t.wrongType
            : maxSize && f.size > maxSize
              ? `${t.tooBig} (${max})`
              : '';
        if (why) problems.push(`${t.refused} ${f.name}, ${why}.`);
        return !why;
      });
      e.target.value = '';
      setRefused(problems.join(' '));
      if (ok.length)
        update(multiple ? [...files, ...ok] : ok, `${t.added} ${ok.map((f) => f.name).join(', ')}`);
    };

    return (
      <div
        className={cx('mb-4', className)}
        data-invalid={shownError ? 'true' : undefined}
        data-count={files.length}
      >
        <input
          ref={ref}
          type="file"
          id={ids.id}
          className="upload"
          accept={types || undefined}
          multiple={multiple}
          required={required && !files.length}
          aria-invalid={shownError ? true : undefined}
          aria-describedby={ids.describedBy}
          onChange={choose}
          {...rest}
        />
        <label htmlFor={ids.id}>
          <Icon name="upload" />
          <span>
            {label}
            <RequiredMark required={required} />
          </span>
        </label>
        <FieldFeedback
          {...ids}
          hint={cx(hint, limits) || undefined}
          error={shownError}
          messages={messages}
        />
        {files.length ? (
          <ul className="upload-file-list" aria-label={t.listLabel}>
            {files.map((f, i) => (
              <li key={`${f.name}-${i}`} className="upload-file success">
                <Icon name="file" />
                <p className="mb-0">
                  {f.name} <span className="small">({formatBytes(f.size)})</span>
                </p>
                <button
                  type="button"
                  className="btn btn-link btn-sm ms-auto"
                  onClick={() => {
                    update(
                      files.filter((_, j) => j !== i),
                      `${t.removed} ${f.name}`,
                    );
                    document.getElementById(ids.id)?.focus();
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
