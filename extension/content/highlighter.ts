/**
 * Highlights with the CSS Custom Highlight API: ranges are registered with the browser and painted by
 * a stylesheet the manifest injects (content.css), so the page's DOM is never touched: no wrapper
 * elements, nothing for a framework to trip over.
 */
import type { HighlightStyle } from '../shared/settings';

/** Highlight registry names; content.css styles each. */
export const HIGHLIGHT_PREFIX = 'claimlens';
export const ACTIVE_HIGHLIGHT = 'claimlens-active';

export class Highlighter {
  private name = `${HIGHLIGHT_PREFIX}-amber`;
  private ranges: Range[] = [];
  private readonly registry: HighlightRegistry | undefined = globalThis.CSS?.highlights;

  /** Whether the browser can paint highlights at all. */
  get supported(): boolean {
    return this.registry !== undefined && typeof Highlight === 'function';
  }

  setStyle(style: HighlightStyle): void {
    const next = `${HIGHLIGHT_PREFIX}-${style}`;
    if (next === this.name) return;
    this.registry?.delete(this.name);
    this.name = next;
    this.paint();
  }

  set(ranges: Range[]): void {
    this.ranges = ranges;
    this.paint();
  }

  setActive(range: Range | null): void {
    if (!this.supported) return;
    if (range) this.registry?.set(ACTIVE_HIGHLIGHT, new Highlight(range));
    else this.registry?.delete(ACTIVE_HIGHLIGHT);
  }

  private paint(): void {
    if (!this.supported) return;
    if (this.ranges.length === 0) this.registry?.delete(this.name);
    else this.registry?.set(this.name, new Highlight(...this.ranges));
  }

  destroy(): void {
    this.registry?.delete(this.name);
    this.registry?.delete(ACTIVE_HIGHLIGHT);
    this.ranges = [];
  }
}
