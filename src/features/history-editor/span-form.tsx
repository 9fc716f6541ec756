import { useId, useState, type FormEvent } from 'react'
import type { Layer, LayerValue } from '@/model/scenario'
import { useExplorerStore } from '@/store/explorer-store'
import { selectLabels } from '@/store/selectors'
import { YearInput } from '@/ui/year-input'
import { describeValue } from './year-strip'

const VALUES: Readonly<Record<Layer, readonly string[]>> = {
  regime: ['communist', 'non-communist'],
  threat: ['yes', 'no', 'contested'],
  rift: ['true', 'false'],
}

const parse = (layer: Layer, v: string): LayerValue<Layer> =>
  (layer === 'rift' ? v === 'true' : v) as LayerValue<Layer>

/** Sets a span of years at once: "Russia, 1992–2026: communist". */
export function SpanForm() {
  const id = useId()
  const base = useExplorerStore((s) => s.base)
  const labels = useExplorerStore(selectLabels)
  const setCells = useExplorerStore((s) => s.setCells)
  const [target, setTarget] = useState(
    `regime:${base.states.includes('RUS') ? 'RUS' : base.states[0]}`,
  )
  const [from, setFrom] = useState(base.firstYear)
  const [to, setTo] = useState(base.lastYear)
  const [value, setValue] = useState('communist')
  const [done, setDone] = useState('')
  const [layer, entity] = target.split(':') as [Layer, string]

  const onSubmit = (e: FormEvent) => {
    e.preventDefault()
    setCells(layer, entity, from, to, parse(layer, value))
    const lo = Math.min(from, to)
    const hi = Math.max(from, to)
    // Named as in those years: "Russia, 1992–2026", but "USSR / Russia, 1980–1995".
    const who = layer === 'regime' ? labels.stateIn(entity, lo, hi) : labels.dyadIn(entity, lo, hi)
    setDone(`Set ${who}, ${lo}–${hi}: ${describeValue(layer, parse(layer, value)).word}.`)
  }

  return (
    <form className="span-form" onSubmit={onSubmit} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Set a span of years</h3>
      <label htmlFor={`${id}-what`}>Change</label>
      <select
        id={`${id}-what`}
        value={target}
        onChange={(e) => {
          setTarget(e.target.value)
          setValue(VALUES[e.target.value.split(':')[0] as Layer][0]!)
        }}
      >
        <optgroup label="Regime">
          {base.states.map((s) => (
            <option key={s} value={`regime:${s}`}>
              {labels.state(s)}: regime
            </option>
          ))}
        </optgroup>
        <optgroup label="Shared threat">
          {base.dyads.map((d) => (
            <option key={d.id} value={`threat:${d.id}`}>
              {labels.dyad(d.id)}: shared threat
            </option>
          ))}
        </optgroup>
        <optgroup label="Party rift">
          {base.dyads.map((d) => (
            <option key={d.id} value={`rift:${d.id}`}>
              {labels.dyad(d.id)}: party rift
            </option>
          ))}
        </optgroup>
      </select>
      <label htmlFor={`${id}-from`}>from</label>
      <YearInput
        id={`${id}-from`}
        min={base.firstYear}
        max={base.lastYear}
        value={from}
        onCommit={setFrom}
      />
      <label htmlFor={`${id}-to`}>to</label>
      <YearInput
        id={`${id}-to`}
        min={base.firstYear}
        max={base.lastYear}
        value={to}
        onCommit={setTo}
      />
      <label htmlFor={`${id}-value`}>as</label>
      <select id={`${id}-value`} value={value} onChange={(e) => setValue(e.target.value)}>
        {VALUES[layer].map((v) => (
          <option key={v} value={v}>
            {describeValue(layer, parse(layer, v)).word}
          </option>
        ))}
      </select>
      <button type="submit">Apply</button>
      <p role="status" className="hint">
        {done}
      </p>
    </form>
  )
}
