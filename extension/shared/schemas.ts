/**
 * Schemas of the message protocol (messages.ts): the background checks what reaches it, the sidebar and
 * the popup check what the background pushes to them. A message that does not match is dropped whole.
 * The content script checks its few messages with isToPage, held to `toPage` here by a property test.
 */
import * as z from 'zod/mini';
import type {
  FindingSummary,
  PackImportRequest,
  PageState,
  TabPage,
  ToBackground,
  ToPage,
  ToUi,
  UiToBackground,
} from './messages';
import { MAX_INDEX, PACK_CHUNK_CHARS } from './messages';

/** Bounds that no real page reaches; a message past them is refused rather than stored. */
export const LIMITS = { findings: 10_000, sentence: 20_000, host: 253, url: 8_192, frames: 1_000 } as const;

const id = z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/), z.maxLength(120));
const count = z.number().check(z.int(), z.gte(0), z.lt(MAX_INDEX));
const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));

const sentence = z.string().check(z.minLength(1), z.maxLength(LIMITS.sentence));
const verdict = z.enum(['right-claim', 'not-this-claim']);

const findingSummary = z.object({
  index: count,
  claimId: id,
  score: z.number().check(z.gte(0), z.lte(1)),
  kind: z.enum(['quote', 'paraphrase', 'disputes']),
  text: z.string().check(z.maxLength(LIMITS.sentence)),
  attributedTo: z.optional(z.string().check(z.maxLength(200))),
  prefix: z.string().check(z.maxLength(64)),
  suffix: z.string().check(z.maxLength(64)),
  start: z.optional(count),
  end: z.optional(count),
  related: z.optional(z.literal(true)),
});

export const pageState = z.object({
  host: z.string().check(z.maxLength(LIMITS.host)),
  url: z.string().check(z.maxLength(LIMITS.url)),
  pageDate: z.nullable(isoDate),
  paused: z.boolean(),
  findings: z.array(findingSummary).check(z.maxLength(LIMITS.findings)),
  related: z.array(findingSummary).check(z.maxLength(LIMITS.findings)),
  dismissed: count,
  rejected: count,
});

export const toBackground = z.discriminatedUnion('type', [
  z.object({ type: z.literal('page/state'), state: pageState }),
  z.object({ type: z.literal('claims/details'), ids: z.array(id).check(z.maxLength(20)) }),
  z.object({ type: z.literal('document/get'), id }),
  z.object({ type: z.literal('pack/enable'), id, enabled: z.boolean() }),
  z.object({ type: z.literal('pack/remove'), id }),
  z.object({
    type: z.literal('verdict/set'),
    sentence,
    claimId: id,
    verdict,
    host: z.optional(z.string().check(z.maxLength(LIMITS.host))),
  }),
  z.object({
    type: z.literal('verdict/remove'),
    record: z.object({
      sentence,
      claimId: z.string().check(z.maxLength(200)),
      verdict,
      site: z.optional(z.string().check(z.maxLength(LIMITS.host))),
      version: z.string().check(z.maxLength(40)),
    }),
  }),
  z.object({ type: z.literal('verdicts/clear') }),
]);

/**
 * A pack file's text is checked by readPack itself; here only that it comes as text, in chunks (the
 * background adds up their size).
 */
export const packImportRequest = z.discriminatedUnion('type', [
  z.object({ type: z.literal('pack/chunk'), text: z.string().check(z.maxLength(PACK_CHUNK_CHARS)) }),
  z.object({ type: z.literal('pack/import'), fileName: z.string().check(z.maxLength(260)), validOnly: z.boolean() }),
]);

const tabId = z.number().check(z.int(), z.gte(0));

export const uiToBackground = z.object({ type: z.literal('tab/watch'), tabId });

const tabPage = z.discriminatedUnion('status', [
  z.object({ status: z.literal('loading') }),
  z.object({ status: z.literal('unavailable') }),
  z.object({
    status: z.literal('ready'),
    frames: z
      .array(z.object({ frameId: z.number().check(z.int(), z.gte(0)), state: pageState }))
      .check(z.maxLength(LIMITS.frames)),
  }),
]);

export const toUi = z.object({ type: z.literal('tab/page'), tabId, page: tabPage });

/** An installed pack as the list in storage holds it (shared/packs.ts). */
export const packEntry = z.object({
  id: z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/), z.maxLength(80)),
  name: z.string().check(z.maxLength(200)),
  version: z.string().check(z.maxLength(60)),
  publisher: z.string().check(z.maxLength(400)),
  format: z.enum(['claimlens', 'claimreview']),
  claims: z.number().check(z.int(), z.gte(0)),
  importedOn: z.string().check(z.maxLength(40)),
  enabled: z.boolean(),
  /** The pack comes with ClaimLens (installed by it; it can be switched off, not removed). */
  builtIn: z.optional(z.boolean()),
});

const packProblem = z.object({
  path: z.array(z.union([z.string(), z.number()])),
  item: z.optional(z.string()),
  line: z.optional(z.number()),
  message: z.string(),
});

export const toSettings = z.discriminatedUnion('type', [
  z.object({ type: z.literal('pack/progress'), stage: z.enum(['checking', 'saving', 'compiling']) }),
  z.object({
    type: z.literal('pack/result'),
    result: z.union([
      z.object({ ok: z.literal(true), entry: packEntry, replaced: z.boolean() }),
      z.object({ ok: z.literal(false), problems: z.array(packProblem), more: count, items: count, valid: count }),
    ]),
  }),
]);

export const toPage = z.discriminatedUnion('type', [
  z.object({ type: z.literal('finding/step'), direction: z.union([z.literal(1), z.literal(-1)]) }),
  z.object({ type: z.literal('page/report') }),
  z.object({ type: z.literal('finding/open'), index: count, related: z.optional(z.boolean()) }),
  z.object({ type: z.literal('finding/dismiss'), index: count }),
]);

// Each schema and the protocol's type must describe the same messages: a change to one without the
// other fails the type check.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const sameShapes: [
  Same<z.infer<typeof findingSummary>, FindingSummary>,
  Same<z.infer<typeof pageState>, PageState>,
  Same<z.infer<typeof toBackground>, ToBackground>,
  Same<z.infer<typeof uiToBackground>, UiToBackground>,
  Same<z.infer<typeof tabPage>, TabPage>,
  Same<z.infer<typeof toUi>, ToUi>,
  Same<z.infer<typeof toPage>, ToPage>,
  Same<z.infer<typeof packImportRequest>, PackImportRequest>,
] = [true, true, true, true, true, true, true, true];
void sameShapes;

/** The message if it matches `schema`; null otherwise. */
export function parse<T>(schema: z.ZodMiniType<T>, message: unknown): T | null {
  const result = schema.safeParse(message);
  return result.success ? result.data : null;
}
