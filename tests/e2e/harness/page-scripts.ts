/**
 * Functions that run inside the page under test (main world), passed to TestPage.evaluate or installed
 * before any page script. Each is self-contained: they are serialised, so they cannot use imports or
 * anything else from this module.
 */

/** What the recorder saw; read through `window.__claimlensE2E`. */
export interface RecorderState {
  /** document.documentElement.outerHTML at DOMContentLoaded, before any content script at document_idle. */
  dclHtml: string | null;
  /** Highlights registered at DOMContentLoaded (0: nothing of ClaimLens had run yet). */
  highlightsAtDcl: number;
  /** Every DOM mutation since DOMContentLoaded, described ("+claimlens-card in html"). */
  mutations: string[];
  /** For each card host added: the loading status text it showed when it was attached (null: none). */
  cards: Array<{ loading: string | null }>;
}

declare global {
  interface Window {
    __claimlensE2E?: RecorderState;
  }
}

/** Installed before any page script (addInitScript / evaluateOnNewDocument). */
export function installRecorder(): void {
  if (window.__claimlensE2E) return;
  const state: RecorderState = { dclHtml: null, highlightsAtDcl: -1, mutations: [], cards: [] };
  Object.defineProperty(window, '__claimlensE2E', { value: state });
  const name = (n: Node) => (n.nodeType === Node.ELEMENT_NODE ? (n as Element).localName : n.nodeName);
  document.addEventListener(
    'DOMContentLoaded',
    () => {
      state.dclHtml = document.documentElement.outerHTML;
      state.highlightsAtDcl = typeof CSS !== 'undefined' && CSS.highlights ? CSS.highlights.size : -1;
      new MutationObserver((records) => {
        for (const r of records) {
          if (r.type !== 'childList') {
            state.mutations.push(`${r.type}${r.attributeName ? ` [${r.attributeName}]` : ''} on ${name(r.target)}`);
            continue;
          }
          for (const n of r.addedNodes) {
            state.mutations.push(`+${name(n)} in ${name(r.target)}`);
            if (n instanceof Element && n.localName === 'claimlens-card') {
              state.cards.push({ loading: n.shadowRoot?.querySelector('[data-part="loading"]')?.textContent ?? null });
            }
          }
          for (const n of r.removedNodes) state.mutations.push(`-${name(n)} from ${name(r.target)}`);
        }
      }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    },
    { once: true },
  );
}

export function recorder(): RecorderState | null {
  return window.__claimlensE2E ?? null;
}

export function outerHtml(): string {
  return document.documentElement.outerHTML;
}

/** Texts of a highlight's ranges in registry order, or null when the highlight is not registered. */
export function highlightTexts(name: string): string[] | null {
  const h = CSS.highlights.get(name);
  return h ? [...h].map((r) => r.toString()) : null;
}

export function highlightNames(): string[] {
  return [...CSS.highlights.keys()];
}

/**
 * A point on the first line box of the index-th highlighted sentence, for the mouse; null if there is
 * no such range. With `top`, first scrolls the page (instantly) so that line sits `top` px below the
 * viewport's top edge; with `top: 'center'`, so the sentence is centred.
 */
export function findingPoint(arg: { index: number; top?: number | 'center' }): { x: number; y: number } | null {
  const ranges = [...(CSS.highlights.get('claimlens-amber') ?? [])];
  const range = ranges[arg.index];
  if (!(range instanceof Range)) return null;
  const firstLine = () => [...range.getClientRects()].filter((r) => r.width > 16 && r.height > 4)[0];
  const before = firstLine();
  if (!before) return null;
  if (arg.top !== undefined) {
    const box = range.getBoundingClientRect();
    const top = arg.top === 'center' ? Math.max(0, (window.innerHeight - box.height) / 2) : arg.top;
    window.scrollTo({ top: window.scrollY + before.top - top, left: 0, behavior: 'instant' });
  }
  const rect = firstLine();
  if (!rect) return null;
  return { x: Math.round(rect.left + Math.min(rect.width / 2, 40)), y: Math.round(rect.top + rect.height / 2) };
}

/**
 * A blank spot for moving the pointer away: the left page margin, left of all text (hit testing needs
 * the point inside a sentence's line boxes) and of the card (placed at least 8 px from the edge).
 */
export function blankPoint(): { x: number; y: number } {
  return { x: 2, y: Math.round(window.innerHeight / 2) };
}

/** Index of the finding the active highlight marks (-1: none active, -2: not one of the findings). */
export function activeFindingIndex(): number {
  const active = CSS.highlights.get('claimlens-active');
  const range = active ? [...active][0] : undefined;
  if (!(range instanceof Range)) return -1;
  const ranges = [...(CSS.highlights.get('claimlens-amber') ?? [])];
  return ranges.findIndex(
    (r) =>
      r instanceof Range &&
      r.compareBoundaryPoints(Range.START_TO_START, range) === 0 &&
      r.compareBoundaryPoints(Range.END_TO_END, range) === 0,
  );
}

/** Whether the active finding's sentence is inside the viewport. */
export function activeFindingInView(): boolean {
  const active = CSS.highlights.get('claimlens-active');
  const range = active ? [...active][0] : undefined;
  if (!(range instanceof Range)) return false;
  const r = range.getBoundingClientRect();
  return r.bottom > 0 && r.top < window.innerHeight && r.height > 0;
}

export interface CardSnapshot {
  hosts: number;
  inDocumentElement: boolean;
  openShadowRoot: boolean;
  role: string | null;
  labelledBy: string | null;
  /** Text of the element aria-labelledby points to (inside the shadow root). */
  label: string | null;
  loading: boolean;
  kind: string | null;
  kindText: string | null;
  position: string | null;
  /** Why a listed sentence is not highlighted (possibly related, or disputing), if it is one. */
  relatedNote: string | null;
  attributed: string | null;
  claim: string | null;
  claimantLines: string[];
  sourceHeading: string | null;
  excerpts: string[];
  counters: string[];
  counterStatements: string[];
  dateLines: string[];
  pageDate: string | null;
  buttons: string[];
  documentShown: boolean;
  marks: string[];
  rect: { top: number; left: number; bottom: number; right: number };
  viewport: { width: number; height: number };
  /** document.activeElement's tag and, inside the shadow root, the active element's data-part. */
  documentActive: string | null;
  shadowActive: string | null;
}

/** Everything the tests read from the open card; null when no card host is in the document. */
export function cardSnapshot(): CardSnapshot | null {
  const hosts = document.querySelectorAll('claimlens-card');
  const host = hosts[0];
  if (!host) return null;
  const root = host.shadowRoot;
  const q = (s: string) => root?.querySelector(s) ?? null;
  const all = (s: string) => [...(root?.querySelectorAll(s) ?? [])];
  const text = (e: Element | null) => (e ? (e.textContent ?? '').replace(/\s+/g, ' ').trim() : null);
  const card = q('[data-part="card"]');
  const labelledBy = card?.getAttribute('aria-labelledby') ?? null;
  const rect = card?.getBoundingClientRect();
  return {
    hosts: hosts.length,
    inDocumentElement: host.parentNode === document.documentElement,
    openShadowRoot: root !== null && root.mode === 'open',
    role: card?.getAttribute('role') ?? null,
    labelledBy,
    label: labelledBy ? text(root?.getElementById(labelledBy) ?? null) : null,
    loading: q('[data-part="loading"]') !== null,
    kind: q('[data-part="kind"]')?.getAttribute('data-kind') ?? null,
    kindText: text(q('[data-part="kind"] .kind')),
    position: text(q('[data-part="kind"] .position')),
    relatedNote: text(q('[data-part="related-note"]')),
    attributed: text(q('[data-part="attributed"]')),
    claim: text(q('[data-part="claim"] h2')),
    claimantLines: all('[data-part="claimant"] p').map((p) => text(p) ?? ''),
    sourceHeading: text(q('[data-part="source"] .doc')),
    excerpts: all('[data-part="excerpt"]').map((e) => e.textContent ?? ''),
    counters: all('[data-part="counters"] li[data-claim]').map((li) => li.getAttribute('data-claim') ?? ''),
    counterStatements: all('[data-part="counters"] .counter-statement').map((p) => text(p) ?? ''),
    dateLines: all('[data-part="date-context"] .facts li').map((li) => text(li) ?? ''),
    pageDate: text(q('[data-part="page-date"]')),
    buttons: all('button').map((b) => text(b) ?? ''),
    documentShown: q('[data-part="document"]') !== null,
    marks: all('[data-part="document"] mark').map((m) => m.textContent ?? ''),
    rect: rect
      ? { top: rect.top, left: rect.left, bottom: rect.bottom, right: rect.right }
      : { top: 0, left: 0, bottom: 0, right: 0 },
    viewport: { width: window.innerWidth, height: window.innerHeight },
    documentActive: document.activeElement ? document.activeElement.localName : null,
    shadowActive: root?.activeElement?.getAttribute('data-part') ?? root?.activeElement?.localName ?? null,
  };
}

/** Scrolls a button of the card (by its text) into the card's view and returns its centre. */
export function cardButtonPoint(label: string): { x: number; y: number } | null {
  const root = document.querySelector('claimlens-card')?.shadowRoot;
  const button = [...(root?.querySelectorAll('button') ?? [])].find((b) => b.textContent?.trim() === label);
  if (!button) return null;
  button.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' });
  const r = button.getBoundingClientRect();
  return { x: Math.round(r.left + r.width / 2), y: Math.round(r.top + r.height / 2) };
}

/**
 * Scrolls the card so that one of its parts (`data-part`) starts at the top of the card's view, and returns that
 * part's text, or null when the card has no such part.
 */
export function scrollCardTo(part: string): string | null {
  const root = document.querySelector('claimlens-card')?.shadowRoot;
  const card = root?.querySelector<HTMLElement>('[data-part="card"]');
  const target = root?.querySelector<HTMLElement>(`[data-part="${part}"]`);
  if (!card || !target) return null;
  card.scrollTop += target.getBoundingClientRect().top - card.getBoundingClientRect().top - 8;
  return (target.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Resolves after the page's main thread has been idle once (or 2 s). */
export function pageIdle(): Promise<true> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => requestIdleCallback(() => resolve(true), { timeout: 2000 }));
  });
}

