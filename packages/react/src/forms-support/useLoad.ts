'use client';
import { useEffect, useRef, useState } from 'react';

/** The state of an asynchronous load. */
export interface Load<T> {
  data?: T;
  error?: unknown;
  /** Loads again (after an error). */
  retry: () => void;
}

/**
 * Loads with `load` whenever `key` changes (nothing while `key` is null); stale answers are
 * ignored and the pending request aborted. Runs in effects only: nothing on the server.
 */
export function useLoad<T>(key: string | null, load: (signal: AbortSignal) => Promise<T>): Load<T> {
  const [state, setState] = useState<{ key: string | null; data?: T; error?: unknown }>({
    key: null,
  });
  const [attempt, setAttempt] = useState(0);
  const latest = useRef(load);
  useEffect(() => {
    latest.current = load;
  });
  useEffect(() => {
    if (key === null) return;
    const controller = new AbortController();
    latest.current(controller.signal).then(
      (data) => !controller.signal.aborted && setState({ key, data }),
      (error: unknown) => !controller.signal.aborted && setState({ key, error }),
    );
    return () => controller.abort();
  }, [key, attempt]);
  const current: { data?: T; error?: unknown } = state.key === key ? state : {};
  return {
    data: current.data,
    error: current.error,
    retry: () => {
      setState({ key: null });
      setAttempt((a) => a + 1);
    },
  };
}
