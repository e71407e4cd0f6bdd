// @vitest-environment node
import { markdown, plainText } from './markdown.js';

describe('markdown', () => {
  it('moves the highest heading to the requested level, keeping the steps', () => {
    const html = markdown('## Uno\n\ntesto\n\n### Due', 2);
    expect(html).toContain('<h2');
    expect(html).toContain('<h3');
    expect(markdown('# Uno\n\n## Due', 3)).toMatch(/<h3[^]*<h4/);
  });
  it('gives plain text for descriptions', () => {
    expect(plainText('**Grassetto** e [link](/x/)')).toBe('Grassetto e link');
  });
});

describe('markdown is untrusted: raw HTML is sanitised', () => {
  const attacks = [
    '<script>alert(1)</script>',
    '<img src="x.png" onerror="alert(1)">',
    '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
    '[clic](javascript:alert(1))',
    '<a href="JaVaScRiPt:alert(1)">clic</a>',
    '<a href="&#106;avascript:alert(1)">clic</a>',
    '<meta http-equiv="refresh" content="0;url=https://evil.example/">',
    '<svg><script>alert(1)</script></svg>',
    '<object data="x.swf"></object><embed src="x.swf">',
    '<form action="https://evil.example/"><input name="pin"><input type="checkbox"></form>',
    '<p style="background:url(javascript:alert(1))" onclick="alert(1)">testo</p>',
    '<base href="https://evil.example/">',
    '<link rel="stylesheet" href="https://evil.example/x.css">',
    '<a href="data:text/html,<script>alert(1)</script>">dati</a>',
    '<img src="data:image/svg+xml,<svg onload=alert(1)>">',
    '<a href="//evil.example/">altro sito</a>',
  ];
  /** Numeric character references decoded, as the browser reads attribute values. */
  const decoded = (html: string) =>
    html.replace(/&#(x?)([0-9a-f]+);?/gi, (_m, x: string, n: string) =>
      String.fromCodePoint(parseInt(n, x ? 16 : 10)),
    );
  it.each(attacks)('%s', (input) => {
    const html = decoded(markdown(`Testo.\n\n${input}\n\nAltro testo.`));
    expect(html).not.toMatch(/<(script|iframe|meta|object|embed|form|svg|base|link|style)\b/i);
    expect(html).not.toMatch(/\son[a-z]+=/i);
    expect(html).not.toMatch(/\s(style|srcdoc|action)=/i);
    expect(html).not.toMatch(/(href|src)="\s*(javascript|data|vbscript):/i);
    expect(html).not.toMatch(/(href|src)="\/\//i);
    expect(html).not.toContain('alert(1)</');
    expect(html).not.toMatch(/<input(?![^>]*type="checkbox")/);
    expect(html).not.toContain('</span>');
    // the text around is kept
    expect(html).toContain('<p>Testo.</p>');
    expect(html).toContain('<p>Altro testo.</p>');
  });

  it('keeps what Markdown writes: links of allowed schemes, images, tables, lists, code', () => {
    const html = markdown(
      [
        '## Titolo',
        '',
        '[sito](https://www.comune.example.it/) [mail](mailto:urp@comune.example.it) [tel](tel:+390123456789) [pagina](/servizi/) [ancora](#contatti)',
        '',
        '![Stemma](media/stemma.svg "Lo stemma")',
        '',
        '| a | b |',
        '|:-:|---|',
        '| 1 | 2 |',
        '',
        '- [x] fatto',
        '- [ ] da fare',
        '',
        '```js',
        'const a = 1;',
        '```',
        '',
        '<abbr title="Ufficio relazioni con il pubblico">URP</abbr> e *corsivo*, **grassetto**, ~~barrato~~',
      ].join('\n'),
    );
    expect(html).toContain('<h3>Titolo</h3>');
    for (const href of [
      'https://www.comune.example.it/',
      'mailto:urp@comune.example.it',
      'tel:+390123456789',
      '/servizi/',
      '#contatti',
    ])
      expect(html).toContain(`href="${href}"`);
    expect(html).toContain('<img src="media/stemma.svg" alt="Stemma" title="Lo stemma" />');
    expect(html).toMatch(/<th align="center">a<\/th>/);
    expect(html).toContain('<input type="checkbox" disabled checked />');
    expect(html).toContain('<code class="language-js">');
    expect(html).toContain('<abbr title="Ufficio relazioni con il pubblico">URP</abbr>');
    expect(html).toContain('<del>barrato</del>');
  });

  it('plain text drops script content', () => {
    expect(plainText('Ciao <script>alert(1)</script> mondo')).toBe('Ciao mondo');
  });
});
