/**
 * The reader's verdicts as a file: what the settings page exports and `npm run eval -- --verdicts FILE`
 * reads. Each verdict is labelled data for the matcher: a sentence, the claim ClaimLens said it states,
 * and whether the reader agreed ("right-claim") or not ("not-this-claim"), with the ClaimLens version
 * that showed it. Sites are not exported: the file says what was read, not where.
 *
 *   { "format": "claimlens-verdicts", "formatVersion": 1, "claimlensVersion": "0.2.0",
 *     "verdicts": [{ "sentence": "…", "claimId": "…", "verdict": "not-this-claim", "version": "0.2.0" }] }
 */

export const VERDICTS_FORMAT = 'claimlens-verdicts';
export const VERDICTS_FORMAT_VERSION = 1;

export type Verdict = 'right-claim' | 'not-this-claim';

export interface LabelledVerdict {
  sentence: string;
  claimId: string;
  verdict: Verdict;
  /** The ClaimLens version that showed the finding. */
  version: string;
}

export interface VerdictsFile {
  format: typeof VERDICTS_FORMAT;
  formatVersion: typeof VERDICTS_FORMAT_VERSION;
  /** The version that wrote the file. */
  claimlensVersion: string;
  verdicts: LabelledVerdict[];
}

/** The file's text for `verdicts` (extra fields, such as the site, are left out). */
export function writeVerdictsFile(verdicts: readonly LabelledVerdict[], claimlensVersion: string): string {
  const file: VerdictsFile = {
    format: VERDICTS_FORMAT,
    formatVersion: VERDICTS_FORMAT_VERSION,
    claimlensVersion,
    verdicts: verdicts.map(({ sentence, claimId, verdict, version }) => ({ sentence, claimId, verdict, version })),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

const isLabelledVerdict = (v: unknown): v is LabelledVerdict => {
  const r = v as Partial<Record<keyof LabelledVerdict, unknown>> | null;
  return (
    typeof r === 'object' &&
    r !== null &&
    typeof r.sentence === 'string' &&
    r.sentence.length > 0 &&
    typeof r.claimId === 'string' &&
    (r.verdict === 'right-claim' || r.verdict === 'not-this-claim') &&
    typeof r.version === 'string'
  );
};

/** Reads a verdicts file; throws an Error that says what is wrong (the item's index for a bad verdict). */
export function readVerdictsFile(text: string): VerdictsFile {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new Error(`not JSON: ${(err as Error).message}`, { cause: err });
  }
  const file = data as Partial<VerdictsFile> | null;
  if (typeof file !== 'object' || file === null || file.format !== VERDICTS_FORMAT)
    throw new Error(`not a ClaimLens verdicts file ("format" must be "${VERDICTS_FORMAT}")`);
  if (file.formatVersion !== VERDICTS_FORMAT_VERSION)
    throw new Error(`formatVersion ${String(file.formatVersion)} is not ${VERDICTS_FORMAT_VERSION}`);
  if (!Array.isArray(file.verdicts)) throw new Error('"verdicts" must be a list');
  const bad = file.verdicts.findIndex((v) => !isLabelledVerdict(v));
  if (bad >= 0) throw new Error(`verdicts[${bad}] needs a sentence, a claimId, a verdict and a version`);
  return file as VerdictsFile;
}
