'use client';
import { usePiazza } from '../intl/context.js';
import { cx } from '../utils/cx.js';

export type IconSize = 'xs' | 'sm' | 'md' | 'lg' | 'xl';
export type IconColor = 'primary' | 'secondary' | 'white' | 'success' | 'warning' | 'danger';

export interface IconProps {
  /** Bootstrap Italia icon name without the `it-` prefix, e.g. `'search'`, `'close'`. */
  name: string;
  /** @default 'sm' */
  size?: IconSize;
  color?: IconColor;
  className?: string;
}

/**
 * A decorative Bootstrap Italia icon (`aria-hidden`): the control that holds it carries the
 * accessible name. Rendered as markup, so it shows on the server too.
 */
export function Icon({ name, size = 'sm', color, className }: IconProps) {
  const { spriteUrl } = usePiazza();
  return (
    <svg
      className={cx('icon', `icon-${size}`, color && `icon-${color}`, className)}
      aria-hidden="true"
      focusable="false"
    >
      <use href={`${spriteUrl}#it-${name}`} />
    </svg>
  );
}
