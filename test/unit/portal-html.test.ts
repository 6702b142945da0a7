/**
 * The portal's HTML builder: values are escaped unless built with `html`; a template's own indentation is left
 * out of the page while interpolated text (a textarea's, a title's) keeps every space.
 */
import { describe, expect, it } from 'vitest';
import { html } from '../../src/portal/html.ts';

describe('html', () => {
  it('escapes interpolated text and nests fragments', () => {
    const inner = html`<em>${'a < b & "c"'}</em>`;
    expect(html`<p>${inner}${null}${false}${['x', html`<br>`]}</p>`.value).toBe('<p><em>a &lt; b &amp; &quot;c&quot;</em>x<br></p>');
  });

  it("drops the template's indentation but keeps its line breaks (whitespace between inline elements stays)", () => {
    const page = html`<ul>
      <li><a href="/a">A</a>
        <span>B</span></li>
    </ul>`;
    expect(page.value).toBe('<ul>\n<li><a href="/a">A</a>\n<span>B</span></li>\n</ul>');
  });

  it('leaves interpolated text as it is, indentation and blank lines included', () => {
    const message = 'rad ett\n    indragen rad\n\n\tmed tabb';
    const form = html`<form>
      <textarea name="message">${message}</textarea>
    </form>`;
    expect(form.value).toBe(`<form>\n<textarea name="message">${message}</textarea>\n</form>`);
  });
});
