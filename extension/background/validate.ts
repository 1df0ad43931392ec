/** Schemas for the messages the background accepts (see shared/messages.ts for the protocol). */
import * as z from 'zod/mini';
import type { ContentRequest } from '../shared/messages';

const id = z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/), z.maxLength(120));

const contentRequest = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('findings/report'),
    count: z.number().check(z.int(), z.gte(0), z.lte(100_000)),
    pageDate: z.nullable(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))),
    paused: z.boolean(),
  }),
  z.object({ type: z.literal('claims/details'), ids: z.array(id).check(z.maxLength(20)) }),
  z.object({ type: z.literal('document/get'), id }),
  z.object({ type: z.literal('tab/frames'), tabId: z.number().check(z.int(), z.gte(0)) }),
]);

// The schema and the protocol's type must describe the same messages.
type Parsed = z.infer<typeof contentRequest>;
const sameShape: [Parsed, ContentRequest] extends [ContentRequest, Parsed] ? true : never = true;
void sameShape;

/** The request if the message is a well-formed content request; null otherwise. */
export function parseContentRequest(message: unknown): ContentRequest | null {
  const result = contentRequest.safeParse(message);
  return result.success ? result.data : null;
}
