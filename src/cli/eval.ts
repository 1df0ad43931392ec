/**
 * `npm run eval`: measures the matcher on the labelled development set (single sentences, no page
 * context), on labelled real articles scanned whole (page-level precision and recall, eval-articles.ts), and
 * counts what it flags on a folder of real pages that are not about the topic.
 *
 *   npm run eval -- [--dev FILE] [--articles DIR] [--pages DIR] [--floor X] [--templates] [--verbose]
 *                   [--verdicts FILE] [--pack-labels FILE]
 *
 * Each measure is taken with the seed claims alone, then with the pack that comes with ClaimLens switched
 * on as well (as the extension starts): its claims are scored on the articles with its own labels
 * (`--pack-labels`, packs/since-2023/eval/articles.json), and the seeds' figures must not change.
 * `--verdicts FILE` adds the reader's verdicts exported from the settings page (eval-verdicts.ts).
 *
 * A match is correct when the returned claim has an excerpt that overlaps the labelled seed excerpt in
 * the same seed document (the labelled excerpt may occur in several documents: any occurrence counts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { articleReport, evaluateArticles } from './eval-articles';
import { evaluate, fitCalibration, type DevSet } from './eval-core';
import { evaluateTemplates, templateReport, TEMPLATES } from './eval-templates';
import { evaluateVerdicts, verdictsReport } from './eval-verdicts';
import { readVerdictsFile } from '../verdicts/file';
import { loadMatcher } from './load-matcher';
import { scanPagesDir } from './pages';
import { REPO_ROOT } from './seeds';
import { UPDATE_PACK_LABELS, updatePackDatabase } from './update-pack';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      dev: { type: 'string', default: resolve(REPO_ROOT, '../shared/eval/dev.json') },
      pages: { type: 'string', default: resolve(REPO_ROOT, '../shared/pages') },
      articles: { type: 'string', default: resolve(REPO_ROOT, '../shared/eval/articles') },
      floor: { type: 'string' },
      verbose: { type: 'boolean', short: 'v', default: false },
      calibrate: { type: 'boolean', default: false },
      templates: { type: 'boolean', default: false },
      verdicts: { type: 'string' },
      'pack-labels': { type: 'string', default: UPDATE_PACK_LABELS },
    },
  });
  const options = values.floor === undefined ? {} : { floor: Number(values.floor) };
  const { matcher, db } = loadMatcher(options);
  const pack = updatePackDatabase();
  const withPack = loadMatcher(options, db, [pack]);
  console.log(
    `ClaimLens eval: ${db.claims.length} seed claims, and ${pack.claims.length} claims since 2023 (the pack that comes with ClaimLens); floor ${matcher.floor}`,
  );
  if (existsSync(values.dev)) {
    const dev = JSON.parse(readFileSync(values.dev, 'utf8')) as DevSet;
    console.log(`\nDevelopment set (${values.dev}), single sentences without page context:`);
    for (const line of evaluate(matcher, db, dev, values.verbose)) console.log(line);
    console.log(
      `With the claims since 2023 switched on as well (the pack's claims are never these sentences' claims):`,
    );
    for (const line of evaluate(withPack.matcher, withPack.db, dev, values.verbose)) console.log(line);
    if (values.calibrate) {
      const fit = fitCalibration(matcher, db, dev);
      console.log(
        `\nCalibration fitted on ${fit.n} matches: calibrationSlope ${fit.slope.toFixed(2)}, calibrationCentre ${fit.centre.toFixed(3)} (src/match/score.ts)`,
      );
    }
  } else console.log(`\nNo development set at ${values.dev} (pass --dev FILE).`);
  if (values.verdicts !== undefined) {
    const file = readVerdictsFile(readFileSync(values.verdicts, 'utf8'));
    console.log(`\nThe reader's verdicts (${values.verdicts}), ${file.verdicts.length} sentences read alone:`);
    for (const line of verdictsReport(evaluateVerdicts(matcher, db, file), values.verbose)) console.log(line);
  }
  if (existsSync(values.articles)) {
    console.log(`\nArticles (${values.articles}), each scanned whole as one document, with the seed claims:`);
    const bare = evaluateArticles(matcher, db, values.articles);
    for (const line of articleReport(bare, values.verbose)) console.log(line);
    const labels = existsSync(values['pack-labels']) ? values['pack-labels'] : undefined;
    console.log(
      `\nThe same articles with the claims since 2023 switched on as well (labels for them: ${labels ?? 'none found'}):`,
    );
    const both = evaluateArticles(withPack.matcher, withPack.db, values.articles, labels);
    for (const line of articleReport(both, values.verbose)) console.log(line);
    if (values.templates) {
      console.log(`\nThe same articles inside ${TEMPLATES.length} real news-page templates (${values.pages}):`);
      const results = await evaluateTemplates(matcher, db, values.articles, values.pages);
      for (const line of templateReport(results, bare, values.verbose)) console.log(line);
    }
  } else console.log(`\nNo labelled articles at ${values.articles} (pass --articles DIR).`);
  if (existsSync(values.pages)) {
    const result = await scanPagesDir(withPack.matcher, values.pages);
    console.log(
      `\nPages in ${values.pages}, with the claims since 2023 on: ${result.pages} pages, ${result.sentences} sentences flagged`,
    );
    for (const f of result.flagged)
      console.log(`  ${f.page}: ${f.claimId} ${f.score.toFixed(2)} ${f.text.slice(0, 160)}`);
  } else console.log(`\nNo pages folder at ${values.pages} (pass --pages DIR).`);
}

await main();
