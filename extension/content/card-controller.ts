/**
 * The card over the page's findings: opens on hover, on a tap, from the keyboard commands or from the sidebar,
 * closes on Escape, when the pointer leaves, or when its finding leaves the page (a "Not this claim"
 * verdict, once stored, takes it off). Claim details and source documents come from the background,
 * each asked for once per page; the reader's verdicts go to it.
 */
import type { SeedDocument } from '../../src/claims/types';
import type { ClaimDetails } from '../shared/messages';
import type { CardHost } from './card-host';
import { cardHost } from './extension-module';
import { outcomeOf, type Verdict, type VerdictOutcome } from '../shared/verdicts';
import { summary, type FindingsList, type Located } from './findings';
import type { Highlighter } from './highlighter';
import { trackHover, trackTaps, type FindingTargets } from './hover';
import { send } from '../shared/send';

/** The card starts a little left of the pointer, so it reads as attached to what is under it. */
const POINTER_OFFSET_PX = 24;

export class CardController {
  /** The card's host, once the card's module has loaded (the first time a card opens). */
  private host: CardHost | null = null;
  private listening = false;
  private resetHover: () => void = () => undefined;
  private readonly details = new Map<string, Promise<ClaimDetails | Error>>();
  private readonly documents = new Map<string, Promise<SeedDocument | null>>();

  constructor(
    private readonly doc: Document,
    private readonly list: FindingsList,
    private readonly highlighter: Highlighter,
    private readonly page: { readonly pageDate: string | null; readonly signal: AbortSignal },
  ) {}

  get isOpen(): boolean {
    return this.host?.open ?? false;
  }

  /** Whether a node is the card's own: its changes are not the page's. */
  isOwn(node: Node): boolean {
    return this.host?.isOwn(node) ?? false;
  }

  private async loadHost(): Promise<CardHost> {
    this.host ??= new (await cardHost()).CardHost(this.doc);
    return this.host;
  }

  /** After the findings changed: starts listening at the first one; closes a card whose finding left. */
  update(): void {
    if (this.list.findings.length > 0 && !this.listening) this.listen();
    if (this.isOpen && !this.list.active) this.close();
  }

  private listen(): void {
    this.listening = true;
    const signal = this.page.signal;
    const findings: FindingTargets = {
      ranges: () => this.list.findings.map((f) => f.range),
      isInCard: (e) => this.host?.contains(e) ?? false,
    };
    this.resetHover = trackHover(
      this.doc,
      {
        ...findings,
        enter: (index, x, y) => void this.open(index, { focus: false, point: { x, y } }),
        leave: () => this.close(),
      },
      signal,
    );
    trackTaps(
      this.doc,
      {
        ...findings,
        tap: (index, x, y) => {
          const active = this.list.active;
          if (this.isOpen && active && !active.related && active.index === index) return;
          void this.open(index, { focus: true, point: { x, y } });
        },
        tapOutside: () => {
          if (this.isOpen) this.close();
        },
      },
      signal,
    );
    this.doc.addEventListener(
      'keydown',
      (e) => {
        if (e.key === 'Escape' && this.isOpen) this.close();
      },
      { capture: true, signal },
    );
  }

  /** Moves to the next or previous highlighted finding, scrolls it into view and opens its card with focus. */
  step(direction: 1 | -1): Promise<boolean> {
    const next = this.list.step(direction);
    return next === null ? Promise.resolve(false) : this.openFromList(next);
  }

  /**
   * Scrolls a finding into view and opens its card with focus (keyboard commands, the sidebar); with
   * `related`, one of the sentences only listed, which is marked while its card is open.
   */
  async openFromList(index: number, related = false): Promise<boolean> {
    const finding = this.list.list(related)[index];
    if (!finding) return false;
    finding.range.startContainer.parentElement?.scrollIntoView({
      block: 'center',
      inline: 'nearest',
      behavior: 'instant',
    });
    await this.open(index, { focus: true, related });
    return true;
  }

  private async open(
    index: number,
    how: { focus: boolean; point?: { x: number; y: number }; related?: boolean },
  ): Promise<void> {
    const related = how.related === true;
    const finding = this.list.setActive({ index, related });
    if (!finding || this.page.signal.aborted) return;
    this.highlighter.setActive(finding.range);
    const anchor = anchorRect(finding.range, how.point);
    const pending = this.loadDetails(finding.claimId);
    const host = await this.loadHost();
    if (this.list.active?.finding !== finding || this.page.signal.aborted) return;
    const show = (details: ClaimDetails | null | Error) =>
      host.show(
        {
          finding: summary(finding, index),
          details,
          pageDate: this.page.pageDate,
          loadDocument: (id) => this.loadDocument(id),
          onClose: () => this.close(),
          focus: how.focus,
          position: { index: index + 1, total: this.list.list(related).length },
          verdict: this.list.verdictOf(finding),
          onVerdict: (verdict) => giveVerdict(finding, verdict),
        },
        anchor,
      );
    show(null);
    const details = await pending;
    if (this.list.active?.finding === finding && host.open) show(details);
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
    this.host?.hide();
    this.highlighter.setActive(null);
    this.list.setActive(null);
    this.resetHover();
  }
}

/**
 * Sends the reader's verdict to the background, which stores it for this page's site. The page changes
 * when the stored verdicts do (session.ts), so every tab on the site hides a rejected finding at once.
 */
function giveVerdict(finding: Located, verdict: Verdict): Promise<VerdictOutcome> {
  return send({ type: 'verdict/set', sentence: finding.text, claimId: finding.claimId, verdict }).then(
    outcomeOf,
    () => 'failed',
  );
}

/** Where to put the card: just clear of the whole sentence, starting near the pointer when there is one. */
function anchorRect(range: Range, point?: { x: number; y: number }): DOMRect {
  const box = range.getBoundingClientRect();
  const left = point ? Math.max(box.left, point.x - POINTER_OFFSET_PX) : box.left;
  return new DOMRect(left, box.top, box.right - left, box.height);
}