interface AxeResult {
  violations: Array<{
    id: string;
    impact: string | null;
    help: string;
    nodes: Array<{ target: unknown; failureSummary?: string }>;
  }>;
  passes: Array<{ id: string }>;
  incomplete: Array<{ id: string; nodes: unknown[] }>;
}

/**
 * Runs axe-core (injected beforehand) on the card inside its shadow root. The context must use
 * `fromShadowDom`: a plain selector array (`[['claimlens-card', '[data-part="card"]']]`) means "inside an
 * iframe" to axe, matches nothing here, and axe then passes vacuously (no rule applies); so the caller
 * also checks that rules did pass.
 */
export async function runAxeOnCard(): Promise<{
  violations: Array<{ id: string; impact: string | null; help: string; targets: string[]; summary: string }>;
  passes: string[];
  incomplete: string[];
}> {
  const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<AxeResult> } }).axe;
  const result = await axe.run(
    { include: [{ fromShadowDom: ['claimlens-card', '[data-part="card"]'] }] },
    { resultTypes: ['violations'] },
  );
  return {
    violations: result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => JSON.stringify(n.target)),
      summary: v.nodes.map((n) => n.failureSummary ?? '').join(' | '),
    })),
    passes: result.passes.map((p) => p.id),
    incomplete: result.incomplete.map((i) => i.id),
  };
}

