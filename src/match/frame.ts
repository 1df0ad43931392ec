/**
 * Claim frames: the facts a sentence must agree with to state a claim, checked after the sentence has
 * been found to share a claim's words. Most wrong matches on real articles share the topic and the words
 * but not the facts: another force doing the same thing, another court, another year, or the claim's own
 * point (its figure, finding or outcome) missing. A frame says, for each claim,
 *
 * - `who`: the entities it is about or attributed to. Entities play parts (see KIND_PART): who does
 *   something (a police force, the government, a retailer, a foreign body), which court rules, who speaks
 *   (a campaign group, a politician, a regulator, researchers, the press), who supplies the technology.
 *   A sentence that names entities in a part the claim fills, but none of the claim's, is about someone
 *   else. A sentence that names no one doing anything ("the force", "the cameras") is taken to be about
 *   the actor named last in its paragraph, or else the one its page is about;
 * - `core`: what any restatement must say (every group, any of its alternatives);
 * - `time`: the period the claim is about. A sentence dated outside it, or on a page dated before it, is
 *   about something else; on a page dated more than a year after it, a sentence must say when it means.
 */
import { parseFuzzyDate } from '../dates/fuzzy-date';
import type { ClaimFrame, EntityKind } from '../claims/types';
import { figuresAgree, parseFigure, type Figure } from '../text/numbers';
import { normalizeText } from '../text/normalize';
import { stemToken, tokenize } from '../text/tokens';
import type { EntityData, Mention } from './entities';
import type { Vocabulary } from './vocabulary';

/** The parts entities play. Within a part, naming another entity than the claim's is another story. */
type Part = 'doer' | 'court' | 'voice' | 'vendor';

const KIND_PART: Readonly<Record<EntityKind, Part>> = {
  police: 'doer',
  government: 'doer',
  retail: 'doer',
  foreign: 'doer',
  court: 'court',
  campaign: 'voice',
  politics: 'voice',
  regulator: 'voice',
  academic: 'voice',
  media: 'voice',
  vendor: 'vendor',
};

/** Whether entities of this kind do things (a force, the government, a retailer, a foreign body). */
export function isActorKind(kind: EntityKind): boolean {
  return KIND_PART[kind] === 'doer';
}

/** One alternative of a core group, as the index ships it. */
export type CoreTerm = { group: number } | { stems: string[] } | { figure: number };

/** A frame as the index ships it: entities by index, the time as days since 1970 (inclusive). */
export interface FrameData {
  who: number[];
  core: CoreTerm[][];
  time?: [number, number];
}

const DAY_MS = 86_400_000;

/** Compiles a claim's frame for the index (build time); throws on a term that cannot match anything. */
export function compileFrame(
  frame: ClaimFrame,
  entityIndex: (id: string) => number | undefined,
  vocab: Vocabulary,
  claimId: string,
): FrameData {
  const who = frame.who.map((id) => {
    const i = entityIndex(id);
    if (i === undefined) throw new Error(`claim ${claimId}: frame names an unknown entity "${id}"`);
    return i;
  });
  const core = frame.core.map((group) =>
    group.map((term): CoreTerm => {
      if (term.startsWith('@')) {
        const id = vocab.group(term.slice(1));
        if (id === undefined) throw new Error(`claim ${claimId}: frame core names no thesaurus group "${term}"`);
        return { group: id };
      }
      const figure = /^[\d./%]+$/.test(term) && !/^\d{4}$/.test(term) ? parseFigure(term) : null;
      if (figure?.kind === 'proportion') return { figure: figure.value };
      const stems = tokenize(normalizeText(term)).map(stemToken);
      if (stems.length === 0) throw new Error(`claim ${claimId}: frame core term "${term}" has no words`);
      return { stems };
    }),
  );
  const span = frame.time === undefined ? null : parseFuzzyDate(frame.time);
  return span ? { who, core, time: [span.start / DAY_MS, span.end / DAY_MS] } : { who, core };
}

/** What the frame check needs to know about a sentence. */
export interface SentenceFacts {
  stems: readonly string[];
  concepts: ReadonlySet<number>;
  figures: readonly Figure[];
  /** The entities it names. */
  mentions: readonly Mention[];
  /** The entities its main clause names: those after a fronted clause about something else (`mainClauseStart`). */
  mainMentions: readonly Mention[];
  /** The years it names. */
  years: readonly number[];
  /** Month names it mentions without a year (0-11): they point to the page's own year. */
  months: readonly number[];
  /** Years it means without naming them (relativeYears). */
  relative: RelativeYears;
}

