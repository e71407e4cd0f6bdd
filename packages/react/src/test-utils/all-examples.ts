import type { Examples } from '../utils/examples.js';

/** Every `*.examples.tsx` of the package, keyed by component folder. */
const modules = import.meta.glob<{ examples: Examples }>('../**/*.examples.tsx', { eager: true });

export const allExamples: Array<{ component: string; key: string; example: Examples[string] }> =
  Object.entries(modules).flatMap(([file, mod]) => {
    const component = file.split('/').at(-1)!.replace('.examples.tsx', '');
    return Object.entries(mod.examples).map(([key, example]) => ({ component, key, example }));
  });
