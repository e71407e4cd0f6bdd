'use client';
// The header of @piazza/react as an island (menus, megamenus, search dialog): its props are
// JSON, so the logo travels as `{ src, alt }` and becomes an element here.
import { Header, type HeaderProps } from '@piazza/react/navigation';

export interface HeaderIslandProps {
  header: Omit<HeaderProps, 'center'> & { center: Omit<HeaderProps['center'], 'logo'> };
  /** Logo image (decorative: the comune's name is the link text). */
  logo?: { src: string } | undefined;
}

export function HeaderIsland({ header, logo }: HeaderIslandProps) {
  return (
    <Header
      {...header}
      center={{
        ...header.center,
        ...(logo
          ? { logo: <img className="icon" src={logo.src} alt="" width="82" height="82" /> }
          : {}),
      }}
    />
  );
}
