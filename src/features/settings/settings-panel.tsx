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
import { useWords } from '@/ui/words'
import { rich, useT } from '@/i18n/react'
import { settingsPanelWords } from './settings-panel.en'

/** How the model reads the data and what it is scored against. */
export function SettingsPanel() {
  const settings = useExplorerStore((s) => s.settings)
  const update = useExplorerStore((s) => s.updateSettings)
  const pairs = useExplorerStore((s) => s.library.source.dyads)
  const id = useId()
  const t = useT(settingsPanelWords)
  const w = useWords()
  const count = (scope: ModelSettings['cases']) => pairs.filter((d) => inScope(d, scope)).length

  return (
    <section className="panel settings" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('heading')}</h2>
      {count('out-of-sample') > 0 && (
        <fieldset className="field" aria-describedby={`${id}-cases-hint`}>
          <legend>{t('cases')}</legend>
          {CASE_SCOPE.values.map((c) => (
            <label key={c} className="radio">
              <input
                type="radio"
                name={`${id}-cases`}
                value={c}
                checked={settings.cases === c}
                onChange={() => update({ cases: c })}
              />
              {t('cases.option', { label: w.SCOPE_LABEL[c], n: count(c) })}
            </label>
          ))}
          <p id={`${id}-cases-hint`} className="hint">
            {rich(t('cases.hint'), { term: (c) => <Term id="out-of-sample">{c}</Term> })}
          </p>
        </fieldset>
      )}
      <div className="field">
        <label htmlFor={`${id}-rule`}>{t('rule')}</label>
        <select
          id={`${id}-rule`}
          value={settings.rule}
          onChange={(e) => update({ rule: e.target.value as ModelSettings['rule'] })}
        >
          {RULES.map((r) => (
            <option key={r} value={r}>
              {w.RULE_LABEL[r]}
            </option>
          ))}
        </select>
      </div>
      {settings.rule === 'two-criteria-lag' && (
        <div className="field">
          <label htmlFor={`${id}-lag`}>
            {rich(t('lag'), { term: (c) => <Term id="exit-lag">{c}</Term> })}
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
          {rich(t('history'), { term: (c) => <Term id="history">{c}</Term> })}
        </label>
        <select
          id={`${id}-history`}
          aria-describedby={`${id}-history-hint`}
          value={settings.history}
          onChange={(e) => update({ history: e.target.value as ModelSettings['history'] })}
        >
          {HISTORY_SERIES.map((h) => (
            <option key={h} value={h}>
              {w.HISTORY_LABEL[h]}
            </option>
          ))}
        </select>
        <p id={`${id}-history-hint`} className="hint">
          {rich(t('history.hint'), {
            series: (c) => <Term id="treaty-series">{c}</Term>,
            cow: (c) => <Term id="cow">{c}</Term>,
            atop: (c) => <Term id="atop">{c}</Term>,
          })}
        </p>
      </div>
      <fieldset className="field">
        <legend>
          {rich(t('ideology'), { term: (c) => <Term id="shared-ideology">{c}</Term> })}
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
            {w.IDEOLOGY_LABEL[r]}
          </label>
        ))}
      </fieldset>
      <fieldset className="field">
        <legend>{rich(t('contested'), { term: (c) => <Term id="contested">{c}</Term> })}</legend>
        {CONTESTED_READINGS.map((r) => (
          <label key={r} className="radio">
            <input
              type="radio"
              name={`${id}-contested`}
              value={r}
              checked={settings.contestedThreat === r}
              onChange={() => update({ contestedThreat: r })}
            />
            {w.CONTESTED_LABEL[r]}
          </label>
        ))}
      </fieldset>
    </section>
  )
}
