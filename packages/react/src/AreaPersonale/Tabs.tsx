'use client';
import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

export interface TabItem {
  id: string;
  label: string;
  panel: ReactNode;
}

/**
 * Tabs per the WAI-ARIA APG pattern (automatic activation): Left/Right arrows move and select,
 * Home/End go to the first/last tab; one tab in the Tab order (roving tabindex); each panel is
 * labelled by its tab (its content holds links, so Tab reaches it). Bootstrap Italia's `nav-tabs` styles.
 */
export function Tabs({
  label,
  tabs,
  initial = 0,
}: {
  label: string;
  tabs: readonly TabItem[];
  initial?: number;
}) {
  const [current, setCurrent] = useState(initial);
  const base = useId();
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const select = (i: number) => {
    const n = (i + tabs.length) % tabs.length;
    setCurrent(n);
    refs.current[n]?.focus();
  };
  const onKey = (e: KeyboardEvent) => {
    const moves: Record<string, number> = {
      ArrowRight: current + 1,
      ArrowLeft: current - 1,
      Home: 0,
      End: tabs.length - 1,
    };
    const to = moves[e.key];
    if (to === undefined) return;
    e.preventDefault();
    select(to);
  };
  return (
    <>
      <div className="nav nav-tabs auto" role="tablist" aria-label={label}>
        {tabs.map((tab, i) => (
          <button
            key={tab.id}
            ref={(el) => {
              refs.current[i] = el;
            }}
            type="button"
            role="tab"
            id={`${base}-tab-${tab.id}`}
            className={i === current ? 'nav-link active' : 'nav-link'}
            aria-selected={i === current}
            aria-controls={`${base}-panel-${tab.id}`}
            tabIndex={i === current ? 0 : -1}
            onClick={() => setCurrent(i)}
            onKeyDown={onKey}
          >
            {tab.label}
          </button>
        ))}
      </div>
      {tabs.map((tab, i) => (
        <div
          key={tab.id}
          role="tabpanel"
          id={`${base}-panel-${tab.id}`}
          aria-labelledby={`${base}-tab-${tab.id}`}
          hidden={i !== current}
          className="pt-4"
        >
          {i === current ? tab.panel : null}
        </div>
      ))}
    </>
  );
}
