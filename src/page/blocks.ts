/**
 * For pages that change: which part of the page to read again. A changed text node or element is read
 * with its whole block (the nearest block-level ancestor), because a sentence can span inline
 * elements: re-reading only a changed <span> would cut sentences in half.
 */
import { ELEMENT_NODE } from './dom-constants';
import { classifyElement } from './element-kinds';

/** The nearest block-level element containing `node` (itself if it is one), but never above `stop`. */
export function blockOf(node: Node, stop: Node): Element | null {
  let el: Element | null = node.nodeType === ELEMENT_NODE ? (node as Element) : node.parentElement;
  while (el && el !== stop) {
    if (classifyElement(el) === 'block') return el;
    el = el.parentElement;
  }
  return el === stop && stop.nodeType === ELEMENT_NODE ? (stop as Element) : el;
}

/** The given nodes without those inside another of them, and without those no longer in the page. */
export function outermost(nodes: Iterable<Node>): Node[] {
  const list = [...new Set(nodes)].filter((n) => n.isConnected);
  return list.filter((n) => !list.some((other) => other !== n && other.contains(n)));
}
