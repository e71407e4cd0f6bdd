'use client';
import { Checkbox, CheckboxGroup } from '../Checkbox/Checkbox.js';
import { FileUpload } from '../FileUpload/FileUpload.js';
import { RadioGroup } from '../RadioGroup/RadioGroup.js';
import { Select } from '../Select/Select.js';
import { TextField } from '../TextField/TextField.js';
import { Textarea } from '../Textarea/Textarea.js';
import type { FieldValue, UploadedFile } from '../service-contracts/applications.js';
import type { FieldSpec } from './definition.js';

export interface DataFieldProps {
  field: Exclude<FieldSpec, { kind: 'due' }>;
  id: string;
  value: FieldValue | undefined;
  error?: string;
  onChange: (value: FieldValue) => void;
  /** Uploads the files chosen in a file field. */
  onFiles?: (files: File[], kept: readonly UploadedFile[]) => void;
}

/** One field of a service definition, drawn with the library's field components. */
export function DataField({ field: f, id, value, error, onChange, onFiles }: DataFieldProps) {
  const common = { id, label: f.label, hint: f.hint, required: f.required, error };
  const text = typeof value === 'string' ? value : '';
  switch (f.kind) {
    case 'text':
      return (
        <TextField
          {...common}
          type={
            f.inputType === 'date' || f.inputType === 'number' ? 'text' : (f.inputType ?? 'text')
          }
          inputMode={f.inputType === 'number' ? 'numeric' : undefined}
          autoComplete={f.autoComplete}
          maxLength={f.maxLength}
          value={text}
          onChange={(e) => onChange(e.target.value)}
        />
      );
    case 'textarea':
      return (
        <Textarea
          {...common}
          maxLength={f.maxLength}
          value={text}
          onChange={(e) => onChange(e.target.value)}
        />
      );
    case 'select':
      return (
        <Select
          {...common}
          options={f.options}
          value={text}
          onChange={(e) => onChange(e.target.value)}
        />
      );
    case 'radio':
      return <RadioGroup {...common} options={f.options} value={text} onValueChange={onChange} />;
    case 'checkboxes':
      return (
        <CheckboxGroup
          {...common}
          options={f.options}
          value={Array.isArray(value) ? (value as string[]) : []}
          onValueChange={onChange}
        />
      );
    case 'checkbox':
      return (
        <Checkbox
          {...common}
          checked={value === true}
          onChange={(e) => onChange(e.target.checked)}
        />
      );
    case 'file': {
      const kept = (Array.isArray(value) ? value : []) as UploadedFile[];
      return (
        <FileUpload
          {...common}
          accept={f.accept}
          maxSize={f.maxSize}
          multiple={f.multiple}
          // Uploaded files are shown by name and size, as File objects are.
          files={kept as unknown as File[]}
          onFilesChange={(next) => {
            const still = kept.filter((k) => next.includes(k as unknown as File));
            const added = next.filter((n) => !kept.includes(n as unknown as UploadedFile));
            if (added.length) onFiles?.(added, still);
            else onChange(still);
          }}
        />
      );
    }
  }
}
