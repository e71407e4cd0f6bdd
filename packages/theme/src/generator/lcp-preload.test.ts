// The head preload of the page's LCP image (render.tsx): from the body the templates rendered.
import { lcpImagePreload } from './render.js';

const picture = (priority: boolean) =>
  '<picture>' +
  '<source type="image/avif" srcSet="/a-360.avif 360w, /a-960.avif 960w" sizes="calc(100vw - 24px)"/>' +
  '<source type="image/webp" srcSet="/a-360.webp 360w, /a-960.webp 960w" sizes="calc(100vw - 24px)"/>' +
  `<img src="/a-640.jpg" alt="x" srcSet="/a-360.jpg 360w" sizes="calc(100vw - 24px)" width="1600" height="900" loading="eager"${priority ? ' fetchPriority="high"' : ''}/>` +
  '</picture>';

test('the picture with fetchpriority="high" is preloaded as its AVIF source, with srcset and sizes', () => {
  const body = `<header><img src="/logo.svg" alt=""/></header>${picture(false)}<main>${picture(true)}</main>`;
  expect(lcpImagePreload(body)).toEqual({
    href: '/a-360.avif',
    type: 'image/avif',
    imageSrcSet: '/a-360.avif 360w, /a-960.avif 960w',
    imageSizes: 'calc(100vw - 24px)',
  });
});

test('an <img> of high priority outside a picture is preloaded as it is', () => {
  expect(lcpImagePreload('<p><img src="/b.jpg" alt="" fetchpriority="high"/></p>')).toEqual({
    href: '/b.jpg',
  });
  // a closed <picture> before it is not its picture
  expect(
    lcpImagePreload(`${picture(false)}<img src="/b.jpg" alt="" fetchpriority="high"/>`),
  ).toEqual({ href: '/b.jpg' });
});

test('no image of high priority, no preload', () => {
  expect(lcpImagePreload(`<main>${picture(false)}</main>`)).toBeNull();
});
