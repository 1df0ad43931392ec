/**
 * `npm run scan -- [--format human|json|annotations] [--claims PACK]... [--seeds-only] [--lines] [--floor X] <file|dir|->...`
 *
 * Scans HTML pages (parsed with happy-dom and extracted by the same src/page code as the content
 * script), text files, folders of them, and standard input (`-`), and reports every sentence that
 * states a known claim: the seed claims and the claims since 2023 (the pack that comes with ClaimLens, on
 * as in the extension), and any pack given. One bad input is reported and the others are still scanned.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { quoteIn, toWebAnnotations } from '../annotations/web-annotation';
import type { ClaimDatabase } from '../claims/types';
import { CONCEPTS } from '../match/lexicon';
import { SCORE } from '../match/score';
import { formatPackProblem, readPack } from '../packs/pack';
import { listFiles } from './pages';
import { loadScanner, readInput, scanDocument, toHuman, toJson } from './scan-document';
import { readClaimDatabase, REPO_ROOT } from './seeds';
import { updatePackDatabase } from './update-pack';

const USAGE = `Usage: npm run scan -- [options] <file|dir|->...

Flags sentences that state a known claim about police live facial recognition.

Inputs:  .html/.htm pages, .txt files, folders of them (recursively), and - for standard input.
Options:
  --format F     human (a table, the default), json (one JSON object per input document per line), or
                 annotations (one JSON array of W3C Web Annotations for every input, for annotation tools)
  --json         the same as --format json
  --claims PACK  add the claims of a claim pack (ClaimLens pack or schema.org ClaimReview JSON); repeatable
  --seeds-only   leave out the claims since 2023 (the pack that comes with ClaimLens, on by default)
  --lines        every input line is its own document (for lists of single sentences)
  --floor X      highlight matches scoring at least X (0-1; default: the extension's default, ${SCORE.floor});
                 weaker ones, down to ${SCORE.relatedFloor}, and sentences disputing a claim are listed as possible
  -h, --help     show this help`;

function readSource(path: string): string {
  return path === '-' ? readFileSync(0, 'utf8') : readFileSync(path, 'utf8');
}

function main(): number {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        format: { type: 'string' },
        claims: { type: 'string', multiple: true, default: [] },
        'seeds-only': { type: 'boolean', default: false },
        lines: { type: 'boolean', default: false },
        floor: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (err) {
    console.error(`${(err as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help || positionals.length === 0) {
    console.log(USAGE);
    return values.help ? 0 : 2;
  }
  const floor = values.floor === undefined ? undefined : Number(values.floor);
  if (floor !== undefined && !(floor >= 0 && floor <= 1)) {
    console.error(`--floor must be a number between 0 and 1, not "${values.floor}"`);
    return 2;
  }
  const highlightFloor = floor ?? SCORE.floor;
  const format = values.format ?? (values.json ? 'json' : 'human');
  if (!['human', 'json', 'annotations'].includes(format)) {
    console.error(`--format must be human, json or annotations, not "${format}"`);
    return 2;
  }
  const packs = readPacks(values.claims);
  if (!packs) return 2;
  const withBuiltIn = values['seeds-only'] ? packs : [updatePackDatabase(), ...packs];
  const { matcher, db } = loadScanner(highlightFloor, withBuiltIn);
  const annotations: unknown[] = [];
  const created = new Date().toISOString();
  const version = (JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string }).version;

  let failures = 0;
  const report = (input: string, message: string) => {
    failures++;
    if (values.json) console.log(JSON.stringify({ input, error: message }));
    else console.error(`${input}: ${message}`);
  };
  for (const arg of positionals) {
    let files: string[];
    try {
      files = arg !== '-' && statSync(arg).isDirectory() ? listFiles(arg, ['.html', '.htm', '.txt']) : [arg];
    } catch (err) {
      report(arg, describe(err));
      continue;
    }
    for (const file of files) {
      try {
        for (const input of readInput(file, readSource(file), values.lines)) {
          const result = scanDocument(matcher, input, highlightFloor);
          if (format === 'annotations') {
            const source = file === '-' ? 'urn:claimlens:stdin' : pathToFileURL(resolve(file)).href;
            const findings = result.matches.map((f) => ({ ...f, ...quoteIn(input.text, f.start, f.end) }));
            const page = { source, findings };
            annotations.push(...toWebAnnotations(page, db, { name: 'ClaimLens', version }, created));
          } else console.log(format === 'json' ? toJson(result, db) : toHuman(result, db));
        }
      } catch (err) {
        report(file, describe(err));
      }
    }
  }
  if (format === 'annotations') console.log(JSON.stringify(annotations, null, 2));
  return failures > 0 ? 1 : 0;
}

/** The packs' claims, or null (their problems printed) if a pack cannot be read. */
function readPacks(paths: readonly string[]): ClaimDatabase[] | null {
  const bundled = readClaimDatabase();
  const packs: ClaimDatabase[] = [];
  for (const path of paths) {
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (err) {
      console.error(`${path}: ${describe(err)}`);
      return null;
    }
    const reading = readPack(text, basename(path), { bundled, frameGroups: new Set(Object.keys(CONCEPTS)) });
    if (!reading.pack) {
      console.error(`${path}: not a usable claim pack (${reading.problems.length + reading.more} problem(s)):`);
      for (const p of reading.problems) console.error(`  ${formatPackProblem(p)}`);
      if (reading.more > 0) console.error(`  …and ${reading.more} more`);
      return null;
    }
    packs.push(reading.pack.database);
  }
  return packs;
}

function describe(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  if (e.code === 'ENOENT') return 'no such file or folder';
  if (e.code === 'EACCES') return 'permission denied';
  if (e.code === 'EISDIR') return 'is a folder';
  return e.message ?? String(err);
}

process.exitCode = main();
