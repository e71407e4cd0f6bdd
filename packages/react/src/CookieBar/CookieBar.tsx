'use client';
import { forwardRef, useEffect, useId, useRef, useState, type HTMLAttributes } from 'react';
import { useMessages } from '../intl/messages.js';
import { cx } from '../utils/cx.js';
import { CookieBarRoot } from './CookieBar.styles.js';
import { cookieBarMessages, type CookieBarMessages } from './CookieBar.intl.js';
import {
  COOKIE_CONSENT_KEY,
  readCookieConsent,
  writeCookieConsent,
  type CookieConsent,
} from './consent.js';

export interface CookieBarProps extends Omit<HTMLAttributes<HTMLElement>, 'children'> {
  /** URL of the cookie policy. */
  policyHref: string;
  /** localStorage key of the choice. @default 'piazza-cookie-consent' */
  storageKey?: string;
  /** Called with the visitor's choice (after it is stored). Load non-technical scripts only on `'accepted'`. */
  onChoice?: (choice: CookieConsent) => void;
  /** `id` of the element that receives focus after the choice, if focus was in the bar. @default 'main-content' */
  focusAfterChoice?: string;
  /** Overrides of the default texts. */
  messages?: Partial<CookieBarMessages>;
  /**
   * Render the bar as shown before the stored choice is read (server render included): for a
   * static page that paints it with the page (no late largest contentful paint) and hides it for
   * a returning visitor by other means (the theme's consent probe). @default false
   */
  initiallyShown?: boolean;
}

/**
 * The cookie bar (C.SI.3.1). The site sets only technical cookies until the visitor chooses;
 * "Accetta" and "Rifiuta" look the same (equally prominent); the choice is stored first-party
 * (localStorage, see `readCookieConsent`). A labelled region, shown after hydration only when
 * there is no stored choice (the server renders it `hidden`); after the choice, focus moves
 * to `#focusAfterChoice`.
 *
 * Place it first, right after the skip links: its styles keep it in the flow (not fixed at
 * the bottom as Bootstrap Italia's), so it is reached first and never covers the focused
 * element (WCAG 2.2 2.4.11), at any zoom.
 *
 * State: `data-state` is `unknown` before hydration (hidden; `pending` and shown from the start
 * with `initiallyShown`), `pending` while it asks; once the visitor has chosen the bar is not
 * rendered.
 */
export const CookieBar = forwardRef<HTMLElement, CookieBarProps>(function CookieBar(
  {
    policyHref,
    storageKey = COOKIE_CONSENT_KEY,
    onChoice,
    focusAfterChoice = 'main-content',
    messages,
    initiallyShown = false,
    className,
    ...rest
  },
  ref,
) {
  const t = useMessages(cookieBarMessages, messages);
  const id = useId();
  // undefined: not read yet (server render, first client render); null: no choice stored.
  const [choice, setChoice] = useState<CookieConsent | null | undefined>(
    initiallyShown ? null : undefined,
  );
  const barRef = useRef<HTMLElement | null>(null);

  useEffect(() => {
    setChoice(readCookieConsent(storageKey));
  }, [storageKey]);

  const choose = (value: CookieConsent) => {
    const hadFocus = barRef.current?.contains(document.activeElement) ?? false;
    writeCookieConsent(value, storageKey);
    setChoice(value);
    onChoice?.(value);
    if (hadFocus) {
      const target = document.getElementById(focusAfterChoice);
      if (target) {
        if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
        target.focus();
      }
    }
  };

  if (choice === 'accepted' || choice === 'rejected') return null;
  const pending = choice === null;

  return (
    <CookieBarRoot
      ref={(el) => {
        barRef.current = el;
        if (typeof ref === 'function') ref(el);
        else if (ref) ref.current = el;
      }}
      className={cx('cookiebar', pending && 'show', className)}
      aria-labelledby={`${id}-title`}
      data-state={pending ? 'pending' : 'unknown'}
      hidden={!pending}
      {...rest}
    >
      <h2 id={`${id}-title`} className="visually-hidden">
        {t.title}
      </h2>
      <p>
        {t.text}{' '}
        <a className="text-white" href={policyHref}>
          {t.policy}
        </a>
      </p>
      <div className="cookiebar-buttons">
        <button type="button" className="cookiebar-btn" onClick={() => choose('rejected')}>
          {t.reject}
        </button>
        <button type="button" className="cookiebar-btn" onClick={() => choose('accepted')}>
          {t.accept}
        </button>
      </div>
    </CookieBarRoot>
  );
});
