/**
 * `npm run scan -- [--json] [--lines] [--floor X] <file|dir|->...`
 *
 * Scans HTML pages (parsed with happy-dom and extracted by the same src/page code as the content
 * script), text files, folders of them, and standard input (`-`), and reports every sentence that
 * states a known claim. One bad input is reported and the others are still scanned.
 */
import { readFileSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { SCORE } from '../match/score';
import { listFiles } from './pages';
import { loadScanner, readInput, scanDocument, toHuman, toJson } from './scan-document';

const USAGE = `Usage: npm run scan -- [options] <file|dir|->...

Flags sentences that state a known claim about police live facial recognition.

Inputs:  .html/.htm pages, .txt files, folders of them (recursively), and - for standard input.
Options:
  --json         one JSON object per input document per line
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
  const { matcher, db } = loadScanner(highlightFloor);

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
          console.log(values.json ? toJson(result, db) : toHuman(result, db));
        }
      } catch (err) {
        report(file, describe(err));
      }
    }
  }
  return failures > 0 ? 1 : 0;
}

function describe(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  if (e.code === 'ENOENT') return 'no such file or folder';
  if (e.code === 'EACCES') return 'permission denied';
  if (e.code === 'EISDIR') return 'is a folder';
  return e.message ?? String(err);
}

process.exitCode = main();
