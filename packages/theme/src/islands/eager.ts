// When a service island (flow, segnalazione, area personale) should hydrate without waiting for
// an interaction: the server renders the access step, which is what a visitor with nothing on
// this device needs; a citizen already signed in (the simulation), with a draft to resume, with
// a request to complete (`?completa=`), or on a site with a real back office (the gateway decides
// who is signed in) needs the live island at once.
import { DEMO_KEYS, FLOW_DRAFT_PREFIX } from './demo-keys.js';

function has(read: () => boolean): boolean {
  try {
    return read();
  } catch {
    return false; // storage blocked
  }
}

/** The id of the service whose drafts the island resumes (props `service.id`, or the segnalazione). */
function serviceId(el: HTMLElement, props: string | null | undefined): string | undefined {
  if (el.dataset.island === 'segnalazione') return 'segnalazione-disservizio';
  try {
    const p = JSON.parse(props ?? '{}') as { service?: { id?: unknown } };
    return typeof p.service?.id === 'string' ? p.service.id : undefined;
  } catch {
    return undefined;
  }
}

export function servicesEager(el: HTMLElement): boolean {
  const query = new URLSearchParams(window.location.search);
  // a request to complete, or a status search sent before the island was live (`?codice=`)
  if (query.has('completa') || query.has('codice')) return true;
  const props = el.dataset.islandId
    ? document.getElementById(`${el.dataset.islandId}-props`)?.textContent
    : undefined;
  if (props?.includes('"backOffice"')) return true;
  if (has(() => sessionStorage.getItem(DEMO_KEYS.citizen) !== null)) return true;
  const id = serviceId(el, props);
  return id !== undefined && has(() => localStorage.getItem(FLOW_DRAFT_PREFIX + id) !== null);
}
