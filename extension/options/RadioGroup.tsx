/**
 * A set of radio buttons under a legend and a hint, each choice a row of the page's .choice layout (the
 * control beside its label, an optional hint under it). Ids: `${id}-hint`, `${id}-${value}`,
 * `${id}-${value}-hint`; the fieldset's data-part is `id`. Anything else the set needs (the highlight
 * samples) goes in as children, after the choices.
 */
import type { ComponentChildren } from 'preact';

export interface RadioChoice<T extends string> {
  value: T;
  label: string;
  hint?: string;
}

export interface RadioGroupProps<T extends string> {
  id: string;
  /** The inputs' name. */
  name: string;
  legend: string;
  hint: string;
  choices: ReadonlyArray<RadioChoice<T>>;
  value: T;
  onChange(value: T): void;
  children?: ComponentChildren;
}

export function RadioGroup<T extends string>(props: RadioGroupProps<T>) {
  const { id, name, legend, hint, choices, value, onChange, children } = props;
  return (
    <fieldset aria-describedby={`${id}-hint`} data-part={id}>
      <legend>{legend}</legend>
      <p id={`${id}-hint`} class="hint">
        {hint}
      </p>
      {choices.map((choice) => {
        const inputId = `${id}-${choice.value}`;
        return (
          <div class="choice" key={choice.value}>
            <input
              type="radio"
              name={name}
              id={inputId}
              value={choice.value}
              checked={value === choice.value}
              aria-describedby={choice.hint ? `${inputId}-hint` : undefined}
              onChange={() => onChange(choice.value)}
            />
            <label for={inputId}>{choice.label}</label>
            {choice.hint ? (
              <p id={`${inputId}-hint`} class="hint">
                {choice.hint}
              </p>
            ) : null}
          </div>
        );
      })}
      {children}
    </fieldset>
  );
}
