/**
 * Which part of a page is its article, and which is the page around it: navigation, "most read" lists,
 * promos, related links, captions, comments, footers. A claim is highlighted in the page around the
 * article only when it is quoted there nearly word for word (see scan-text.ts): a headline about a car
 * recall in a "most read" list shares a word with a claim only by chance.
 *
 * The signals are the ones Mozilla's Readability and boilerplate detectors use, read from markup alone
 * (no layout), over the text the extractor already has:
 *
 * 1. Every paragraph (a block with text of its own) scores for its parent and, less, for the ancestors
 *    above it: one point, one per comma, one per hundred characters (up to three). A container's score
 *    is scaled down by the share of its text that is links, and nudged by its class and id ("article",
 *    "story-body" up; "comment", "promo" down). The best container is the article; its siblings join it
 *    when they score well too, or are paragraphs of prose, and when several near-best containers share an
 *    ancestor, the ancestor is the article (text split around an advert).
 * 2. The page's headline (`h1`) belongs to the article wherever the template puts it.
 * 3. Inside the article, landmarks of the page around it (`nav`, `aside`, `footer`, `form`, navigation and
 *    complementary roles), blocks whose class or id says they are page furniture (related, share,
 *    newsletter, comments, captions) and blocks whose text is mostly links are not the article.
 *
 * When no container stands out (a short page, a list of links), the whole page is the article, less its
 * landmarks, furniture and link lists.
 */
import { ELEMENT_NODE } from './dom-constants';
import { classifyElement } from './element-kinds';
import type { PageText } from './extract';

/** A paragraph shorter than this says nothing about where the article is (Readability: 25). */
const MIN_PARAGRAPH_CHARS = 25;
/** How many ancestors above a paragraph share its score (Readability: 5). */
const SCORED_ANCESTORS = 5;
/** A container must score this much to be the article; below it, no container stands out. */
const MIN_ARTICLE_SCORE = 15;
/** A block whose text is more than this share links is a list of links, not prose. */
const MAX_LINK_DENSITY = 0.5;
/** A sibling of the article joins it when it scores this share of the article's score... */
const SIBLING_SHARE = 0.2;
/** ...or is a paragraph this long with few links. */
const SIBLING_PARAGRAPH_CHARS = 80;
const SIBLING_LINK_DENSITY = 0.25;
/** Containers scoring this share of the best are alternatives; this many sharing an ancestor make it the article. */
const ALTERNATIVE_SHARE = 0.75;
const ALTERNATIVES_TO_CLIMB = 3;
/**
 * Class and id words of blocks inside an article that are not its text: page furniture
 * (Readability's unlikely candidates, and the promos and lists news templates add).
 */
const FURNITURE_NAME =
  /-ad-|ad-break|agegate|banner|breadcrumb|byline|caption|comment|communit|credit|disqus|foot|gdpr|masthead|menu|most-?(?:popular|read)|newsletter|outbrain|pag(?:er|ination)|popup|promo|recommend|related|replies|share|sidebar|signup|skyscraper|social|sponsor|subscribe|taboola|trending|widget/i;
/** ...unless it also says it holds the article (Readability's "ok maybe it's a candidate"). */
const ARTICLE_NAME = /\barticle\b|article-?body|story-?body|main-?content|post-?content|entry-content/i;
/** Class and id words of article containers (Readability's positive ones). */
const POSITIVE_NAME = /article|body|content|entry|hentry|main|page|post|text|blog|story/i;
/** The head start of a container named as an article, and the handicap of one named as furniture. */
const NAME_WEIGHT = 25;

/** Readability's initial score of a container by its tag: containers of prose up, lists and headings down. */
function tagScore(tag: string): number {
  if (/^(?:div|article|main)$/.test(tag)) return 5;
  if (/^(?:section|pre|td|blockquote)$/.test(tag)) return 3;
  if (/^(?:address|[ou]l|d[ldt]|li|form)$/.test(tag)) return -3;
  return /^(?:h[1-6]|th)$/.test(tag) ? -5 : 0;
}
/** Elements of the page around the article, by name and by role. */
const LANDMARKS = new Set(['nav', 'aside', 'footer', 'form', 'menu', 'figcaption']);
const LANDMARK_ROLES = /^(?:navigation|complementary|contentinfo|banner|search|menu|menubar|dialog|alertdialog)$/i;

/** Text under an element: all of it, and the part in links. */
interface TextSize {
  chars: number;
  linkChars: number;
}

/** What one block element holds itself (not its child blocks): its text, links and commas. */
interface BlockText extends TextSize {
  commas: number;
}

/** The block an element's text belongs to, whether that text is in a link, and whether the element is. */
interface Place {
  block: Element;
  inLink: boolean;
  underLink: boolean;
}

/** Where an element stands: inside one of the article's parts, and inside page furniture. */
interface Standing {
  inArticle: boolean;
  furniture: boolean;
}

