/**
 * Vite plugin providing the claim data to the extension as virtual modules, built in Node at build time:
 *
 * - `virtual:claimlens/index`: a function returning the matcher's compiled index (what the content
 *   script needs), parsed on each call (the content script calls it once);
 * - `virtual:claimlens/database`: the validated claim database (claims, documents, timeline);
 * - `virtual:claimlens/word-counts`: the general-English counts of the stems frequent enough to weigh
 *   less (src/match/specificity.ts), for compiling claim packs in the extension;
 * - `virtual:claimlens/update-pack`: the pack file of the claims since 2023 (`packs/since-2023/`,
 *   src/cli/update-pack.ts), which the background installs as a pack of its own.
 *
 * Loading validates `seeds/` and the bundled pack; any problem fails the build with the file, the claim id
 * and the field.
 *
 * Both are JSON text in a string literal, given to JSON.parse: a string is much cheaper for the engine
 * to read than an object literal of the same size. In a build, the literal is written in single quotes
 * after minification (the minifier would turn it into a template literal, which Chromium reads more
 * slowly: about 5 ms more for the index, measured on the content script's evaluation).
 */
import type { Plugin } from 'vite';
import { ClaimDatabaseError } from '../src/claims/load';
import { compileClaimIndex } from '../src/match/compile';
import { readClaimDatabase, SEEDS_DIR } from '../src/cli/seeds';
import { buildUpdatePack, UPDATE_PACK_DIR } from '../src/cli/update-pack';
import { frequentStemCounts, specificity } from '../src/cli/word-frequency';

const MODULES = [
  'virtual:claimlens/index',
  'virtual:claimlens/database',
  'virtual:claimlens/word-counts',
  'virtual:claimlens/update-pack',
];

/** JSON text as a JavaScript string literal in single quotes (JSON text has no line breaks to escape). */
export function singleQuoted(json: string): string {
  return `'${json.replace(/[\\']/g, '\\$&')}'`;
}

export function claimDataPlugin(): Plugin {
  let building = false;
  /** Placeholder identifier → the string literal it stands for, put back in generateBundle. */
  const literals = new Map<string, string>();
  const literal = (name: string, json: string): string => {
    if (!building) return singleQuoted(json);
    const placeholder = `__CLAIMLENS_${name}_JSON__`;
    literals.set(placeholder, singleQuoted(json));
    return placeholder;
  };
  return {
    name: 'claimlens:claim-data',
    configResolved(config) {
      building = config.command === 'build';
    },
    resolveId(id) {
      return MODULES.includes(id) ? `\0${id}` : undefined;
    },
    load(id) {
      if (!id.startsWith('\0virtual:claimlens/')) return undefined;
      if (id.endsWith('/word-counts'))
        return `export default JSON.parse(${literal('WORD_COUNTS', JSON.stringify(frequentStemCounts()))});`;
      this.addWatchFile(SEEDS_DIR);
      let db;
      try {
        db = readClaimDatabase();
      } catch (err) {
        if (err instanceof ClaimDatabaseError) this.error(err.message);
        throw err;
      }
      if (id.endsWith('/update-pack')) {
        this.addWatchFile(UPDATE_PACK_DIR);
        let built;
        try {
          built = buildUpdatePack(UPDATE_PACK_DIR, db);
        } catch (err) {
          if (err instanceof ClaimDatabaseError) this.error(err.message);
          throw err;
        }
        // Its header beside it: the background checks what is installed without reading the pack.
        const { id: packId, version } = built.header;
        return `export const header = ${JSON.stringify({ id: packId, version })};\nexport default ${literal('UPDATE_PACK', built.text)};`;
      }
      if (id.endsWith('/database')) return `export default JSON.parse(${literal('DATABASE', JSON.stringify(db))});`;
      // The index is parsed when asked for, in a task of its own, not while the content script is being
      // evaluated. Nothing keeps the parsed data: once the caller has built its lookup structures from
      // it, what they do not use is garbage at once instead of being carried along by the collector.
      const index = JSON.stringify(compileClaimIndex(db.claims, { specificity, entities: db.entities }));
      return `export default function parseIndexData() {\n  return JSON.parse(${literal('INDEX', index)});\n}`;
    },
    generateBundle(_, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        for (const [placeholder, text] of literals) {
          if (chunk.code.includes(placeholder)) chunk.code = chunk.code.replaceAll(placeholder, () => text);
        }
        if (/__CLAIMLENS_\w+_JSON__/.test(chunk.code)) this.error(`Claim data placeholder left in ${chunk.fileName}`);
      }
    },
  };
}
