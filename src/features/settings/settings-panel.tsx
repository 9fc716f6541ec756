import { useId } from 'react'
import {
  CONTESTED_READINGS,
  IDEOLOGY_READINGS,
  MAX_LAG,
  RULES,
  type ModelSettings,
} from '@/model/evaluate'
import { inScope } from '@/model/lifespan'
import { HISTORY_SERIES } from '@/model/types'
import { CASE_SCOPE } from '@/model/vocabulary'
import { useExplorerStore } from '@/store/explorer-store'
import { Term } from '@/ui/term'
import { CONTESTED_LABEL, HISTORY_LABEL, IDEOLOGY_LABEL, RULE_LABEL, SCOPE_LABEL } from '@/ui/words'

/** How the model reads the data and what it is scored against. */
export function SettingsPanel() {
  const settings = useExplorerStore((s) => s.settings)
  const update = useExplorerStore((s) => s.updateSettings)
  const pairs = useExplorerStore((s) => s.library.source.dyads)
  const id = useId()
  const count = (scope: ModelSettings['cases']) => pairs.filter((d) => inScope(d, scope)).length

  return (
    <section className="panel settings" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Model settings</h2>
      {count('out-of-sample') > 0 && (
        <fieldset className="field" aria-describedby={`${id}-cases-hint`}>
          <legend>Cases shown</legend>
          {CASE_SCOPE.values.map((c) => (
            <label key={c} className="radio">
              <input
                type="radio"
                name={`${id}-cases`}
                value={c}
                checked={settings.cases === c}
                onChange={() => update({ cases: c })}
              />
              {SCOPE_LABEL[c]} ({count(c)} pairs)
            </label>
          ))}
          <p id={`${id}-cases-hint`} className="hint">
            The pairs the essay chose, or pairs added to test whether the rule travels beyond them (
            <Term id="out-of-sample">out of sample</Term>), or both.
          </p>
        </fieldset>
      )}
      <div className="field">
        <label htmlFor={`${id}-rule`}>Rule</label>
        <select
          id={`${id}-rule`}
          value={settings.rule}
          onChange={(e) => update({ rule: e.target.value as ModelSettings['rule'] })}
        >
          {RULES.map((r) => (
            <option key={r} value={r}>
              {RULE_LABEL[r]}
            </option>
          ))}
        </select>
      </div>
      {settings.rule === 'two-criteria-lag' && (
        <div className="field">
          <label htmlFor={`${id}-lag`}>
            <Term id="exit-lag">Exit lag</Term> (years an alliance outlives a failed criterion)
          </label>
          <input
            id={`${id}-lag`}
            type="number"
            min={0}
            max={MAX_LAG}
            value={settings.lag}
            onChange={(e) => {
              const k = Math.round(Number(e.target.value))
              if (Number.isFinite(k)) update({ lag: Math.min(MAX_LAG, Math.max(0, k)) }, 'lag')
            }}
          />
        </div>
      )}
      <div className="field">
        <label htmlFor={`${id}-history`}>
          Alliance definition (what counts as <Term id="history">history</Term>)
        </label>
        <select
          id={`${id}-history`}
          aria-describedby={`${id}-history-hint`}
          value={settings.history}
          onChange={(e) => update({ history: e.target.value as ModelSettings['history'] })}
        >
          {HISTORY_SERIES.map((h) => (
            <option key={h} value={h}>
              {HISTORY_LABEL[h]}
            </option>
          ))}
        </select>
        <p id={`${id}-history-hint`} className="hint">
          The essay&apos;s own coding, two <Term id="treaty-series">treaty series</Term>, or a
          dataset: <Term id="cow">COW</Term> or <Term id="atop">ATOP</Term>.
        </p>
      </div>
      <fieldset className="field">
        <legend>
          <Term id="shared-ideology">Shared ideology</Term>
        </legend>
        {IDEOLOGY_READINGS.map((r) => (
          <label key={r} className="radio">
            <input
              type="radio"
              name={`${id}-ideology`}
              value={r}
              checked={settings.ideology === r}
              onChange={() => update({ ideology: r })}
            />
            {IDEOLOGY_LABEL[r]}
          </label>
        ))}
      </fieldset>
      <fieldset className="field">
        <legend>
          A <Term id="contested">contested</Term> threat
        </legend>
        {CONTESTED_READINGS.map((r) => (
          <label key={r} className="radio">
            <input
              type="radio"
              name={`${id}-contested`}
              value={r}
              checked={settings.contestedThreat === r}
              onChange={() => update({ contestedThreat: r })}
            />
            {CONTESTED_LABEL[r]}
          </label>
        ))}
      </fieldset>
    </section>
  )
}