/**
 * Text counts towards the size of this many of its ancestors: deeper wrappers (on pages nested thousands
 * deep) are not sized, and are never taken for furniture.
 */
const SIZE_DEPTH = 64;
/** Page furniture holds less than this share of the page's text: a wrapper around everything is not furniture. */
const MAX_FURNITURE_SHARE = 0.5;

/** The article of a page, and a test of whether a text node lies outside it. */
export class ArticleMap {
  /** The article's elements: its container, the siblings that joined it, and the headline. */
  readonly parts: ReadonlySet<Element>;
  /** Whether a container stood out; if not, the whole page (less its furniture) is the article. */
  readonly found: boolean;
  private readonly blocks: Map<Element, BlockText>;
  private readonly sizes: Map<Element, TextSize>;
  private readonly pageChars: number;
  private readonly standings = new Map<Element, Standing>();
  private readonly furnitureAbove = new Map<Element, boolean>();
  /** Per element: the block its text belongs to, and whether the text sits in a link. */
  private readonly places = new Map<Element, Place>();

  constructor(page: PageText) {
    this.blocks = this.blockTexts(page);
    this.sizes = new Map();
    let pageChars = 0;
    for (const [block, text] of this.blocks) {
      pageChars += text.chars;
      let depth = 0;
      for (let el: Element | null = block; el && depth < SIZE_DEPTH; el = el.parentElement, depth++) {
        const size = this.sizes.get(el);
        if (size) {
          size.chars += text.chars;
          size.linkChars += text.linkChars;
        } else this.sizes.set(el, { chars: text.chars, linkChars: text.linkChars });
      }
    }
    this.pageChars = pageChars;
    const article = this.pickArticle();
    this.found = article !== null;
    const parts = new Set<Element>(article ?? []);
    const doc = page.nodes[0]?.ownerDocument;
    if (article && doc) for (const h1 of Array.from(doc.getElementsByTagName('h1'))) parts.add(h1);
    this.parts = parts;
  }

  /** Whether the text node (or element) is outside the article: in the page around it, or page furniture. */
  isOutside(node: Node): boolean {
    const el = node.nodeType === ELEMENT_NODE ? (node as Element) : node.parentElement;
    if (el === null) return this.found;
    const s = this.standing(el);
    return s.furniture || (this.found && !s.inArticle) || this.isLinkList(this.place(el).block);
  }

  /** The offsets of `page.text` that lie outside the article, as sorted, disjoint [start, end) ranges. */
  outsideRanges(page: PageText): Array<[number, number]> {
    const ranges: Array<[number, number]> = [];
    page.nodes.forEach((node, i) => {
      if (!this.isOutside(node)) return;
      const start = page.starts[i] as number;
      const end = i + 1 < page.nodes.length ? (page.starts[i + 1] as number) : page.text.length;
      const last = ranges[ranges.length - 1];
      if (last && last[1] === start) last[1] = end;
      else ranges.push([start, end]);
    });
    return ranges;
  }

  /** Where an element stands, worked out from its ancestors down (memoised). */
  private standing(el: Element): Standing {
    return fromAncestors(el, this.standings, (e, up) => {
      const part = this.parts.has(e);
      const inArticle = (up?.inArticle ?? false) || part;
      // The article's own parts are never furniture, wherever the template puts them (a headline in a page header).
      return { inArticle, furniture: !part && ((up?.furniture ?? false) || this.isFurniture(e, inArticle)) };
    });
  }

  /**
   * Page furniture by name, role or class: a landmark of the page around the article, a page header
   * (an article's own header, with its headline and standfirst, is not), or a block named as related
   * links, a promo, comments, a caption. Never an element holding most of the page's text.
   */
  private isFurniture(el: Element, inArticle: boolean): boolean {
    const name = el.localName;
    let furniture = LANDMARKS.has(name);
    if (!furniture && name === 'header') furniture = !inArticle && el.closest('article, main, [role="main"]') === null;
    if (!furniture && el.hasAttributes()) {
      const role = el.getAttribute('role');
      const names = nameOf(el);
      furniture =
        (role !== null && LANDMARK_ROLES.test(role)) ||
        (names !== '' && FURNITURE_NAME.test(names) && !ARTICLE_NAME.test(names));
    }
    return furniture && (this.sizes.get(el)?.chars ?? Infinity) < this.pageChars * MAX_FURNITURE_SHARE;
  }

  /** A block whose own text is mostly links: a list of headlines, a menu, "more on this story". */
  private isLinkList(el: Element): boolean {
    const b = this.blocks.get(el);
    return b !== undefined && b.linkChars > b.chars * MAX_LINK_DENSITY;
  }

  /** Whether an element is, or is inside, page furniture, before the article is known. */
  private inFurniture(el: Element): boolean {
    return fromAncestors(el, this.furnitureAbove, (e, up) => (up ?? false) || this.isFurniture(e, false));
  }

