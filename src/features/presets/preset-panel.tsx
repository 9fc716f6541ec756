import { useState } from 'react'
import { useDataText, useT } from '@/i18n/react'
import { useExplorerStore } from '@/store/explorer-store'
import { selectActivePresets, selectChangeCount } from '@/store/selectors'
import { presetWords } from './preset-words.en'
import './presets.css'

/** Stacked items keep their space when not shown, so the panel never changes height. */
const visibleIf = (shown: boolean) => ({ visibility: shown ? 'visible' : 'hidden' }) as const

/**
 * The named "what if" scenarios as toggle buttons, and the way back to history. The buttons stay
 * short so that all of them and the whole timeline fit a laptop's first screen; one panel under
 * them reads out the scenario under the pointer or the keyboard, else the one last pressed, else
 * how to use them.
 */
export function PresetPanel() {
  const presets = useExplorerStore((s) => s.presets)
  const active = useExplorerStore(selectActivePresets)
  const changes = useExplorerStore((s) => selectChangeCount(s.scenario))
  const togglePreset = useExplorerStore((s) => s.togglePreset)
  const resetScenario = useExplorerStore((s) => s.resetScenario)
  const t = useT(presetWords)
  const dt = useDataText()
  const title = (p: (typeof presets)[number]) => dt('data.presets', `${p.id}.title`, p.title)
  // The preset being pointed at or focused, if any.
  const [pointed, setPointed] = useState<string | null>(null)
  const shown = pointed ?? active.at(-1) ?? null
  // The essay's presets first, where a laptop's first screen holds them all; those over the case
  // library fold away under them.
  const essay = presets.filter((p) => p.cases !== 'out-of-sample')
  const library = presets.filter((p) => p.cases === 'out-of-sample')
  const button = (p: (typeof presets)[number]) => (
    <li key={p.id}>
      <button
        type="button"
        className="preset"
        aria-pressed={active.includes(p.id)}
        aria-describedby={`preset-${p.id}`}
        onClick={() => togglePreset(p.id)}
        onMouseEnter={() => setPointed(p.id)}
        onFocus={() => setPointed(p.id)}
        onBlur={() => setPointed(null)}
      >
        <span className="preset-mark" aria-hidden="true">
          {active.includes(p.id) ? '✓' : '+'}
        </span>
        {title(p)}
      </button>
    </li>
  )

  return (
    <section id="presets" className="panel presets" aria-labelledby="presets-heading">
      <h2 id="presets-heading">{t('heading')}</h2>
      <ul className="preset-list" onMouseLeave={() => setPointed(null)}>
        {essay.map(button)}
      </ul>
      {library.length > 0 && (
        <details className="more-presets" open={library.some((p) => active.includes(p.id))}>
          <summary>{t('more.summary', { n: library.length })}</summary>
          <ul className="preset-list" onMouseLeave={() => setPointed(null)}>
            {library.map(button)}
          </ul>
        </details>
      )}
      {/* Every description sits in the same cell, so the panel is as tall as the longest and does
          not jump as the pointer moves; only the one in question is visible. Each stays its
          button's accessible description. */}
      <div className="preset-detail">
        <p className="preset-detail-item hint" style={visibleIf(shown === null)}>
          {t('hint')}
        </p>
        {presets.map((p) => (
          <div key={p.id} className="preset-detail-item" style={visibleIf(p.id === shown)}>
            <strong>{title(p)}</strong>
            <p id={`preset-${p.id}`} className="preset-description">
              {dt('data.presets', `${p.id}.description`, p.description)}
            </p>
          </div>
        ))}
      </div>
      <div className="reset-row">
        <button type="button" className="reset" onClick={resetScenario}>
          {t('reset')}
        </button>
        <p role="status" className="change-count">
          {changes === 0 ? t('count.none') : t('count.changed', { n: changes })}
        </p>
      </div>
    </section>
  )
}
