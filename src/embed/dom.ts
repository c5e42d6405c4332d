/**
 * A few DOM helpers for the embed (no framework: it must stay small). Text from data only ever becomes
 * text nodes; attributes are set one by one and never include `style` or event handlers.
 */
type Child = Node | string | null | undefined | false;

export interface Props {
  class?: string;
  attrs?: Record<string, string>;
}

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (props.class) el.className = props.class;
  for (const [name, value] of Object.entries(props.attrs ?? {})) {
    if (name === 'style' || name.startsWith('on')) throw new Error(`attribute ${name} is not allowed`);
    el.setAttribute(name, value);
  }
  append(el, ...children);
  return el;
}

export function append(el: Element, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    el.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

/** A link into guanxi, in a new window: the embed itself never navigates. */
export function guanxiLink(href: string, text: string, props: Props = {}): HTMLAnchorElement {
  const a = h('a', { ...props, attrs: { ...props.attrs, href, target: '_blank', rel: 'noopener' } }, text);
  return a;
}

export function clear(el: Element): void {
  el.replaceChildren();
}
