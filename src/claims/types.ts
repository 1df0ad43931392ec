/**
 * The claim database as the rest of ClaimLens sees it, after loading and validation.
 * The YAML files in `seeds/` are the source of truth; `schema.ts` checks them and produces these types.
 */

/**
 * How sure the project is of a fact, by the rule in `certainty.ts`: `high`, one primary source or two
 * independent ones; `medium`, one published source; `low`, inferred from the sources named; `unverified`,
 * stated by a source that could not be checked or is in doubt, and neither confirmed nor contradicted by any
 * other; `contradicted`, a better source says otherwise.
 */
export type Certainty = 'high' | 'medium' | 'low' | 'unverified' | 'contradicted';

/** A document's provenance field can also be not known at all (no byline, no address). */
export type ProvenanceCertainty = Certainty | 'unknown';

/**
 * Stance of a claim on police use of live facial recognition; `unstated` where its source does not say
 * (a fact-checker's review carries no stance).
 */
export type Stance = 'supports' | 'opposes' | 'neutral' | 'unstated';

/**
 * A date as precise as it is known: `2020`, `2020-01`, `2020-01-24`, or an ISO 8601 interval
 * `2020-01-27/2020-01-31` when only a range is known.
 */
export type FuzzyDate = string;

/** A fact with the confidence we have in it and, where useful, why. */
export interface Attested<T, C = Certainty> {
  value: T;
  certainty: C;
  evidence?: string;
  /** Publications the evidence rests on, besides the document itself. */
  sources?: Source[];
}

/** A published source that a note or event rests on (an entry of `seeds/sources.yaml`). */
export interface Source {
  id: string;
  publication: string;
  title?: string;
  date?: FuzzyDate;
  url?: string;
  /** The site holding the copy that `url` points to, when the publication's own page was not available. */
  via?: string;
  /** The record itself: the report, the judgment, the statement or release of the person or body concerned. */
  primary?: boolean;
  /** What the source is and says, as the registry describes it (for editors and the scan command). */
  about?: string;
  /** What this source says for the fact that cites it, when the citation says (shown on the card). */
  note?: string;
}

/** A fact whose certainty rests on the sources it names. */
export interface Sourced {
  certainty: Certainty;
  sources: Source[];
}

/** One of the bundled seed documents: the text that claims are quoted from. */
export interface SeedDocument {
  id: string;
  /** Short display name: "IT Pro", "The Voice". */
  name: string;
  file: string;
  publication: Attested<string, ProvenanceCertainty>;
  headline: Attested<string, ProvenanceCertainty>;
  author: Attested<string | null, ProvenanceCertainty>;
  date: Attested<FuzzyDate | null, ProvenanceCertainty>;
  url: Attested<string | null, ProvenanceCertainty>;
  derivedFrom?: Attested<string, ProvenanceCertainty>;
  notes?: string;
  /** The document's text, exactly as bundled. */
  text: string;
}

/** An exact substring of a seed document that carries the claim. */
export interface Excerpt {
  seed: string;
  text: string;
}

/**
 * Who made the claim. Its certainty rests on the seed documents quoted in the excerpts (a document the
 * claimant wrote counts as primary) and on the extra `sources`.
 */
export interface Claimant extends Sourced {
  name: string;
  role?: string;
  organisation: string;
  note?: string;
}

/** When the claim was made; like the claimant, resting on the seed documents and the extra `sources`. */
export interface ClaimDate extends Sourced {
  value: FuzzyDate;
  evidence?: string;
}

/** A note explaining a claim, with the sources that were checked. */
export interface ContextNote extends Sourced {
  text: string;
  /** Timeline events for the studies the note relies on; the card shows each study's both sides. */
  studies: string[];
}

/** What a figure in the claim measures, and over which period. */
export interface Measure extends Sourced {
  /** Plain-language description of the quantity, e.g. "share of alerts that were wrong". */
  what: string;
  /** The period the figure covers, as a fuzzy date interval. */
  period?: FuzzyDate;
  periodLabel?: string;
  studies: string[];
}

/** The part an entity plays in the news: see `entities.yaml` and src/match/frame.ts. */
export type EntityKind =
  | 'police'
  | 'government'
  | 'retail'
  | 'foreign'
  | 'court'
  | 'regulator'
  | 'campaign'
  | 'politics'
  | 'academic'
  | 'media'
  | 'vendor';

/** A force, court, regulator, company or group that claims are about, with the names news writing uses. */
export interface Entity {
  id: string;
  kind: EntityKind;
  names: string[];
  caseless: string[];
  covers: EntityKind[];
}

/** The facts a restatement of a claim must agree with (see the README's claim format). */
export interface ClaimFrame {
  /** Entities (ids) the claim is about or attributed to. */
  who: string[];
  /** Groups of alternatives: a restatement says at least one alternative of every group. */
  core: string[][];
  /** The period the claim is about. */
  time?: FuzzyDate;
}

export interface Claim {
  id: string;
  /** Identifier of the claim in the reference analysis the database was written from. */
  ref?: string;
  statement: string;
  excerpts: Excerpt[];
  claimant: Claimant;
  date: ClaimDate;
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
  frame?: ClaimFrame;
  /** A fact-checker's review of the claim (claims from a ClaimReview pack). */
  review?: ClaimReviewNote;
  /** The name of the claim pack the claim comes from; absent for the bundled claims. */
  pack?: string;
  /** Pages where the claim appeared, for claims that quote no bundled document (ClaimReview). */
  appearances?: Array<{ url: string; date?: FuzzyDate; name?: string }>;
}

/** Who reviewed a claim, where, when, and their verdict, as a ClaimReview gives them. */
export interface ClaimReviewNote {
  publisher: string;
  url?: string;
  date?: FuzzyDate;
  /** The rating's name ("False", "Misleading"), or its value on its scale. */
  rating?: string;
}

/** A note on a piece of evidence: one of a study's limits, or someone's reading of it. */
export interface EvidenceNote extends Sourced {
  text: string;
}

/**
 * A study that claims or notes rely on, with both sides: who made it and who commissioned it, its known
 * limits, and who disputes the reading it is used for.
 */
export interface Study {
  /** The names notes use for the study ("NPL study"); a note that names it must cite it. */
  names: string[];
  by: string;
  commissionedBy: Sourced & { value: string };
  caveats: EvidenceNote[];
  disputes: (EvidenceNote & { by: string })[];
}

/** A dated event; the date's certainty rests on the event's sources. */
export interface TimelineEvent {
  id: string;
  date: Attested<FuzzyDate>;
  title: string;
  detail?: string;
  sources: Source[];
  study?: Study;
}

export interface ClaimDatabase {
  documents: SeedDocument[];
  /** The actors claims are about, and those they are told apart from. */
  entities: Entity[];
  claims: Claim[];
  timeline: TimelineEvent[];
}
