'use client';
import { forwardRef, useEffect, useId, useRef, useState, type HTMLAttributes } from 'react';
import { Icon } from '../Icon/Icon.js';
import { useMessages } from '../intl/messages.js';
import { cx } from '../utils/cx.js';
import { PiazzaPropError } from '../utils/errors.js';
import { serviceAccessMessages, type ServiceAccessMessages } from './ServiceAccess.intl.js';

export interface SpidProvider {
  /** The provider's name as people know it, e.g. "Poste ID". */
  name: string;
  /** The login address for that provider (the site's SPID authentication request). */
  href: string;
}

export interface ServiceAccessProps extends Omit<HTMLAttributes<HTMLElement>, 'children'> {
  /** The SPID identity providers, in the order to show. */
  spidProviders: readonly SpidProvider[];
  /** The login address with CIE (CieID). */
  cieHref: string;
  /** A page on how to get SPID. */
  spidInfoHref?: string;
  /** Level of the title. @default 2 */
  headingLevel?: 2 | 3;
  /** Overrides of the default texts. */
  messages?: Partial<ServiceAccessMessages>;
}

/**
 * Access to an online service with SPID or CIE (CSE.1.1), right below the service card.
 * "Entra con SPID" discloses the list of providers (a button with `aria-expanded`; Escape
 * closes it and returns focus); "Entra con CIE" is a link. No third-party assets: the marks
 * are Bootstrap Italia icons.
 *
 * State: `data-open="true"` while the list of SPID providers is shown.
 */
export const ServiceAccess = /* @__PURE__ */ forwardRef<HTMLElement, ServiceAccessProps>(
  function ServiceAccess(
    { spidProviders, cieHref, spidInfoHref, headingLevel = 2, messages, className, ...rest },
    ref,
  ) {
    const t = useMessages(serviceAccessMessages, messages);
    const [open, setOpen] = useState(false);
    const toggle = useRef<HTMLButtonElement>(null);
    const box = useRef<HTMLDivElement>(null);
    const id = useId();
    // Escape, from the button or a provider link, closes the list and returns focus.
    useEffect(() => {
      const el = box.current;
      if (!open || !el) return;
      const onKey = (e: KeyboardEvent) => {
        if (e.key !== 'Escape') return;
        setOpen(false);
        toggle.current?.focus();
      };
      el.addEventListener('keydown', onKey);
      return () => el.removeEventListener('keydown', onKey);
    }, [open]);
    if (!Array.isArray(spidProviders) || spidProviders.length === 0) {
      throw new PiazzaPropError(
        'ServiceAccess',
        'spidProviders',
        'must list at least one provider',
        spidProviders,
      );
    }
    if (!cieHref)
      throw new PiazzaPropError(
        'ServiceAccess',
        'cieHref',
        'must be the CIE login address',
        cieHref,
      );
    const H = `h${headingLevel}` as 'h2';
    return (
      <section
        ref={ref}
        aria-labelledby={`${id}-t`}
        className={cx('mb-5', className)}
        data-open={open ? 'true' : undefined}
        {...rest}
      >
        <H id={`${id}-t`} className="h4">
          {t.title}
        </H>
        <p>{t.description}</p>
        <div className="d-flex flex-wrap gap-3 align-items-start">
          <div ref={box}>
            <button
              ref={toggle}
              type="button"
              className="btn btn-primary btn-icon"
              aria-expanded={open}
              aria-controls={`${id}-m`}
              onClick={() => setOpen(!open)}
            >
              <Icon name="user" color="white" className="me-2" />
              <span>{t.spid}</span>
              <Icon name={open ? 'collapse' : 'expand'} color="white" className="ms-1" />
            </button>
            <div id={`${id}-m`} hidden={!open} className="link-list-wrapper mt-2 border rounded">
              <ul className="link-list mb-0" aria-label={t.providers}>
                {spidProviders.map((p) => (
                  <li key={p.href}>
                    <a className="list-item px-3" href={p.href}>
                      <span>{p.name}</span>
                    </a>
                  </li>
                ))}
              </ul>
            </div>
          </div>
          <a className="btn btn-primary btn-icon" href={cieHref}>
            <Icon name="card" color="white" className="me-2" />
            <span>{t.cie}</span>
          </a>
        </div>
        {spidInfoHref ? (
          <p className="mt-3">
            <a href={spidInfoHref}>{t.spidInfo}</a>
          </p>
        ) : null}
      </section>
    );
  },
);