  /** The article's container and the siblings that join it, or null when no container stands out. */
  private pickArticle(): Element[] | null {
    const scores = new Map<Element, number>();
    const initial = (el: Element): number => {
      const names = el.hasAttributes() ? nameOf(el) : '';
      const named = (POSITIVE_NAME.test(names) ? NAME_WEIGHT : 0) - (FURNITURE_NAME.test(names) ? NAME_WEIGHT : 0);
      return tagScore(el.localName) + named;
    };
    for (const [block, text] of this.blocks) {
      if (text.chars < MIN_PARAGRAPH_CHARS || this.isLinkList(block) || this.inFurniture(block)) continue;
      const points = 1 + text.commas + Math.min(Math.floor(text.chars / 100), 3);
      let level = 0;
      for (let el = block.parentElement; el && level < SCORED_ANCESTORS; el = el.parentElement, level++) {
        const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
        scores.set(el, (scores.get(el) ?? initial(el)) + points / divider);
      }
    }
    const density = (el: Element): number => {
      const size = this.sizes.get(el);
      return size && size.chars > 0 ? size.linkChars / size.chars : 0;
    };
    const ranked = [...scores]
      .filter(([el]) => el.localName !== 'body' && el.localName !== 'html')
      .map(([el, score]) => ({ el, score: score * (1 - density(el)) }))
      .sort((a, b) => b.score - a.score);
    const best = ranked[0];
    if (!best || best.score < MIN_ARTICLE_SCORE) return null;
    let top = best.el;
    // Text split into several near-best containers (around adverts): their common ancestor is the article.
    const alternatives = ranked.slice(1, 6).filter((r) => r.score >= best.score * ALTERNATIVE_SHARE);
    if (alternatives.length >= ALTERNATIVES_TO_CLIMB) {
      for (let up = top.parentElement; up && up.localName !== 'body'; up = up.parentElement) {
        const ancestor = up;
        if (alternatives.filter((r) => ancestor.contains(r.el)).length >= ALTERNATIVES_TO_CLIMB) {
          top = ancestor;
          break;
        }
      }
    }
    const topScore = (scores.get(top) ?? 0) * (1 - density(top));
    const parts = [top];
    for (let s = top.parentElement?.firstElementChild ?? null; s; s = s.nextElementSibling) {
      if (s === top || this.isFurniture(s, false)) continue;
      const score = (scores.get(s) ?? 0) * (1 - density(s));
      const own = this.blocks.get(s);
      if (score >= Math.max(MIN_ARTICLE_SCORE, topScore * SIBLING_SHARE)) parts.push(s);
      else if (own && own.chars > SIBLING_PARAGRAPH_CHARS && own.linkChars < own.chars * SIBLING_LINK_DENSITY)
        parts.push(s);
    }
    return parts;
  }

  /** The block an element's text belongs to (its nearest block ancestor), and whether it sits in a link. */
  private place(el: Element): Place {
    return fromAncestors(el, this.places, (e, up) => {
      const underLink = (up?.underLink ?? false) || e.localName === 'a';
      // A block inside a link (a headline teaser wrapped in <a>) is link text too.
      if (!up || classifyElement(e) === 'block') return { block: e, inLink: underLink, underLink };
      return { block: up.block, inLink: up.inLink || e.localName === 'a', underLink };
    });
  }

  /** The text of each block element, links and commas counted. */
  private blockTexts(page: PageText): Map<Element, BlockText> {
    const blocks = new Map<Element, BlockText>();
    for (const node of page.nodes) {
      const parent = node.parentElement;
      if (!parent) continue;
      const { block, inLink } = this.place(parent);
      const data = node.data;
      let b = blocks.get(block);
      if (!b) blocks.set(block, (b = { chars: 0, linkChars: 0, commas: 0 }));
      const chars = data.trim().length;
      b.chars += chars;
      if (inLink) b.linkChars += chars;
      for (let i = data.indexOf(','); i >= 0; i = data.indexOf(',', i + 1)) b.commas++;
    }
    return blocks;
  }
}

function nameOf(el: Element): string {
  const cls = el.getAttribute('class') ?? '';
  const id = el.getAttribute('id') ?? '';
  return cls && id ? `${cls} ${id}` : cls || id;
}

/**
 * A value worked out for an element from its parent's, memoised, without recursion (pages can nest
 * elements 10,000 deep): the unknown ancestors are collected, then worked out from the top down.
 */
function fromAncestors<T>(el: Element, memo: Map<Element, T>, compute: (el: Element, up: T | undefined) => T): T {
  const chain: Element[] = [];
  let up: T | undefined;
  for (let e: Element | null = el; e; e = e.parentElement) {
    up = memo.get(e);
    if (up !== undefined) break;
    chain.push(e);
  }
  for (let i = chain.length - 1; i >= 0; i--) {
    const e = chain[i] as Element;
    up = compute(e, up);
    memo.set(e, up);
  }
  return up as T;
}
