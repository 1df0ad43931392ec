/**
 * Reading a claim pack's JSON text defensively: a size limit checked before anything is parsed, nesting
 * depth checked by a scan that never recurses (so 100,000 nested brackets are refused, not a stack
 * overflow), keys that could reach an object's prototype refused, and the line of any path into the text
 * found again for error messages.
 */
import { PACK_LIMITS } from './limits';

export type JsonPath = ReadonlyArray<string | number>;

/** A problem with a pack: where (the item, the field as a path, the line) and what. */
export interface PackProblem {
  /** Path into the pack's JSON: ["claims", 3, "claimant", "name"]. Empty for the file as a whole. */
  path: JsonPath;
  /** The id or name of the item the problem is in, when it has one. */
  item?: string;
  line?: number;
  message: string;
}

/** Keys that JSON.parse keeps as plain data but that later copying could turn into a prototype change. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * The depth of the deepest nesting of objects and arrays in JSON text, scanning once, outside strings;
 * stops as soon as `limit` is passed.
 */
export function nestingDepth(text: string, limit = Infinity): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 0x5c /* \ */) i++;
      else if (ch === 0x22 /* " */) inString = false;
    } else if (ch === 0x22) inString = true;
    else if (ch === 0x7b /* { */ || ch === 0x5b /* [ */) {
      depth++;
      if (depth > deepest) deepest = depth;
      if (deepest > limit) return deepest;
    } else if (ch === 0x7d /* } */ || ch === 0x5d /* ] */) depth--;
  }
  return deepest;
}

/** The line (1-based) of character `offset` in `text`. */
function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 0x0a) line++;
  return line;
}

/**
 * Parses pack text as JSON within PACK_LIMITS. Returns the value, or the problems that stop it (too
 * large, too deep, not JSON with its line, a forbidden key with its path).
 */
export function readPackJson(text: string): { value: unknown } | { problems: PackProblem[] } {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > PACK_LIMITS.bytes)
    return {
      problems: [
        {
          path: [],
          message: `the file is ${(bytes / 1e6).toFixed(1)} MB; a pack can be at most ${PACK_LIMITS.bytes / 1e6} MB`,
        },
      ],
    };
  const depth = nestingDepth(text, PACK_LIMITS.depth);
  if (depth > PACK_LIMITS.depth)
    return {
      problems: [{ path: [], message: `nested more than ${PACK_LIMITS.depth} levels deep: not a claim pack` }],
    };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    // Engines word (and place) the fault differently; the offset comes from our own scan.
    const at = syntaxErrorAt(text);
    const message = err instanceof Error ? err.message.replace(/^JSON\.parse: /, '').split('\n')[0]! : String(err);
    return {
      problems: [
        {
          path: [],
          line: lineAt(text, at),
          message: at >= text.length ? 'not valid JSON: the file ends too soon' : `not valid JSON: ${message}`,
        },
      ],
    };
  }
  const forbidden = forbiddenKeys(value);
  if (forbidden.length > 0)
    return {
      problems: forbidden.map((path) => ({
        path,
        line: lineOf(text, path),
        message: `the key "${String(path.at(-1))}" is not allowed in a claim pack`,
      })),
    };
  return { value };
}

/**
 * The offset of the first syntax error in JSON text (text.length if it ends too soon; -1 if there is none),
 * by a scan with an explicit stack: where the engine's message may not say.
 */
