/**
 * The findings of one page: the highlighted ones and the sentences only listed, each in document order
 * (across shadow roots), the ones the reader dismissed or said are not the claim, and the one whose card
 * is open. No DOM work beyond comparing ranges: the session paints and reports what this list holds.
 */
import { statesClaim } from '../../src/match/matcher';
import type { Finding } from '../../src/match/scan-text';
import type { FindingSummary, PageState } from '../shared/messages';
import { NO_VERDICTS, verdictKey, type SiteVerdicts, type Verdict } from '../shared/verdicts';

/**
 * A finding and where it is on the page, as the scanner hands it over: its range, the words around it, and
 * whether its offsets are into the whole page's text (not a changed block's).
 */
export interface Placed {
  finding: Finding;
  range: Range;
  prefix: string;
  suffix: string;
  whole: boolean;
}

export interface Located extends Finding, Omit<Placed, 'finding'> {
  range: Range;
  /** Listed, not highlighted: a weaker match or a sentence disputing a claim (see statesClaim). */
  related: boolean;
}

/** Which finding the card shows: an index into the highlighted findings, or into the listed ones. */
export interface Active {
  index: number;
  related: boolean;
}

/** Identifies a finding across rescans (and a verdict on it): the same claim in the same words. */
const keyOf = (f: { claimId: string; text: string }) => verdictKey(f.claimId, f.text);

export class FindingsList {
  /** Highlighted findings not dismissed, in document order. */
  private highlighted: Located[] = [];
  /** Sentences listed but not highlighted, in document order: possibly related, or disputing a claim. */
  private listed: Located[] = [];
  private readonly dismissedKeys = new Set<string>();
  /** The reader's verdicts on this site: findings they said are not the claim are not shown. */
  private verdicts: SiteVerdicts = NO_VERDICTS;
  /** The findings of this page that a "Not this claim" verdict hides. */
  private readonly rejectedHere = new Set<string>();
  private activeKey: { key: string; related: boolean } | null = null;

  /** `floor`: highlights start at this score; weaker findings are listed. */
  constructor(private floor: number) {}

  /** A finding with its range, sorted into highlighted or listed at this list's floor. */
  private locate({ finding, ...where }: Placed): Located {
    return { ...finding, ...where, related: !statesClaim(finding, this.floor) };
  }

  /** The ranges that `found` would add to the highlights (to paint a first scan as it goes). */
  preview(found: readonly Placed[]): Range[] {
    return found.map((p) => this.locate(p)).flatMap((f) => (f.related || this.isHidden(f) ? [] : f.range));
  }

  get findings(): readonly Located[] {
    return this.highlighted;
  }

  get related(): readonly Located[] {
    return this.listed;
  }

  get dismissed(): number {
    return this.dismissedKeys.size;
  }

  /** Whether a finding was dismissed, or is not the claim by the reader's verdict (a rescan does not bring it back). */
  private isHidden(f: Located): boolean {
    const key = keyOf(f);
    if (this.verdicts.rejected.has(key)) {
      this.rejectedHere.add(key);
      return true;
    }
    return this.dismissedKeys.has(key);
  }

  /** The reader's verdict on a finding, if they gave one that leaves it shown. */
  verdictOf(f: Located): Verdict | null {
    return this.verdicts.confirmed.has(keyOf(f)) ? 'right-claim' : null;
  }

  /** Takes the reader's verdicts on this site (at start, and whenever they change): hides what they reject. */
  setVerdicts(verdicts: SiteVerdicts): void {
    this.verdicts = verdicts;
    for (const key of this.rejectedHere) if (!verdicts.rejected.has(key)) this.rejectedHere.delete(key);
    this.sort((f) => this.isHidden(f), []);
  }

  /** The highlighted or listed findings. */
  list(related: boolean): readonly Located[] {
    return related ? this.listed : this.highlighted;
  }

