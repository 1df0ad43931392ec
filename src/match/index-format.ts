/**
 * The compact forms in which the largest parts of the claim index are shipped. The content script
 * carries the whole index, so its size counts on every page: lists of short words are stored as one
 * space-separated string per shared value, and records as tuples rather than objects. Each `store`
 * function has a `read` function that gives back what it was given (the gate weights rounded up).
 */
import type { CoreTerm, FrameData } from './frame';

export type PhrasingKind = 'excerpt' | 'statement' | 'variant';

/** One claim wording, as the matcher uses it before weighting. */
export interface Phrasing {
  claim: number;
  kind: PhrasingKind;
  /** The wording itself, kept for excerpts only (quotation checks need it; the rest is in the database). */
  text?: string;
  concepts: number[];
  /** Whether the wording contains a negation. */
  negated: boolean;
}

/** A wording as stored: [claim, kind's first letter, negated (1) or not (0), concepts, text of an excerpt]. */
export type StoredPhrasing =
  [number, 'e' | 's' | 'v', 0 | 1, number[]] | [number, 'e' | 's' | 'v', 0 | 1, number[], string];

const KINDS = { e: 'excerpt', s: 'statement', v: 'variant' } as const;

export function storePhrasing(p: Phrasing): StoredPhrasing {
  const kind = p.kind === 'excerpt' ? 'e' : p.kind === 'statement' ? 's' : 'v';
  const negated = p.negated ? 1 : 0;
  return p.text === undefined ? [p.claim, kind, negated, p.concepts] : [p.claim, kind, negated, p.concepts, p.text];
}

export function readPhrasing(s: StoredPhrasing): Phrasing {
  const p: Phrasing = { claim: s[0], kind: KINDS[s[1]], concepts: s[3], negated: s[2] === 1 };
  if (s[4] !== undefined) p.text = s[4];
  return p;
}

/**
 * The gates' word weights, rounded up to this step: a gate only compares a word's weight (or a few added
 * up) with a threshold, and rounding up never lets it skip a word it would have read.
 */
const GATE_STEP = 0.05;

/** Word weights for the gates as [weight, "stem stem ..."]. */
export type StoredGate = Array<[number, string]>;

export function storeGate(gate: ReadonlyMap<string, number>): StoredGate {
  const byWeight = new Map<number, string[]>();
  for (const [stem, weight] of gate) {
    const rounded = Math.round(Math.ceil(weight / GATE_STEP - 1e-9) * GATE_STEP * 1000) / 1000;
    const list = byWeight.get(rounded) ?? [];
    list.push(stem);
    byWeight.set(rounded, list);
  }
  return [...byWeight].sort((a, b) => a[0] - b[0]).map(([weight, stems]) => [weight, stems.sort().join(' ')]);
}

export function readGate(stored: StoredGate): Map<string, number> {
  const gate = new Map<string, number>();
  for (const [weight, stems] of stored) for (const stem of stems.split(' ')) gate.set(stem, weight);
  return gate;
}

/**
 * A frame as stored: [who, core, time?]. The core is one string: groups on lines, alternatives separated
 * by "|", each "@id" (a thesaurus group), "#value" (a proportion) or its word stems separated by spaces.
 */
export type StoredFrame = [number[], string] | [number[], string, [number, number]];

export function storeFrame(f: FrameData): StoredFrame {
  const core = f.core
    .map((group) =>
      group.map((t) => ('group' in t ? `@${t.group}` : 'figure' in t ? `#${t.figure}` : t.stems.join(' '))).join('|'),
    )
    .join('\n');
  return f.time ? [f.who, core, f.time] : [f.who, core];
}

export function readFrame(s: StoredFrame): FrameData {
  const core = s[1].split('\n').map((group) =>
    group.split('|').map((t): CoreTerm => {
      if (t.startsWith('@')) return { group: Number(t.slice(1)) };
      if (t.startsWith('#')) return { figure: Number(t.slice(1)) };
      return { stems: t.split(' ') };
    }),
  );
  return s[2] ? { who: s[0], core, time: s[2] } : { who: s[0], core };
}
