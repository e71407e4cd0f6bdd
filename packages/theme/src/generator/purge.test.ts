// @vitest-environment node
import { Purger, htmlClasses, scriptWords } from './purge.js';

const css = `/*! licence */:root{--x:1}body{margin:0}.a{color:red}.a .b{color:blue}.c:not(.d){x:1}
@media (min-width:992px){.a{y:1}.z{y:2}}@font-face{font-family:Used;src:url(u.woff2)}
@font-face{font-family:Unused;src:url(v.woff2)}p{font-family:Used}
@keyframes spin{to{transform:rotate(1turn)}}.z{animation:spin 1s}.e,.f{k:v}[class^=g]{w:1}`;

describe('Purger', () => {
  const purger = new Purger(css);
  const out = purger.purge(new Set(['a', 'c', 'f']));

  it('keeps element, :root, licence and attribute rules', () => {
    expect(out).toContain(':root{--x:1}');
    expect(out).toContain('body{margin:0}');
    expect(out).toContain('/*! licence */');
    expect(out).toContain('[class^=g]{w:1}');
  });
  it('keeps a rule only when every class of one selector is on the page', () => {
    expect(out).toContain('.a{color:red}');
    expect(out).not.toContain('.a .b');
    expect(out).toContain('.c:not(.d){x:1}');
    expect(out).toContain('.e,.f{k:v}');
  });
  it('keeps media queries with surviving rules only, and used fonts and keyframes', () => {
    expect(out).toContain('@media (min-width:992px){.a{y:1}}');
    expect(out).toContain('font-family:Used;');
    expect(out).not.toContain('Unused');
    expect(out).not.toContain('@keyframes spin');
    expect(purger.purge(new Set(['z']))).toContain('@keyframes spin');
  });
});

describe('class extraction', () => {
  it('reads class attributes and script strings', () => {
    expect([...htmlClasses('<div class="a  b"><p class="c"></p></div>')]).toEqual(['a', 'b', 'c']);
    expect(scriptWords('x.className="show expanded";y=`it-${z}`')).toContain('expanded');
  });
});
