/**
 * Element builder. Children given as strings become text nodes, so text coming from the data can never
 * be parsed as HTML: the explorer never assigns innerHTML.
 */
type Child = Node | string | number | null | undefined | false;
type Listener = (event: Event) => void;

export interface ElementOptions {
  /** Attributes set with setAttribute (values are strings, never markup). */
  attrs?: Record<string, string | number | boolean | undefined | null>;
  className?: string;
  on?: Record<string, Listener>;
}

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  options: ElementOptions = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (options.className) element.className = options.className;
  for (const [name, value] of Object.entries(options.attrs ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const [event, listener] of Object.entries(options.on ?? {})) element.addEventListener(event, listener);
  append(element, ...children);
  return element;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'object' ? child : document.createTextNode(String(child)));
  }
}

/** Replace all children of `parent`. */
export function replaceChildren(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, ...children);
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`Missing element #${id}`);
  return element as T;
}
