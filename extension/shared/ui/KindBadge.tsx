/**
 * How a sentence says its claim (it quotes a source of it, restates it, or disputes it): the label on the
 * hover card and in the sidebar's findings, coloured by kind (tokens --cl-quote, --cl-paraphrase,
 * --cl-disputes in the sidebar; the accent on the card).
 */
import type { FindingSummary } from '../messages';
import { t } from '../i18n';

const LABEL = {
  /** The card's: a phrase, "Quotes a source of this claim". */
  long: { quote: 'kindQuote', paraphrase: 'kindParaphrase', disputes: 'kindDisputes' },
  /** The sidebar's: one word, in a list of findings. */
  short: { quote: 'sidebarKindQuote', paraphrase: 'sidebarKindParaphrase', disputes: 'sidebarKindDisputes' },
} as const;

export function KindBadge({ kind, short = false }: { kind: FindingSummary['kind']; short?: boolean }) {
  return <span class={`kind kind-${kind}`}>{t(LABEL[short ? 'short' : 'long'][kind])}</span>;
}
