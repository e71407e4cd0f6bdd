// Server side of the islands: a template renders <Island name props />; the page build gives the
// collector a renderer that renders each island on its own (its own React root and useId prefix,
// exactly as the client will hydrate it: a reentrant renderToString, which React supports), and
// <Island> puts that HTML in its container, followed by its props as a JSON data block.
import { createContext, useContext } from 'react';
import type { IslandName, IslandProps } from './registry.js';

export interface IslandInstance<N extends IslandName = IslandName> {
  id: string;
  name: N;
  props: IslandProps[N];
}

/** Renders one island to its server HTML (what the client hydrates). */
export type IslandRenderer = (instance: IslandInstance) => string;

export class IslandCollector {
  readonly instances: IslandInstance[] = [];
  constructor(private readonly renderer: IslandRenderer = () => '') {}
  add<N extends IslandName>(name: N, props: IslandProps[N]): IslandInstance<N> {
    const id = `pz-i${String(this.instances.length + 1)}`;
    const instance = { id, name, props } as IslandInstance<N>;
    this.instances.push(instance as IslandInstance);
    return instance;
  }
  html(instance: IslandInstance): string {
    return this.renderer(instance);
  }
}

export const IslandContext = createContext<IslandCollector | null>(null);

/** Places an interactive island in a server-rendered template. */
export function Island<N extends IslandName>({ name, props }: { name: N; props: IslandProps[N] }) {
  const collector = useContext(IslandContext);
  if (!collector) throw new Error(`Island "${name}" rendered outside a page build`);
  const instance = collector.add(name, props);
  return (
    <>
      <div
        data-island={name}
        data-island-id={instance.id}
        dangerouslySetInnerHTML={{ __html: collector.html(instance as IslandInstance) }}
      />
      <JsonScript id={`${instance.id}-props`} data={props} />
    </>
  );
}

/**
 * The text of a JSON data block: `<`, `>`, `&` and the line separators escaped, so it can never
 * close the script element or open a comment.
 */
export function jsonText(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** A JSON data block (never executed, so allowed by `script-src 'self'`). */
export function JsonScript({ id, data }: { id: string; data: unknown }) {
  return (
    <script type="application/json" id={id} dangerouslySetInnerHTML={{ __html: jsonText(data) }} />
  );
}

/** The same data block as text, for the partials exported to CMSs in other languages. */
export function jsonScript(id: string, data: unknown): string {
  return `<script type="application/json" id="${id}">${jsonText(data)}</script>`;
}