/** Runs axe-core (injected beforehand) on a whole extension page: the sidebar, the options, the popup. */
export async function runAxeOnDocument(): Promise<{
  violations: Array<{ id: string; impact: string | null; help: string; targets: string[]; summary: string }>;
  passes: string[];
}> {
  const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<AxeResult> } }).axe;
  const result = await axe.run(document, {});
  return {
    violations: result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => JSON.stringify(n.target)),
      summary: v.nodes.map((n) => n.failureSummary ?? '').join(' | '),
    })),
    passes: result.passes.map((p) => p.id),
  };
}

/** What the sidebar lists on "On this page": each finding's sentence (in its quotation marks) and claim. */
export function sidebarFindings(): Array<{ text: string; statement: string | null }> | null {
  const items = [...document.querySelectorAll('.frame .finding')];
  if (items.length === 0 && !document.querySelector('.summary-count')) return null;
  return items.map((li) => ({
    text: li.querySelector('.finding-text')?.textContent ?? '',
    statement: li.querySelector('.finding-claim .statement')?.textContent ?? null,
  }));
}

/** The sidebar's "Possibly related" list: each sentence, its kind and the claim it may state or disputes. */
export function sidebarRelated(): Array<{
  text: string;
  kind: string | null;
  label: string;
  statement: string | null;
}> {
  return [...document.querySelectorAll('.related .finding')].map((li) => ({
    text: li.querySelector('.finding-text')?.textContent ?? '',
    kind: li.getAttribute('data-kind'),
    label: li.querySelector('.finding-claim .label')?.textContent?.trim() ?? '',
    statement: li.querySelector('.finding-claim .statement')?.textContent ?? null,
  }));
}

/** The sidebar's state heading and which tab is selected. */
export function sidebarState(): { heading: string | null; tab: string | null; state: string | null } {
  return {
    heading: document.querySelector('.summary-count, .state-title')?.textContent ?? null,
    tab: document.querySelector('[role="tab"][aria-selected="true"]')?.id ?? null,
    state: document.querySelector('[data-state]')?.getAttribute('data-state') ?? null,
  };
}

/** The focused element, described: "button.finding-open", with its text. */
export function focused(): { element: string; text: string; index: string | null } {
  const el = document.activeElement;
  if (!el) return { element: 'none', text: '', index: null };
  const cls = el.getAttribute('class');
  return {
    element: `${el.localName}${cls ? `.${cls.split(/\s+/).join('.')}` : ''}`,
    text: (el.textContent ?? '').slice(0, 200),
    index: el.closest('[data-index]')?.getAttribute('data-index') ?? null,
  };
}

/** Marks the card's host element (runs in the page); false when no card is open. */
export function markCardHost(): boolean {
  const host = document.querySelector('claimlens-card');
  host?.setAttribute('data-test-mark', 'kept');
  return host !== null;
}

/** Whether the open card's host is the element markCardHost marked (runs in the page). */
export function cardHostMarked(): boolean {
  return document.querySelector('claimlens-card')?.getAttribute('data-test-mark') === 'kept';
}
