// DOM helpers of the report's rich-text editor: a well-formed table insertion, and the clean-up that turns the
// browser's editing markup into the small HTML subset the server keeps (no <div>, <span>, blocks inside <p>,
// trailing <br> or empty paragraphs).

const BLOCKS = new Set(['UL', 'OL', 'TABLE', 'H2', 'H3', 'H4']);

function unwrap(el: Element, replacement?: string): void {
  const doc = el.ownerDocument;
  const target = replacement ? doc.createElement(replacement) : doc.createDocumentFragment();
  while (el.firstChild) target.appendChild(el.firstChild);
  el.replaceWith(target);
}

/** The editor's content as the HTML to save. Works on a copy; the live editor is left alone. */
export function cleanEditorHtml(editor: HTMLElement): string {
  const root = editor.cloneNode(true) as HTMLElement;
  root.querySelectorAll('span, font').forEach((el) => unwrap(el));
  root.querySelectorAll('div').forEach((el) => unwrap(el, 'p'));
  // Lists, tables and headings may not sit inside a paragraph: move them out after it.
  root.querySelectorAll('p').forEach((p) => {
    let anchor: Element = p;
    for (const child of [...p.children]) {
      if (!BLOCKS.has(child.tagName)) continue;
      anchor.after(child);
      anchor = child;
    }
  });
  // A <br> that ends an element only keeps the caret visible while editing.
  root.querySelectorAll('br').forEach((br) => {
    if (!br.nextSibling || (br.nextSibling.nodeType === Node.TEXT_NODE && !br.nextSibling.textContent?.trim() && !br.nextSibling.nextSibling)) br.remove();
  });
  root.querySelectorAll('p, h2, h3, h4').forEach((el) => {
    if (!el.textContent?.replace(/\u00a0/g, ' ').trim() && !el.querySelector('br')) el.remove();
  });
  root.querySelectorAll('[style]').forEach((el) => el.removeAttribute('style'));
  return root.innerHTML.trim();
}

/** Inserts a 3×3 table (a header row and two rows) after the block holding the caret and puts the caret in it. */
export function insertTable(editor: HTMLElement): void {
  const doc = editor.ownerDocument;
  const table = doc.createElement('table');
  const row = (cell: 'th' | 'td') => `<tr>${`<${cell}><br></${cell}>`.repeat(3)}</tr>`;
  table.innerHTML = `<thead>${row('th')}</thead><tbody>${row('td')}${row('td')}</tbody>`;

  let block: Node | null = doc.getSelection()?.anchorNode ?? null;
  while (block && block.parentNode !== editor) block = block.parentNode;
  if (block instanceof HTMLElement && block.tagName === 'P' && !block.textContent?.trim()) block.replaceWith(table);
  else if (block) (block as ChildNode).after(table);
  else editor.appendChild(table);
  if (!table.nextElementSibling) {
    const after = doc.createElement('p');
    after.appendChild(doc.createElement('br'));
    table.after(after);
  }

  const first = table.querySelector('th');
  if (first) {
    const range = doc.createRange();
    range.setStart(first, 0);
    range.collapse(true);
    doc.getSelection()?.removeAllRanges();
    doc.getSelection()?.addRange(range);
  }
}