/** Years a sentence means by reference: "the following year" (to a year it names), "last year" (to its page's). */
export interface RelativeYears {
  /** Offsets from each year the sentence names: +1 for "the following year", -1 for "the year before". */
  toNamed: number[];
  /** Offsets from the page's year: -1 for "last year", 0 for "this year", +1 for "next year". */
  toPage: number[];
}

const TO_NAMED: Array<[RegExp, number]> = [
  [/\b(?:the (?:following|next|subsequent) year|a year later)\b/i, 1],
  [/\b(?:the (?:previous|preceding) year|the year before|a year earlier)\b/i, -1],
];
const TO_PAGE: Array<[RegExp, number]> = [
  [/\blast year\b/i, -1],
  [/\bthis year\b/i, 0],
  [/(?<!\bthe )\bnext year\b/i, 1],
];

/** The years a sentence refers to without naming them. */
export function relativeYears(text: string): RelativeYears {
  return {
    toNamed: TO_NAMED.filter(([re]) => re.test(text)).map(([, d]) => d),
    toPage: TO_PAGE.filter(([re]) => re.test(text)).map(([, d]) => d),
  };
}

/** What the frame check needs to know about the page around a sentence. */
export interface PlaceFacts {
  /** The page's date as days since 1970 (first and last day it may be), when known. */
  date?: [number, number];
  /**
   * The actors (entity indexes) named last before the sentence in its paragraph, or else the page's main
   * ones: asked for only when the sentence names no actor itself (working them out reads the whole page).
   */
  actors: () => readonly number[];
  /**
   * Whether the sentence must name one of the claim's own entities: a lone sentence that does not name
   * facial recognition either could be about anything ("announced on 25 January").
   */
  mustName?: boolean;
}

/**
 * `unnamed`: a lone sentence off the topic names none of the claim's entities; it can still quote the
 * claim word for word.
 */
export type FrameConflict = 'core' | 'who' | 'time' | 'unnamed';

/** Why the sentence cannot state the claim, or null if nothing in the frame rules it out. */
export function frameConflict(
  frame: FrameData,
  sentence: SentenceFacts,
  place: PlaceFacts,
  entities: readonly EntityData[],
): FrameConflict | null {
  if (!coreSaid(frame.core, sentence)) return 'core';
  if (whoConflicts(frame.who, sentence.mainMentions, place.actors, entities)) return 'who';
  if (place.mustName && !namesWho(frame.who, sentence, entities)) return 'unnamed';
  if (frame.time && timeConflicts(frame.time, sentence, place.date)) return 'time';
  return null;
}

function coreSaid(core: readonly CoreTerm[][], s: SentenceFacts): boolean {
  return core.every((group) => group.some((term) => termSaid(term, s)));
}

function termSaid(term: CoreTerm, s: SentenceFacts): boolean {
  if ('group' in term) return s.concepts.has(term.group);
  if ('figure' in term) {
    const wanted: Figure = { kind: 'proportion', value: term.figure, text: '' };
    return s.figures.some((f) => f.kind === 'proportion' && figuresAgree(f, wanted));
  }
  const { stems } = term;
  for (let i = 0; i + stems.length <= s.stems.length; i++) {
    let k = 0;
    while (k < stems.length && s.stems[i + k] === stems[k]) k++;
    if (k === stems.length) return true;
  }
  return false;
}

/**
 * Words that refer to an entity of a kind without naming it ("campaigners", "the force", "judges"): a lone
 * sentence that uses one is about someone of the claim's kind, if not by name.
 */
const KIND_WORDS: Readonly<Record<EntityKind, readonly string[]>> = {
  police: ['police', 'officers', 'force', 'constabulary', 'commissioner'],
  government: ['government', 'minister', 'ministers', 'ministry'],
  retail: ['retailer', 'retailers', 'shops', 'stores', 'supermarket', 'supermarkets'],
  foreign: [],
  court: ['court', 'courts', 'judge', 'judges', 'ruling'],
  campaign: ['campaigners', 'campaign', 'activists', 'groups', 'charity', 'charities'],
  politics: ['mps', 'politicians', 'mayor', 'assembly', 'councillors', 'parliament'],
  regulator: ['regulator', 'watchdog', 'commissioner'],
  academic: ['researchers', 'academics', 'experts', 'study', 'review', 'report', 'university'],
  media: ['newspaper', 'reporters', 'journalists'],
  vendor: ['supplier', 'suppliers', 'vendor', 'company', 'firm'],
};
const KIND_STEMS = new Map(
  Object.entries(KIND_WORDS).map(([kind, words]) => [kind as EntityKind, new Set(words.map(stemToken))]),
);

