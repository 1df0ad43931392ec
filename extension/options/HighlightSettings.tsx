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

      <fieldset aria-describedby="sensitivity-hint" data-part="sensitivity">
        <legend>{t('optionsSensitivityLegend')}</legend>
        <p id="sensitivity-hint" class="hint">
          {t('optionsSensitivityHint')}
        </p>
        {SENSITIVITIES.map((level) => (
          <div class="choice" key={level}>
            <input
              type="radio"
              name="sensitivity"
              id={`sensitivity-${level}`}
              value={level}
              checked={settings.sensitivity === level}
              aria-describedby={`sensitivity-${level}-hint`}
              onChange={() => onSave({ sensitivity: level })}
            />
            <label for={`sensitivity-${level}`}>{t(SENSITIVITY_TEXT[level].label)}</label>
            <p id={`sensitivity-${level}-hint`} class="hint">
              {t(SENSITIVITY_TEXT[level].hint)}
            </p>
          </div>
        ))}
      </fieldset>

      <fieldset aria-describedby="style-hint" data-part="style">
        <legend>{t('optionsStyleLegend')}</legend>
        <p id="style-hint" class="hint">
          {t('optionsStyleHint')}
        </p>
        {HIGHLIGHT_STYLES.map((style) => (
          <div class="choice" key={style}>
            <input
              type="radio"
              name="highlight-style"
              id={`style-${style}`}
              value={style}
              checked={settings.highlightStyle === style}
              onChange={() => onSave({ highlightStyle: style })}
            />
            <label for={`style-${style}`}>{t(STYLE_LABEL[style])}</label>
          </div>
        ))}
        <div class="samples" data-part="samples">
          <Sample theme="light" style={settings.highlightStyle} />
          <Sample theme="dark" style={settings.highlightStyle} />
        </div>
      </fieldset>
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
