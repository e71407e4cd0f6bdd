'use client';
import { isShown } from '../definition.js';
import { DataField } from '../DataField.js';
import { DueField } from './DueField.js';
import type { StepProps } from './types.js';

/** The service's own fields that the values so far ask for. */
export function FieldList(props: StepProps & { fields?: StepProps['service']['fields'] }) {
  const { service, state, dispatch, fid, errorOf, api, fail } = props;
  const fields = props.fields ?? service.fields;
  return (
    <>
      {fields
        .filter((f) => isShown(f, state.values))
        .map((f) =>
          f.kind === 'due' ? (
            <DueField key={f.name} {...props} field={f} />
          ) : (
            <DataField
              key={f.name}
              field={f}
              id={fid(f.name)}
              value={state.values[f.name]}
              error={errorOf(f.name)}
              onChange={(value) => dispatch({ type: 'set', name: f.name, value })}
              onFiles={(files, kept) => {
                Promise.all(files.map((file) => api.upload(file))).then(
                  (up) => dispatch({ type: 'set', name: f.name, value: [...kept, ...up] }),
                  fail,
                );
              }}
            />
          ),
        )}
    </>
  );
}
