/** A pack file read in chunks (extension/options/text-chunks.ts): the same text, never a chunk too long. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textChunks } from '../../../extension/options/text-chunks';

async function read(blob: Blob, max: number): Promise<{ chunks: string[]; reads: number[] }> {
  const chunks: string[] = [];
  const reads: number[] = [];
  for await (const { chunk, read } of textChunks(blob, max)) {
    chunks.push(chunk);
    reads.push(read);
  }
  return { chunks, reads };
}

describe('textChunks', () => {
  it('gives back the text exactly, in chunks of at most the limit, characters split across slices decoded whole', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: 'grapheme', maxLength: 300 }),
        fc.integer({ min: 5, max: 40 }),
        async (text, max) => {
          const blob = new Blob([text]);
          const { chunks, reads } = await read(blob, max);
          expect(chunks.join('')).toBe(text);
          for (const c of chunks) expect(c.length).toBeLessThanOrEqual(max);
          // Progress only goes up, and ends at the whole file.
          expect([...reads].sort((a, b) => a - b)).toEqual(reads);
          if (text) expect(reads.at(-1)).toBe(blob.size);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('refuses bytes that are not UTF-8', async () => {
    await expect(read(new Blob([new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])]), 16)).rejects.toThrow();
  });
});