  /** Removes the findings `stale` selects and adds `found` (except dismissed ones), in document order. */
  replace(stale: (f: Located) => boolean, found: readonly Placed[]): void {
    this.sort(
      stale,
      found.map((p) => this.locate(p)),
    );
  }

  private sort(stale: (f: Located) => boolean, found: readonly Located[]): void {
    const all = [...this.highlighted, ...this.listed].filter((f) => !stale(f));
    all.push(...found.filter((f) => !this.isHidden(f)));
    all.sort((a, b) => compareRanges(a.range, b.range));
    this.highlighted = all.filter((f) => !f.related);
    this.listed = all.filter((f) => f.related);
  }

  /** Sorts every finding into highlighted or listed again at a new floor. */
  setFloor(floor: number): void {
    if (floor === this.floor) return;
    this.floor = floor;
    const all = [...this.highlighted, ...this.listed].map((f) => ({ ...f, related: !statesClaim(f, floor) }));
    this.sort(() => true, all);
  }

  /** Hides a highlighted finding for as long as the page is open; false if there is none at `index`. */
  dismiss(index: number): boolean {
    const finding = this.highlighted[index];
    if (!finding) return false;
    this.dismissedKeys.add(keyOf(finding));
    this.sort((f) => f === finding, []);
    return true;
  }

  /** The finding whose card is open, found again by its claim and words after the list changed. */
  get active(): (Active & { finding: Located }) | null {
    if (!this.activeKey) return null;
    const { key, related } = this.activeKey;
    const list = this.list(related);
    const index = list.findIndex((f) => keyOf(f) === key);
    return index < 0 ? null : { index, related, finding: list[index]! };
  }

  setActive(active: Active | null): Located | null {
    const finding = active ? this.list(active.related)[active.index] : undefined;
    this.activeKey = finding && active ? { key: keyOf(finding), related: active.related } : null;
    return finding ?? null;
  }

  /** The index of the highlighted finding `direction` steps from the active one, wrapping round. */
  step(direction: 1 | -1): number | null {
    const n = this.highlighted.length;
    if (n === 0) return null;
    const active = this.active;
    const from = active && !active.related ? active.index : -1;
    return from < 0 ? (direction === 1 ? 0 : n - 1) : (from + direction + n) % n;
  }

  /** What the sidebar and the popup are told of the findings. */
  summaries(): Pick<PageState, 'findings' | 'related' | 'dismissed' | 'rejected'> {
    return {
      findings: this.highlighted.map(summary),
      related: this.listed.map(summary),
      dismissed: this.dismissed,
      rejected: this.rejectedHere.size,
    };
  }

  clear(): void {
    this.highlighted = [];
    this.listed = [];
    this.activeKey = null;
  }
}

/** What the sidebar and the popup are told of a finding. */
export function summary(f: Located, index: number): FindingSummary {
  const { claimId, score, kind, text, prefix, suffix } = f;
  const out: FindingSummary = { index, claimId, score, kind, text, prefix, suffix };
  if (f.whole) Object.assign(out, { start: f.start, end: f.end });
  if (f.attributedTo !== undefined) out.attributedTo = f.attributedTo;
  if (f.related) out.related = true;
  return out;
}

/** Document order of two ranges, across shadow trees (whose nodes compare by their host's position). */
export function compareRanges(a: Range, b: Range): number {
  const pa = positionNode(a.startContainer);
  const pb = positionNode(b.startContainer);
  if (pa === pb) return a.startOffset - b.startOffset;
  const relation = pa.compareDocumentPosition(pb);
  if (relation & Node.DOCUMENT_POSITION_FOLLOWING) return -1;
  if (relation & Node.DOCUMENT_POSITION_PRECEDING) return 1;
  return 0;
}

/** A node, or the host of the shadow tree it is in, so nodes of different trees can be ordered. */
function positionNode(node: Node): Node {
  let n = node;
  for (let root = n.getRootNode(); root instanceof ShadowRoot; root = n.getRootNode()) n = root.host;
  return n;
}
