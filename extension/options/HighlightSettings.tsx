/**
 * The Highlighting section: the global on/off switch, the sensitivity, and the highlight style with
 * a live sample of the chosen style on a light and on a dark page.
 */
import type { MessageKey } from '../shared/i18n';
import { t } from '../shared/i18n';
import {
  HIGHLIGHT_STYLES,
  SENSITIVITIES,
  type HighlightStyle,
  type Sensitivity,
  type Settings,
} from '../shared/settings';
import type { SettingsPatch } from './connector';
import { RadioGroup } from './RadioGroup';

export interface HighlightSettingsProps {
  settings: Settings;
  onSave(patch: SettingsPatch): unknown;
}

const SENSITIVITY_TEXT: Record<Sensitivity, { label: MessageKey; hint: MessageKey }> = {
  strict: { label: 'optionsSensitivityStrict', hint: 'optionsSensitivityStrictHint' },
  balanced: { label: 'optionsSensitivityBalanced', hint: 'optionsSensitivityBalancedHint' },
  broad: { label: 'optionsSensitivityBroad', hint: 'optionsSensitivityBroadHint' },
};

const STYLE_LABEL: Record<HighlightStyle, MessageKey> = {
  amber: 'optionsStyleAmber',
  blue: 'optionsStyleBlue',
  underline: 'optionsStyleUnderline',
};

export function HighlightSettings({ settings, onSave }: HighlightSettingsProps) {
  return (
    <section aria-labelledby="highlighting-heading" data-part="highlighting">
      <h2 id="highlighting-heading">{t('optionsHighlightingHeading')}</h2>

      <div class="choice switch">
        <input
          type="checkbox"
          id="enabled"
          checked={settings.enabled}
          aria-describedby="enabled-hint"
          onChange={(e) => onSave({ enabled: e.currentTarget.checked })}
        />
        <label for="enabled">{t('optionsEnabledLabel')}</label>
        <p id="enabled-hint" class="hint">
          {t('optionsEnabledHint')}
        </p>
      </div>

      <RadioGroup
        id="sensitivity"
        name="sensitivity"
        legend={t('optionsSensitivityLegend')}
        hint={t('optionsSensitivityHint')}
        choices={SENSITIVITIES.map((level) => ({
          value: level,
          label: t(SENSITIVITY_TEXT[level].label),
          hint: t(SENSITIVITY_TEXT[level].hint),
        }))}
        value={settings.sensitivity}
        onChange={(sensitivity) => onSave({ sensitivity })}
      />

      <RadioGroup
        id="style"
        name="highlight-style"
        legend={t('optionsStyleLegend')}
        hint={t('optionsStyleHint')}
        choices={HIGHLIGHT_STYLES.map((style) => ({ value: style, label: t(STYLE_LABEL[style]) }))}
        value={settings.highlightStyle}
        onChange={(highlightStyle) => onSave({ highlightStyle })}
      >
        <div class="samples" data-part="samples">
          <Sample theme="light" style={settings.highlightStyle} />
          <Sample theme="dark" style={settings.highlightStyle} />
        </div>
      </RadioGroup>
    </section>
  );
}

/** A few lines of a page with one highlighted sentence, painted as content/content.css paints it. */
function Sample({ theme, style }: { theme: 'light' | 'dark'; style: HighlightStyle }) {
  return (
    <div class={`sample sample-${theme}`} data-part={`sample-${theme}`}>
      <p class="sample-caption">{t(theme === 'light' ? 'optionsSampleLight' : 'optionsSampleDark')}</p>
      <p class="sample-text">
        {t('optionsSampleBefore')}{' '}
        <span class={`sample-claim sample-claim-${style}`} data-style={style}>
          {t('optionsSampleClaim')}
        </span>
      </p>
    </div>
  );
}
