/**
 * The claim database as the rest of ClaimLens sees it, after loading and validation.
 * The YAML files in `seeds/` are the source of truth; `schema.ts` checks them and produces these types.
 */

/** How sure the project is of a fact. `contradicted` means a better source says otherwise. */
export type Certainty = 'high' | 'medium' | 'low' | 'unknown' | 'contradicted';

/** Stance of a claim on police use of live facial recognition. */
export type Stance = 'supports' | 'opposes' | 'neutral';

/**
 * A date as precise as it is known: `2020`, `2020-01`, `2020-01-24`, or an ISO 8601 interval
 * `2020-01-27/2020-01-31` when only a range is known.
 */
export type FuzzyDate = string;

/** A fact with the confidence we have in it and, where useful, why. */
export interface Attested<T> {
  value: T;
  certainty: Certainty;
  evidence?: string;
}

/** A published source that a note or event rests on. */
export interface Source {
  publication: string;
  title?: string;
  date?: FuzzyDate;
  url?: string;
  note?: string;
}

/** One of the bundled seed documents: the text that claims are quoted from. */
export interface SeedDocument {
  id: string;
  /** Short display name: "IT Pro", "The Voice". */
  name: string;
  file: string;
  publication: Attested<string>;
  headline: Attested<string>;
  author: Attested<string | null>;
  date: Attested<FuzzyDate | null>;
  url: Attested<string | null>;
  derivedFrom?: Attested<string>;
  notes?: string;
  /** The document's text, exactly as bundled. */
  text: string;
}

/** An exact substring of a seed document that carries the claim. */
export interface Excerpt {
  seed: string;
  text: string;
}

export interface Claimant {
  name: string;
  role?: string;
  organisation: string;
  certainty: Certainty;
  note?: string;
}

/** A dated note explaining a claim, with the sources that were checked. */
export interface ContextNote {
  text: string;
  certainty: Certainty;
  sources: Source[];
}

/** What a figure in the claim measures, and over which period. */
export interface Measure {
  /** Plain-language description of the quantity, e.g. "share of alerts that were wrong". */
  what: string;
  /** The period the figure covers, as a fuzzy date interval. */
  period?: FuzzyDate;
  periodLabel?: string;
}

export interface Claim {
  id: string;
  /** Identifier of the claim in the reference analysis the database was written from. */
  ref?: string;
  statement: string;
  excerpts: Excerpt[];
  claimant: Claimant;
  date: Attested<FuzzyDate>;
  stance: Stance;
  /** Claims that dispute this one; always symmetric. */
  counters: string[];
  /** Later or earlier positions of the same speaker that sit uneasily with this one; not disputes. */
  contrasts: string[];
  measures?: Measure;
  context: ContextNote[];
  /** Timeline events that happened after the claim and bear on it. */
  after: string[];
  /** Alternative wordings an editor wrote so that restatements are recognised. Not quotes. */
  variants: string[];
  /** Figures the claim states, with equivalent forms ("81%", "4/5", "8/42"). */
  figures: string[];
}

export interface TimelineEvent {
  id: string;
  date: Attested<FuzzyDate>;
  title: string;
  detail?: string;
  sources: Source[];
}

export interface ClaimDatabase {
  documents: SeedDocument[];
  claims: Claim[];
  timeline: TimelineEvent[];
}
