'use client';
// The error boundary of every React island. An island that throws (while hydrating, or later on
// a re-render: bad data from a back office, a broken draft, a bug) must not leave a blank space
// where the page had content: the boundary puts back the markup the server rendered (links work,
// text reads, radios toggle, as before hydration) and says, in an announced alert, that this part
// of the page runs without its interactive functions and how to get them back.
import { Component, type ReactNode } from 'react';
import { islandErrorMessages } from './island-error.intl.js';

export { islandErrorMessages };

export interface IslandBoundaryProps {
  /** The island's name (`data-island`), for the console message. */
  name: string;
  /** The island element's server-rendered HTML, shown again after an error. */
  serverHtml: string;
  /** The element the island lives in: it gets `data-island-failed` after an error. */
  host?: HTMLElement | undefined;
  /** Language of the alert. @default 'it' */
  locale?: 'it' | 'en';
  children: ReactNode;
}

interface State {
  failed: boolean;
}

/** Catches what an island throws and shows its server markup with an alert instead. */
export class IslandBoundary extends Component<IslandBoundaryProps, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    this.props.host?.setAttribute('data-island-failed', 'true');
    console.error(`Piazza: the "${this.props.name}" island stopped working`, error);
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    const t = islandErrorMessages[this.props.locale ?? 'it'];
    return (
      <>
        <div className="container">
          <div className="alert alert-warning my-3" role="alert">
            <p className="fw-semibold mb-1">{t.title}</p>
            <p className="mb-2">{t.text}</p>
            <button
              type="button"
              className="btn btn-outline-primary btn-sm"
              onClick={() => window.location.reload()}
            >
              {t.reload}
            </button>
          </div>
        </div>
        {/* the server's own markup of this island, put back as it was (it came from our build) */}
        <div data-island-fallback="" dangerouslySetInnerHTML={{ __html: this.props.serverHtml }} />
      </>
    );
  }
}
