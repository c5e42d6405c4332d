/**
 * The body when readability keeps nothing: the element whose direct `<p>` children (or `<br>`-separated lines)
 * hold the most text. Page furniture (`<nav>`, `<header>`, `<footer>`, `<aside>`) and hidden elements never count,
 * so a page with only chrome still has no body.
 */
import { blockParagraphs, inlineText } from './html-text.ts';

const FURNITURE = new Set([
  'NAV',
  'HEADER',
  'FOOTER',
  'ASIDE',
  'FORM',
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
]);

function isFurniture(el: Element): boolean {
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (FURNITURE.has(node.tagName.toUpperCase())) return true;
    if (node.hasAttribute('hidden') || /display\s*:\s*none/i.test(node.getAttribute('style') ?? ''))
      return true;
  }
  return false;
}

export function largestBlock(document: Document): string[] {
  const scores = new Map<Element, number>();
  const lines = [...document.getElementsByTagName('p'), ...document.getElementsByTagName('br')];
  for (const line of lines) {
    const parent = line.parentElement;
    if (!parent || isFurniture(parent)) continue;
    const length = inlineText(line.tagName.toUpperCase() === 'BR' ? parent : line).length;
    scores.set(parent, (scores.get(parent) ?? 0) + length);
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [element, score] of scores) {
    if (score > bestScore) [best, bestScore] = [element, score];
  }
  return best ? blockParagraphs(best) : [];
}
