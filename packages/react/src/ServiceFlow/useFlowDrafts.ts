'use client';
// Where a ServiceFlow keeps what is typed (CSE.1.6): the draft store of the flow, and the draft
// of this request found on this device, offered for resuming.
import { useEffect, useMemo, useRef, useState } from 'react';
import { LocalStorageDraftStore, type DraftStore } from '../AppointmentBooking/drafts.js';
import { isServiceFlowDraft, type ServiceFlowDraft } from './draft.js';

/** The store given (`null`: none), or a LocalStorageDraftStore dated by the flow's clock. */
export function useFlowDraftStore(
  draftStore: DraftStore<ServiceFlowDraft> | null | undefined,
  now: (() => Date) | undefined,
): DraftStore<ServiceFlowDraft> | null {
  const clock = useRef(now);
  useEffect(() => {
    clock.current = now;
  });
  return useMemo(
    () =>
      draftStore === undefined
        ? new LocalStorageDraftStore<ServiceFlowDraft>({
            prefix: 'piazza:service:',
            now: () => (clock.current ?? (() => new Date()))(),
          })
        : draftStore,
    [draftStore],
  );
}

/**
 * The draft stored under `key`, unless the flow starts from `initialDraft`: `pending` until the
 * citizen resumes it or starts again; `corrupt` when what was stored cannot be read.
 */
export function useStoredDraft(
  store: DraftStore<ServiceFlowDraft> | null,
  key: string,
  initialDraft: ServiceFlowDraft | undefined,
) {
  const [pending, setPending] = useState<(ServiceFlowDraft & { savedAt: Date }) | null>(null);
  const [corrupt, setCorrupt] = useState(false);
  useEffect(() => {
    if (!store || initialDraft) return;
    let live = true;
    store.load(key, isServiceFlowDraft).then(
      (r) => {
        if (!live) return;
        if (r.status === 'found') setPending({ ...r.data, savedAt: r.savedAt });
        else if (r.status === 'corrupt') setCorrupt(true);
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [store, key, initialDraft]);
  return { pending, setPending, corrupt };
}
