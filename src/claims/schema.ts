/**
 * Schemas for the human-edited files in `seeds/`. Used at build time and in tests, never in the
 * content script (the build ships the validated result, not the validator).
 */
import { z } from 'zod';
import { parseFuzzyDate } from '../dates/fuzzy-date';

const certainty = z.enum(['high', 'medium', 'low', 'unknown', 'contradicted']);

const nonEmpty = z.string().trim().min(1, 'must not be empty');

const fuzzyDate = z.string().refine((s) => parseFuzzyDate(s) !== null, {
  message: 'must be a real date: YYYY, YYYY-MM, YYYY-MM-DD, or an interval A/B with A before B',
});

const url = z.url({ protocol: /^https?$/ });

const attested = <T extends z.ZodType>(value: T) => z.strictObject({ value, certainty, evidence: nonEmpty.optional() });

const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case: lowercase letters, digits and hyphens');

export const sourceSchema = z.strictObject({
  publication: nonEmpty,
  title: nonEmpty.optional(),
  date: fuzzyDate.optional(),
  url: url.optional(),
  note: nonEmpty.optional(),
});

export const documentSchema = z.strictObject({
  id,
  /** Short display name: "IT Pro", "The Voice". */
  name: nonEmpty,
  file: z.string().regex(/^[\w.-]+\.txt$/, 'must be a .txt file name in seeds/documents'),
  publication: attested(nonEmpty),
  headline: attested(nonEmpty),
  author: attested(nonEmpty.nullable()),
  date: attested(fuzzyDate.nullable()),
  url: attested(url.nullable()),
  derivedFrom: attested(nonEmpty).optional(),
  notes: nonEmpty.optional(),
});

export const documentsFileSchema = z.strictObject({ documents: z.array(documentSchema).min(1) });

const figure = z
  .string()
  .regex(
    /^(\d+(\.\d+)?%|\d+(\.\d+)?\/\d+(\.\d+)?|\d+(\.\d+)?)$/,
    'must be a percentage (81%), a ratio (8/42) or a number',
  );

export const claimSchema = z.strictObject({
  id,
  ref: z
    .string()
    .regex(/^C\d{2}$/)
    .optional(),
  statement: nonEmpty,
  excerpts: z.array(z.strictObject({ seed: id, text: nonEmpty })).min(1),
  claimant: z.strictObject({
    name: nonEmpty,
    role: nonEmpty.optional(),
    organisation: nonEmpty,
    certainty,
    note: nonEmpty.optional(),
  }),
  date: attested(fuzzyDate),
  stance: z.enum(['supports', 'opposes', 'neutral']),
  counters: z.array(id).default([]),
  contrasts: z.array(id).default([]),
  measures: z
    .strictObject({ what: nonEmpty, period: fuzzyDate.optional(), periodLabel: nonEmpty.optional() })
    .optional(),
  context: z
    .array(z.strictObject({ text: nonEmpty, certainty, sources: z.array(sourceSchema).default([]) }))
    .default([]),
  after: z.array(id).default([]),
  variants: z.array(nonEmpty).default([]),
  figures: z.array(figure).default([]),
});

export const timelineFileSchema = z.strictObject({
  events: z
    .array(
      z.strictObject({
        id,
        date: attested(fuzzyDate),
        title: nonEmpty,
        detail: nonEmpty.optional(),
        sources: z.array(sourceSchema).min(1, 'every event needs at least one source'),
      }),
    )
    .min(1),
});

export type ClaimInput = z.infer<typeof claimSchema>;
