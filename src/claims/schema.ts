/**
 * Schemas for the human-edited files in `seeds/`. Used at build time and in tests, never in the
 * content script (the build ships the validated result, not the validator).
 */
import * as z from 'zod/mini';
import { parseFuzzyDate } from '../dates/fuzzy-date';

// The English messages for the checks this file does not word itself ("expected string, received number").
z.config(z.locales.en());

/** How sure the project is of a fact; `certainty.ts` holds the rule each level must meet. */
const CERTAINTIES = ['high', 'medium', 'low', 'unverified', 'contradicted'] as const;
const certainty = z.enum(CERTAINTIES);
/** A document's provenance can also be simply not known (an article without a byline). */
const provenanceCertainty = z.enum([...CERTAINTIES, 'unknown']);

const nonEmpty = z.string().check(z.trim(), z.minLength(1, 'must not be empty'));

const fuzzyDate = z.string().check(
  z.refine((s) => parseFuzzyDate(s) !== null, {
    message: 'must be a real date: YYYY, YYYY-MM, YYYY-MM-DD, or an interval A/B with A before B',
  }),
);

const url = z.url({ protocol: /^https?$/ });

const id = z
  .string()
  .check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case: lowercase letters, digits and hyphens'));

/** An entry of `seeds/sources.yaml`: a published source, described once and cited by id. */
export const sourceSchema = z.strictObject({
  id,
  publication: nonEmpty,
  title: z.optional(nonEmpty),
  date: z.optional(fuzzyDate),
  url: z.optional(url),
  /** The site holding the copy that `url` points to, when the publication's own page was not available. */
  via: z.optional(nonEmpty),
  /** The record itself: the report, the judgment, the statement or release of the person or body concerned. */
  primary: z.optional(z.boolean()),
  note: z.optional(nonEmpty),
});

/** Sources, entities and events may be empty lists: a claim pack can rely on the bundled ones. */
export const sourcesFileSchema = z.strictObject({ sources: z.array(sourceSchema) });

/** A citation: a source's id, or the id with what this source says for this fact in particular. */
const sourceRef = z.union([id, z.strictObject({ ref: id, note: nonEmpty })]);

const sources = z.array(sourceRef);

const provenance = <T extends z.ZodMiniType>(value: T) =>
  z.strictObject({
    value,
    certainty: provenanceCertainty,
    evidence: z.optional(nonEmpty),
    /** Publications that the evidence rests on, where it rests on any besides the document itself. */
    sources: z.optional(sources),
  });

/** A fact with its certainty and the sources that certainty rests on (see `certainty.ts`). */
const sourced = { certainty, sources: z._default(sources, []) };

const eventId = z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a timeline event id'));

export const documentSchema = z.strictObject({
  id,
  /** Short display name: "IT Pro", "The Voice". */
  name: nonEmpty,
  file: z.string().check(z.regex(/^[\w.-]+\.txt$/, 'must be a .txt file name in seeds/documents')),
  publication: provenance(nonEmpty),
  headline: provenance(nonEmpty),
  author: provenance(z.nullable(nonEmpty)),
  date: provenance(z.nullable(fuzzyDate)),
  url: provenance(z.nullable(url)),
  derivedFrom: z.optional(provenance(nonEmpty)),
  notes: z.optional(nonEmpty),
});

export const documentsFileSchema = z.strictObject({ documents: z.array(documentSchema).check(z.minLength(1)) });

const figure = z
  .string()
  .check(
    z.regex(
      /^(\d+(\.\d+)?%|\d+(\.\d+)?\/\d+(\.\d+)?|\d+(\.\d+)?)$/,
      'must be a percentage (81%), a ratio (8/42) or a number',
    ),
  );

/**
 * Who a claim is about and who says it, by the kind of part they play: an actor of one kind in a sentence
 * (another police force, another court, another campaign group) where the claim names one of the same kind
 * means another story. See `entities.yaml` and src/match/frame.ts.
 */
