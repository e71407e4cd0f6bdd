// Client entry of the "backtotop" island, without React: the link is the server-rendered markup
// of @piazza/react's BackToTop (hidden until the page has scrolled); this script shows it past
// the threshold and, on activation, scrolls to the top and moves focus there, as the component.
const THRESHOLD = 400;

function enhance(link: HTMLAnchorElement) {
  const update = () => {
    const show = window.scrollY > THRESHOLD;
    link.classList.toggle('back-to-top-show', show);
    if (show) link.dataset.visible = 'true';
    else delete link.dataset.visible;
  };
  update();
  window.addEventListener('scroll', update, { passive: true });
  link.addEventListener('click', (event) => {
    event.preventDefault();
    const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    window.scrollTo({ top: 0, behavior: reduce ? 'auto' : 'smooth' });
    const target = document.getElementById(link.hash.slice(1));
    if (target) {
      if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
      target.focus({ preventScroll: true });
    }
  });
}

for (const link of Array.from(
  document.querySelectorAll<HTMLAnchorElement>('[data-island="backtotop"] a.back-to-top'),
)) {
  enhance(link);
}
