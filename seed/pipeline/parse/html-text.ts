/** Rendered text of a DOM subtree: block elements and `<br>` break paragraphs, whitespace runs collapse. */
import { splitParagraphs } from './paragraphs.ts';

const BLOCK = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'CAPTION',
  'CENTER',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TBODY',
  'TD',
  'TH',
  'THEAD',
  'TR',
  'UL',
]);
const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'IFRAME',
  'SVG',
  'BUTTON',
  'SELECT',
  'TEXTAREA',
  'INPUT',
  'OBJECT',
  'CANVAS',
  'VIDEO',
  'AUDIO',
  'HEAD',
]);
const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

function walk(node: Node, out: string[]): void {
  if (node.nodeType === TEXT_NODE) {
    out.push((node.nodeValue ?? '').replace(/[ \t\n\r\f]+/g, ' '));
    return;
  }
  if (node.nodeType !== ELEMENT_NODE) return;
  const tag = (node as Element).tagName.toUpperCase();
  if (SKIP.has(tag)) return;
  if (tag === 'BR') {
    out.push('\n');
    return;
  }
  const block = BLOCK.has(tag);
  if (block) out.push('\n');
  for (let child = node.firstChild; child; child = child.nextSibling) walk(child, out);
  if (block) out.push('\n');
}

/** The paragraphs of `node` as a reader sees them, trimmed, without empty ones. */
export function blockParagraphs(node: Node): string[] {
  const out: string[] = [];
  walk(node, out);
  return splitParagraphs(out.join(''));
}

/** The text of an element on one line (whitespace collapsed), for titles, labels and list items. */
export function inlineText(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Every element under `root` in document order (a plain walk: linkedom compiles a selector per query). */
export function allElements(root: Element | null | undefined): Element[] {
  const out: Element[] = [];
  const visit = (parent: Element): void => {
    for (let el = parent.firstElementChild; el; el = el.nextElementSibling) {
      out.push(el);
      visit(el);
    }
  };
  if (root) visit(root);
  return out;
}

/** True when an element below `el` has one of the (upper-case) tag names. */
export function hasDescendant(el: Element, tags: ReadonlySet<string>): boolean {
  return allElements(el).some((child) => tags.has(child.tagName.toUpperCase()));
}