/** Whether the sentence names one of the claim's entities, or refers to one by its kind ("campaigners"). */
function namesWho(who: readonly number[], sentence: SentenceFacts, entities: readonly EntityData[]): boolean {
  if (sentence.mentions.some((m) => who.some((w) => accepts(w, m.entity, entities)))) return true;
  return who.some((w) => {
    const words = KIND_STEMS.get((entities[w] as EntityData).kind);
    return words !== undefined && sentence.stems.some((stem) => words.has(stem));
  });
}

/** Whether entity `e` counts as the claim's entity `w`: the same, or one a collective entity covers. */
function accepts(w: number, e: number, entities: readonly EntityData[]): boolean {
  if (w === e) return true;
  const claim = entities[w] as EntityData;
  const named = entities[e] as EntityData;
  return KIND_PART[claim.kind] === KIND_PART[named.kind] && claim.covers.includes(named.kind);
}

/** Whether the sentence (or, naming no one, its paragraph or page) puts another entity in a part the claim fills. */
function whoConflicts(
  who: readonly number[],
  mentions: readonly Mention[],
  actors: () => readonly number[],
  entities: readonly EntityData[],
): boolean {
  const partOf = (e: number) => KIND_PART[(entities[e] as EntityData).kind];
  const parts = new Set(who.map(partOf));
  for (const part of parts) {
    const named = mentions.filter((m) => partOf(m.entity) === part);
    if (named.length > 0) {
      if (!named.some((m) => who.some((w) => accepts(w, m.entity, entities)))) return true;
    } else if (part === 'doer') {
      const around = actors().filter((e) => partOf(e) === 'doer');
      if (around.length > 0 && !around.some((e) => who.some((w) => accepts(w, e, entities)))) return true;
    }
  }
  return false;
}

/**
 * A fronted clause of time or comparison ("Following trials by South Wales Police, …", "Like the Met, …",
 * "Unlike retailers, …") names who did something else, before or beside the main clause: who does what
 * the main clause says is named after it, or else taken from the paragraph or page.
 */
const FRONTED_CLAUSE =
  /^(?:following|after|like|unlike|as with|since|before|besides|alongside|in addition to)\b[^,;:]{3,120},\s*/i;

/** Where a sentence's main clause starts: after a fronted clause about something else, or 0. */
export function mainClauseStart(text: string): number {
  return FRONTED_CLAUSE.exec(text)?.[0].length ?? 0;
}

/** A page more than this long after the claim's period must say when a sentence means. */
const LATE_PAGE_DAYS = 365;

function timeConflicts(time: [number, number], s: SentenceFacts, pageDate: [number, number] | undefined): boolean {
  const startYear = new Date(time[0] * DAY_MS).getUTCFullYear();
  const endYear = new Date(time[1] * DAY_MS).getUTCFullYear();
  const years = [...s.years, ...s.years.flatMap((y) => s.relative.toNamed.map((d) => y + d))];
  if (pageDate) {
    const page = new Date(pageDate[1] * DAY_MS);
    // "Last year" on a page of 2018 means 2017.
    for (const d of s.relative.toPage) years.push(page.getUTCFullYear() + d);
    // "In October" on a page of January 2026 means October 2025.
    if (years.length === 0)
      for (const month of s.months)
        years.push(month > page.getUTCMonth() ? page.getUTCFullYear() - 1 : page.getUTCFullYear());
  }
  const anchored = years.some((y) => y >= startYear && y <= endYear);
  if (years.length > 0 && !anchored) return true;
  if (pageDate) {
    if (pageDate[1] < time[0]) return true;
    if (pageDate[0] > time[1] + LATE_PAGE_DAYS && !anchored) return true;
  }
  return false;
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** Months named in a sentence (0-11), "May" only when capitalised ("may" is also a verb). */
export function monthsNamed(text: string): number[] {
  const out: number[] = [];
  const re = /\b(January|February|March|April|May|June|July|August|September|October|November|December)\b/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push(MONTHS.indexOf((m[1] as string).toLowerCase()));
  return out;
}

/** A page date (YYYY, YYYY-MM, YYYY-MM-DD or an interval) as days since 1970, or undefined. */
export function pageDays(date: string | null | undefined): [number, number] | undefined {
  const span = date ? parseFuzzyDate(date) : null;
  return span ? [span.start / DAY_MS, span.end / DAY_MS] : undefined;
}