export function syntaxErrorAt(text: string): number {
  const n = text.length;
  let i = 0;
  const stack: string[] = [];
  let state: 'value' | 'valueOrEnd' | 'key' | 'keyOrEnd' | 'colon' | 'next' = 'value';
  /** Moves past a string starting at i; false (i at the fault) if it is not one. */
  const string = (): boolean => {
    i++;
    while (i < n && text[i] !== '"') {
      if (text.charCodeAt(i) < 0x20) return false;
      i += text[i] === '\\' ? 2 : 1;
    }
    if (i >= n) return false;
    i++;
    return true;
  };
  const NUMBER_OR_WORD = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;
  for (;;) {
    while (i < n && ' \t\n\r'.includes(text[i]!)) i++;
    if (i >= n) return stack.length === 0 && state === 'next' ? -1 : n;
    const ch = text[i]!;
    const top = stack.at(-1);
    switch (state) {
      case 'valueOrEnd':
      case 'value':
        if (state === 'valueOrEnd' && ch === ']') {
          stack.pop();
          i++;
          state = 'next';
        } else if (ch === '{' || ch === '[') {
          stack.push(ch);
          i++;
          state = ch === '{' ? 'keyOrEnd' : 'valueOrEnd';
        } else if (ch === '"') {
          if (!string()) return i;
          state = 'next';
        } else {
          NUMBER_OR_WORD.lastIndex = i;
          if (!NUMBER_OR_WORD.test(text)) return i;
          i = NUMBER_OR_WORD.lastIndex;
          state = 'next';
        }
        break;
      case 'keyOrEnd':
      case 'key':
        if (state === 'keyOrEnd' && ch === '}') {
          stack.pop();
          i++;
          state = 'next';
        } else {
          if (ch !== '"' || !string()) return i;
          state = 'colon';
        }
        break;
      case 'colon':
        if (ch !== ':') return i;
        i++;
        state = 'value';
        break;
      case 'next':
        if (top === undefined) return i;
        if (ch === ',') {
          i++;
          state = top === '{' ? 'key' : 'value';
        } else if ((ch === '}' && top === '{') || (ch === ']' && top === '[')) {
          stack.pop();
          i++;
        } else return i;
        break;
    }
  }
}

/** Paths of the forbidden keys in a parsed value (walked with a stack, not recursion). */
function forbiddenKeys(value: unknown): JsonPath[] {
  const found: JsonPath[] = [];
  const stack: Array<[unknown, JsonPath]> = [[value, []]];
  while (stack.length > 0 && found.length < PACK_LIMITS.problems) {
    const [node, path] = stack.pop()!;
    if (Array.isArray(node)) node.forEach((v, i) => stack.push([v, [...path, i]]));
    else if (node !== null && typeof node === 'object')
      for (const key of Object.keys(node)) {
        if (FORBIDDEN_KEYS.has(key)) found.push([...path, key]);
        else stack.push([(node as Record<string, unknown>)[key], [...path, key]]);
      }
  }
  return found;
}

/**
 * The line where `path` is found in JSON `text` (the deepest part of it that exists), by a scan that
 * follows the path token by token. Undefined if the text is not shaped like the path.
 */
export function lineOf(text: string, path: JsonPath): number | undefined {
  let i = 0;
  const skipSpace = () => {
    while (i < text.length && /\s/.test(text[i]!)) i++;
  };
  const skipString = () => {
    i++;
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    i++;
  };
  /** Skips one value of any kind, counting brackets outside strings. */
  const skipValue = () => {
    skipSpace();
    if (text[i] === '"') return skipString();
    if (text[i] !== '{' && text[i] !== '[') {
      while (i < text.length && !/[,}\]\s]/.test(text[i]!)) i++;
      return;
    }
    let depth = 0;
    do {
      if (text[i] === '"') {
        skipString();
        continue;
      }
      if (text[i] === '{' || text[i] === '[') depth++;
      else if (text[i] === '}' || text[i] === ']') depth--;
      i++;
    } while (i < text.length && depth > 0);
  };
  let found = 0;
  skipSpace();
  for (const key of path) {
    if (typeof key === 'number') {
      if (text[i] !== '[') break;
      i++;
      let n = 0;
      skipSpace();
      while (n < key && i < text.length && text[i] !== ']') {
        skipValue();
        skipSpace();
        if (text[i] === ',') i++;
        skipSpace();
        n++;
      }
      if (n !== key || text[i] === ']') break;
      found = i;
    } else {
      if (text[i] !== '{') break;
      i++;
      let matched = false;
      for (;;) {
        skipSpace();
        if (text[i] !== '"') break;
        const start = i;
        skipString();
        const name = JSON.parse(text.slice(start, i)) as string;
        skipSpace();
        i++; // the colon
        skipSpace();
        if (name === key) {
          found = start;
          matched = true;
          break;
        }
        skipValue();
        skipSpace();
        if (text[i] === ',') i++;
      }
      if (!matched) break;
    }
  }
  return lineAt(text, found);
}
