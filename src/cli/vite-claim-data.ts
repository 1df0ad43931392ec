/**
 * Vite plugin providing the claim data to the extension as virtual modules, built in Node at build time:
 *
 * - `virtual:claimlens/index`: a function returning the matcher's compiled index (what the content
 *   script needs), parsed on first call;
 * - `virtual:claimlens/database`: the validated claim database (claims, documents, timeline).
 *
 * Loading validates `seeds/`; any problem fails the build with the file, the claim id and the field.
 */
import type { Plugin } from 'vite';
import { ClaimDatabaseError } from '../claims/load';
import { compileClaimIndex } from '../match/compile';
import { readClaimDatabase, SEEDS_DIR } from './seeds';
import { specificity } from './word-frequency';

const MODULES = ['virtual:claimlens/index', 'virtual:claimlens/database'];

export function claimDataPlugin(): Plugin {
  return {
    name: 'claimlens:claim-data',
    resolveId(id) {
      return MODULES.includes(id) ? `\0${id}` : undefined;
    },
    load(id) {
      if (!id.startsWith('\0virtual:claimlens/')) return undefined;
      this.addWatchFile(SEEDS_DIR);
      let db;
      try {
        db = readClaimDatabase();
      } catch (err) {
        if (err instanceof ClaimDatabaseError) this.error(err.message);
        throw err;
      }
      // JSON.parse of a string literal is faster to start than an object literal of the same size.
      if (id.endsWith('/database')) return `export default JSON.parse(${JSON.stringify(JSON.stringify(db))});`;
      // The index is parsed when first asked for, in a task of its own, not while the content script
      // is being evaluated.
      const index = JSON.stringify(compileClaimIndex(db.claims, { specificity }));
      return `let data;\nexport default function indexData() {\n  return (data ??= JSON.parse(${JSON.stringify(index)}));\n}`;
    },
  };
}
