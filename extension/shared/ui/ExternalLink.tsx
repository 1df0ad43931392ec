/** A link to a source on the web: opens in a new tab, and the page it opens gets no hold on this one. */
import type { ComponentChildren } from 'preact';

export function ExternalLink({ href, children }: { href: string; children: ComponentChildren }) {
  // Only web addresses are links: a claim pack's `javascript:` or `data:` address is shown as text.
  if (!/^https?:\/\//i.test(href)) return <>{children}</>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  );
}
