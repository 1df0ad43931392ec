/**
 * How a sentence relates to the claim it shares words with. Most sentences that match a claim state
 * it; some report it in order to deny it ("the Met rejected claims that..."), and some say who makes it
 * ("..., Liberty said"). A sentence that disputes a claim is not a restatement: ClaimLens shows it as
 * disputing the claim, not highlighted as stating it. Who a sentence attributes its claim to is shown on
 * the card.
 */

/**
 * Words that dispute what follows or precedes them: denials, rejections, rebuttals, and calling a claim
 * false or misleading. "Challenge" and "dismiss" are left out: courts dismiss claims and campaigners
 * challenge the police, which says nothing about a claim being wrong.
 */
const DISPUTE_RE = new RegExp(
  [
    String.raw`\b(?:den(?:y|ies|ied|ying|ial)|disput(?:e|es|ed|ing)|rebut(?:s|ted|ting)?|refut(?:e|es|ed|ing))\b`,
    // Officers reject alerts; only rejecting what someone says disputes it.
    String.raw`\breject(?:s|ed|ing)? (?:[\p{L}’'-]+ ){0,3}?(?:claims?|suggestions?|idea|figures?|findings?|accusations?|allegations?|assertions?|characteri[sz]ation|criticisms?|notion|conclusions?)\b`,
    String.raw`\b(?:not|isn['’]t|wasn['’]t) (?:true|accurate|correct|the case)\b`,
    String.raw`\b(?:untrue|misleading|inaccurate (?:claim|figure|report)s?|false (?:claim|figure|impression)s?|(?:a )?myth)\b`,
    String.raw`\b(?:wrong(?:ly)? (?:to )?(?:claim|say|suggest))`,
  ].join('|'),
  'iu',
);

/** Whether a text disputes something: a denial, a rejection, a rebuttal, or calling it untrue. */
export function disputes(text: string): boolean {
  return DISPUTE_RE.test(text);
}

/** Verbs of saying, for attribution. */
const SAY =
  'said|says|say|told|tells|claimed|claims|argued|argues|warned|warns|insisted|insists|stated|states|added|adds|believes|believe|wrote|writes|concluded|concludes|found|finds|maintains|maintained';

/** A name: capitalised words, with the connecting words names use ("Court of Appeal", "Big Brother Watch"). */
const NAME = String.raw`(?:the |The )?[A-Z][\p{L}’'.-]*(?: (?:of|for|and|de|the|[A-Z][\p{L}’'.-]*))*`;

const ATTRIBUTION_RES = [
  // "according to Big Brother Watch", "According to the Met"
  new RegExp(String.raw`\b[Aa]ccording to (${NAME})`, 'u'),
  // "..., Liberty said." "...,” said Silkie Carlo"
  new RegExp(String.raw`[,”"’] (?:${SAY}) (${NAME})[,.]?`, 'u'),
  new RegExp(String.raw`[,”"’] (${NAME}) (?:${SAY})\b`, 'u'),
  // "The Met says ...", "Mr Ephgrave told reporters ..."
  new RegExp(String.raw`^(${NAME}) (?:has |have |had )?(?:${SAY})\b`, 'u'),
];

/** Words that start a sentence in capitals without naming anyone. */
const NOT_NAMES = new Set([
  'It',
  'This',
  'That',
  'These',
  'Those',
  'There',
  'He',
  'She',
  'They',
  'We',
  'I',
  'The',
  'A',
  'An',
]);
/** Words that start a clause, not a name: "But Fussey said", "Despite Met claims". */
const LEADING = /^(?:But|And|While|Whilst|As|However|Although|Though|So|Yet|Despite|After|Before|When|If)\b ?/;

/**
 * Whom the sentence says the claim comes from ("X said", "according to X"), as written, or undefined.
 * Only a name counts: "he said" says nothing a card could show.
 */
export function attribution(sentence: string): string | undefined {
  for (const re of ATTRIBUTION_RES) {
    const m = re.exec(sentence);
    const found = m?.[1];
    if (!found) continue;
    // "Despite Met claims that": a clause, not a speaker.
    if (/^(?:Despite|If|When|Before|After)\b/.test(found)) return undefined;
    const name = found
      .replace(LEADING, '')
      .replace(/(?: (?:of|for|and|de|the))+$/, '')
      .replace(/['’]s?$/, '')
      .replace(/[,.]$/, '')
      .trim();
    if (name && !NOT_NAMES.has(name)) return name;
  }
  return undefined;
}
