// @vitest-environment node
import { bootstrapItaliaVersion, withParsableVersion } from './css.js';

describe('withParsableVersion (C.SI.1.2)', () => {
  it("rewrites Bootstrap Italia's single-quoted version in double quotes, nothing else", () => {
    const css =
      ":root{--bs-blue:#06c;--bootstrap-italia-version: '2.18.3';--bs-gray:#ccc}a{color:red}";
    expect(withParsableVersion(css, '2.18.3')).toBe(
      ':root{--bs-blue:#06c;--bootstrap-italia-version: "2.18.3";--bs-gray:#ccc}a{color:red}',
    );
  });

  it('writes the version it is given (the installed package), not the one in the CSS', () => {
    expect(withParsableVersion(":root{--bootstrap-italia-version:'2.0.0'}", '2.18.3')).toBe(
      ':root{--bootstrap-italia-version:"2.18.3"}',
    );
    expect(bootstrapItaliaVersion()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('adds the property when the compiled CSS has none, and refuses a bad version', () => {
    expect(withParsableVersion('a{color:red}', '2.18.3')).toBe(
      'a{color:red}\n:root{--bootstrap-italia-version:"2.18.3"}',
    );
    expect(() => withParsableVersion('a{}', "'2.18.3'")).toThrow(/bootstrap-italia/);
  });
});
