'use client';
import { forwardRef, useRef, useState, type ChangeEvent, type InputHTMLAttributes } from 'react';
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
  /** Accepted types: extensions (`.pdf`) or MIME types (`image/jpeg`, `image/*`). */
  accept?: readonly string[];
  /** Largest accepted file, in bytes. */
  maxSize?: number;
  /** Most files in the list (with `multiple`). */
  maxFiles?: number;
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
  const units = ['B', 'KB', 'MB', 'GB'];
  let i = 0;
  let n = bytes;
  while (n >= 1024 && i < units.length - 1) {
    n /= 1024;
    i++;
  }
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: i ? 1 : 0 }).format(n)} ${units[i]}`;
}

function accepted(file: File, accept: readonly string[]): boolean {
  const name = file.name.toLowerCase();
  return accept.some((a) => {
    const t = a.toLowerCase();
    if (t.startsWith('.')) return name.endsWith(t);
    if (t.endsWith('/*')) return file.type.startsWith(t.slice(0, -1));
    return file.type === t;
  });
}

/**
 * A file field: Bootstrap Italia's upload button (a native file input, keyboard operable),
 * type and size limits checked on choice, and the chosen files listed, each with a "Rimuovi"
 * button. Additions and removals are announced; after a removal focus returns to the input.
 *
 * State: `data-invalid="true"` while it shows an error; `data-count` holds the number of files.
 */
export const FileUpload = forwardRef<HTMLInputElement, FileUploadProps>(function FileUpload(
  {
    label,
    hint,
    error,
    required,
    messages,
    accept = [],
    maxSize,
    maxFiles,
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
  const [rejected, setRejected] = useState<string[]>([]);
  const [spoken, setSpoken] = useState('');
  const input = useRef<HTMLInputElement | null>(null);
  const files = controlled ? [...controlled] : own;
  const types = accept.join(', ');
  const max = maxSize ? formatBytes(maxSize) : '';
  const limits = t.limits(types, max);
  const shownError = error ?? (rejected.length ? rejected.join(' ') : undefined);
  const ids = useFieldIds(id, hint || limits, shownError);

  const update = (next: File[], message: string) => {
    if (!controlled) setOwn(next);
    onFilesChange?.(next);
    setSpoken(message);
  };

  const choose = (e: ChangeEvent<HTMLInputElement>) => {
    onChange?.(e);
    const chosen = Array.from(e.target.files ?? []);
    e.target.value = '';
    const problems: string[] = [];
    const ok = chosen.filter((f) => {
      if (accept.length && !accepted(f, accept)) problems.push(t.wrongType(f.name, types));
      else if (maxSize && f.size > maxSize) problems.push(t.tooBig(f.name, max));
      else return true;
      return false;
    });
    let next = multiple ? [...files, ...ok] : ok.slice(0, 1);
    if (!multiple && ok.length === 0) next = files;
    if (maxFiles && next.length > maxFiles) {
      problems.push(t.tooMany(maxFiles));
      next = next.slice(0, maxFiles);
    }
    setRejected(problems);
    if (ok.length) update(next, ok.map((f) => t.added(f.name)).join('. '));
  };

  return (
    <div
      className={cx('mb-4', className)}
      data-invalid={shownError ? 'true' : undefined}
      data-count={files.length}
    >
      <input
        ref={(node) => {
          input.current = node;
          if (typeof ref === 'function') ref(node);
          else if (ref) ref.current = node;
        }}
        type="file"
        id={ids.id}
        className="upload"
        accept={types || undefined}
        multiple={multiple}
        required={required && files.length === 0}
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
        hint={
          hint || limits ? (
            <>
              {hint} {limits}
            </>
          ) : null
        }
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
                    t.removed(f.name),
                  );
                  input.current?.focus();
                }}
              >
                {t.remove} <span className="visually-hidden">{f.name}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <span className="visually-hidden" aria-live="polite">
        {spoken}
      </span>
    </div>
  );
});
