import { useExplorerStore } from '@/store/explorer-store'
import { selectActivePresets, selectChangeCount } from '@/store/selectors'
import './presets.css'

/** The named "what if" scenarios as toggle buttons, and the way back to history. */
export function PresetPanel() {
  const presets = useExplorerStore((s) => s.presets)
  const active = useExplorerStore(selectActivePresets)
  const changes = useExplorerStore((s) => selectChangeCount(s.scenario))
  const togglePreset = useExplorerStore((s) => s.togglePreset)
  const resetScenario = useExplorerStore((s) => s.resetScenario)

  return (
    <section id="presets" className="panel presets" aria-labelledby="presets-heading">
      <h2 id="presets-heading">What if…?</h2>
      <p className="hint">Press one or more to change history; press again to take it back.</p>
      <ul className="preset-list">
        {presets.map((p) => (
          <li key={p.id}>
            <button
              type="button"
              className="preset"
              aria-pressed={active.includes(p.id)}
              aria-describedby={`preset-${p.id}`}
              onClick={() => togglePreset(p.id)}
            >
              <span className="preset-mark" aria-hidden="true">
                {active.includes(p.id) ? '✓' : '+'}
              </span>
              {p.title}
            </button>
            <p id={`preset-${p.id}`} className="preset-description">
              {p.description}
            </p>
          </li>
        ))}
      </ul>
      <div className="reset-row">
        <button type="button" className="reset" onClick={resetScenario}>
          Reset to history
        </button>
        <p role="status" className="change-count">
          {changes === 0
            ? 'Showing history as coded.'
            : `${changes} ${changes === 1 ? 'cell' : 'cells'} changed from history.`}
        </p>
      </div>
    </section>
  )
}
