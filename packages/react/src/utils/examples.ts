import type { ReactElement } from 'react';

/**
 * One example of a component: the single source that stories, jsdom tests (axe, server
 * render), the browser tests and `fixtures.json` all read.
 */
export interface Example {
  /** Short Italian name, shown as the story name. */
  name: string;
  description?: string;
  render: () => ReactElement;
  /**
   * axe rules this example may skip, each with the reason. Keep it empty: every entry is a
   * documented exception.
   */
  axeSkip?: Record<string, string>;
  /** A whole page (landmarks required): the `region` rule stays on for it. */
  page?: boolean;
}

export type Examples = Record<string, Example>;

/** Declares a component's examples (keeps literal keys for the stories file). */
export function defineExamples<T extends Examples>(examples: T): T {
  return examples;
}
