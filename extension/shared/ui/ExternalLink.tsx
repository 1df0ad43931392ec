/** A link to a source on the web: opens in a new tab, and the page it opens gets no hold on this one. */
import type { ComponentChildren } from 'preact';

export function ExternalLink({ href, children }: { href: string; children: ComponentChildren }) {
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  );
}