const entityKind = z.enum([
  'police',
  'government',
  'retail',
  'foreign',
  'court',
  'regulator',
  'campaign',
  'politics',
  'academic',
  'media',
  'vendor',
]);

export const entitySchema = z.strictObject({
  id,
  kind: entityKind,
  /** How news writing names it, matched as whole words with their capitals ("the Met", "Scotland Yard"). */
  names: z.array(nonEmpty).check(z.minLength(1)),
  /** Names matched whatever their capitals (headlines write "met police"); only ones that are never ordinary words. */
  caseless: z._default(z.array(nonEmpty), []),
  /** For a collective entity ("UK police"): every entity of these kinds counts as it. */
  covers: z._default(z.array(entityKind), []),
});

export const entitiesFileSchema = z.strictObject({ entities: z.array(entitySchema) });

/**
 * The facts a restatement must agree with. `who`: the entities the claim is about or attributed to (ids in
 * entities.yaml). `core`: what any restatement must say, as groups of which each must be present: a group is
 * a list of alternatives, each a word or phrase (all its words), a thesaurus group (`@unlawful`) or a figure
 * (`81%`, `8/42`). `time`: the period the claim is about; a sentence dated outside it, or a page dated
 * before it, is about something else.
 */
const frameSchema = z.strictObject({
  who: z.array(id).check(z.minLength(1)),
  core: z.array(z.array(nonEmpty).check(z.minLength(1))).check(z.minLength(1)),
  time: z.optional(fuzzyDate),
});

export const claimSchema = z.strictObject({
  id,
  ref: z.optional(z.string().check(z.regex(/^C\d{2}$/))),
  statement: nonEmpty,
  excerpts: z.array(z.strictObject({ seed: id, text: nonEmpty })).check(z.minLength(1)),
  claimant: z.strictObject({
    name: nonEmpty,
    role: z.optional(nonEmpty),
    organisation: nonEmpty,
    ...sourced,
    note: z.optional(nonEmpty),
  }),
  date: z.strictObject({ value: fuzzyDate, ...sourced, evidence: z.optional(nonEmpty) }),
  stance: z.enum(['supports', 'opposes', 'neutral']),
  counters: z._default(z.array(id), []),
  contrasts: z._default(z.array(id), []),
  measures: z.optional(
    z.strictObject({
      what: nonEmpty,
      period: z.optional(fuzzyDate),
      periodLabel: z.optional(nonEmpty),
      ...sourced,
      studies: z._default(z.array(eventId), []),
    }),
  ),
  context: z._default(
    z.array(z.strictObject({ text: nonEmpty, ...sourced, studies: z._default(z.array(eventId), []) })),
    [],
  ),
  after: z._default(z.array(id), []),
  variants: z._default(z.array(nonEmpty), []),
  figures: z._default(z.array(figure), []),
  frame: z.optional(frameSchema),
});

/** A note about a piece of evidence (a study's limit, or someone's reading of it), with its own sources. */
const evidenceNote = z.strictObject({ text: nonEmpty, ...sourced });

/**
 * A study that claims or notes rely on: who made it and who paid for it, its known limits, and who reads it
 * otherwise, so that evidence used to answer a claim shows both sides, as counter-claims do.
 */
const studySchema = z.strictObject({
  /** The names notes use for the study ("NPL study"); a note that names it must cite it. */
  names: z.array(nonEmpty).check(z.minLength(1)),
  by: nonEmpty,
  commissionedBy: z.strictObject({ value: nonEmpty, ...sourced }),
  caveats: z._default(z.array(evidenceNote), []),
  disputes: z._default(z.array(z.strictObject({ by: nonEmpty, ...evidenceNote.shape })), []),
});

export const timelineFileSchema = z.strictObject({
  events: z.array(
    z.strictObject({
      id,
      date: z.strictObject({ value: fuzzyDate, certainty, evidence: z.optional(nonEmpty) }),
      title: nonEmpty,
      detail: z.optional(nonEmpty),
      sources: sources.check(z.minLength(1, 'every event needs at least one source')),
      study: z.optional(studySchema),
    }),
  ),
});
