/**
 * ClaimLens on one page: scan when the page is idle, highlight findings, open the card on hover or from
 * the keyboard commands, and report the number of findings for the toolbar badge. Everything hangs off
 * one AbortSignal, so stopping (ClaimLens switched off, site paused) undoes it all.
 */
import indexData from 'virtual:claimlens/index';
import type { SeedDocument } from '../../src/claims/types';
import { createMatcher, type Matcher } from '../../src/match/matcher';
import { scanSteps, type Finding } from '../../src/match/scan-text';
import { extractText, type PageText } from '../../src/page/extract';
import { readPageDate } from '../../src/page/page-date';
import { rangeFromOffsets } from '../../src/page/ranges';
import browser from '../shared/browser';
import type { ClaimDetails, ContentRequest, FindingSummary, ResponseTo } from '../shared/messages';
import { SENSITIVITY_FLOOR, type Settings } from '../shared/settings';
import { CardHost } from './card-host';
import { Highlighter } from './highlighter';
import { trackHover } from './hover';
import { runInSlices, whenIdle } from './schedule';

export async function send<T extends ContentRequest>(message: T): Promise<ResponseTo<T>> {
  return (await browser.runtime.sendMessage(message)) as ResponseTo<T>;
}

/** The card starts a little left of the pointer, so it reads as attached to what is under it. */
const POINTER_OFFSET_PX = 24;

interface Located extends Finding {
  index: number;
  range: Range | null;
}

let matcherCache: { floor: number; matcher: Matcher } | undefined;
function matcherFor(floor: number): Matcher {
  if (matcherCache?.floor !== floor) matcherCache = { floor, matcher: createMatcher(indexData, { floor }) };
  return matcherCache.matcher;
}

export class PageSession {
  private readonly controller = new AbortController();
  private readonly highlighter = new Highlighter();
  private readonly card: CardHost;
  private findings: Located[] = [];
  private page: PageText | null = null;
  private pageDate: string | null = null;
  private active = -1;
  private readonly details = new Map<string, Promise<ClaimDetails | Error>>();
  private readonly documents = new Map<string, Promise<SeedDocument | null>>();
  private resetHover: () => void = () => undefined;

  constructor(
    private readonly doc: Document,
    private readonly settings: Settings,
  ) {
    this.card = new CardHost(doc);
    this.highlighter.setStyle(settings.highlightStyle);
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** Scans the page off the critical path and shows what it finds. */
  async start(): Promise<void> {
    const signal = this.signal;
    await whenIdle(signal);
    const body = this.doc.body;
    if (!body) return;
    this.page = extractText(body, { signal });
    this.pageDate = readPageDate(this.doc)?.date ?? null;
    const matcher = matcherFor(SENSITIVITY_FLOOR[this.settings.sensitivity]);
    const found = await runInSlices(
      scanSteps(matcher, this.page.text, { signal, locale: this.doc.documentElement.lang || undefined }),
      signal,
    );
    const page = this.page;
    this.findings = found.map((f, index) => ({ ...f, index, range: rangeFromOffsets(page, f.start, f.end) }));
    this.highlighter.set(this.findings.flatMap((f) => (f.range ? [f.range] : [])));
    await send({ type: 'findings/report', count: this.findings.length, pageDate: this.pageDate, paused: false });
    if (this.findings.length > 0) this.listen();
  }

  private listen(): void {
    const signal = this.signal;
    this.resetHover = trackHover(
      this.doc,
      {
        ranges: () => this.findings.map((f) => f.range),
        isInCard: (e) => this.card.contains(e),
        enter: (index, x, y) => void this.open(index, { focus: false, point: { x, y } }),
        leave: () => this.close(),
      },
      signal,
    );
    this.doc.addEventListener(
      'keydown',
      (e) => {
        if (e.key === 'Escape' && this.card.open) this.close();
      },
      { capture: true, signal },
    );
  }

  /** Moves to the next or previous finding, scrolls it into view and opens its card with focus. */
  async step(direction: 1 | -1): Promise<boolean> {
    const n = this.findings.length;
    if (n === 0) return false;
    const next = this.active < 0 ? (direction === 1 ? 0 : n - 1) : (this.active + direction + n) % n;
    const range = this.findings[next]?.range;
    const element = range?.startContainer.parentElement;
    element?.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' });
    await this.open(next, { focus: true });
    return true;
  }

  private async open(index: number, how: { focus: boolean; point?: { x: number; y: number } }): Promise<void> {
    const finding = this.findings[index];
    if (!finding?.range || this.signal.aborted) return;
    this.active = index;
    this.highlighter.setActive(finding.range);
    const anchor = anchorRect(finding.range, how.point);
    const summary: FindingSummary = {
      index,
      claimId: finding.claimId,
      score: finding.score,
      kind: finding.kind,
      text: finding.text,
    };
    const show = (details: ClaimDetails | null | Error) =>
      this.card.show(
        {
          finding: summary,
          details,
          pageDate: this.pageDate,
          loadDocument: (id) => this.loadDocument(id),
          onClose: () => this.close(),
          focus: how.focus,
          position: { index: index + 1, total: this.findings.length },
        },
        anchor,
      );
    const pending = this.loadDetails(finding.claimId);
    await show(null);
    const details = await pending;
    if (this.active === index && this.card.open) await show(details);
  }

  private loadDetails(claimId: string): Promise<ClaimDetails | Error> {
    let p = this.details.get(claimId);
    if (!p) {
      p = send({ type: 'claims/details', ids: [claimId] }).then(
        ([d]) => d ?? new Error(`unknown claim ${claimId}`),
        (err: unknown) => (err instanceof Error ? err : new Error(String(err))),
      );
      this.details.set(claimId, p);
    }
    return p;
  }

  private loadDocument(id: string): Promise<SeedDocument | null> {
    let p = this.documents.get(id);
    if (!p) {
      p = send({ type: 'document/get', id }).catch(() => null);
      this.documents.set(id, p);
    }
    return p;
  }

  close(): void {
    this.card.hide();
    this.highlighter.setActive(null);
    this.resetHover();
  }

  /** Undoes everything: highlights, card, listeners, pending work. */
  stop(): void {
    this.controller.abort(new DOMException('ClaimLens stopped', 'AbortError'));
    this.card.hide();
    this.highlighter.destroy();
    this.findings = [];
  }

  summaries(): FindingSummary[] {
    return this.findings.map((f) => ({
      index: f.index,
      claimId: f.claimId,
      score: f.score,
      kind: f.kind,
      text: f.text,
    }));
  }
}

/** Where to put the card: just clear of the whole sentence, starting near the pointer when there is one. */
function anchorRect(range: Range, point?: { x: number; y: number }): DOMRect {
  const box = range.getBoundingClientRect();
  const left = point ? Math.max(box.left, point.x - POINTER_OFFSET_PX) : box.left;
  return new DOMRect(left, box.top, box.right - left, box.height);
}
