import { useId, useState, type FormEvent } from 'react'
import { LAYER_VALUES, type Layer, type LayerValue } from '@/model/scenario'
import { useExplorerStore } from '@/store/explorer-store'
import { selectLabels } from '@/store/selectors'
import { YearInput } from '@/ui/year-input'
import { useWords } from '@/ui/words'
import { useT } from '@/i18n/react'
import { spanFormWords } from './span-form.en'
import { describeValue } from './year-strip'

/** A layer's values as options: each option's value is the value's code in the vocabulary. */
const optionsOf = (layer: Layer): { code: string; value: LayerValue<Layer> }[] =>
  LAYER_VALUES[layer].values.map((value) => ({ code: LAYER_VALUES[layer].codeOf(value)!, value }))

/** Sets a span of years at once: "Russia, 1992–2026: communist". */
export function SpanForm() {
  const id = useId()
  const t = useT(spanFormWords)
  const w = useWords()
  const base = useExplorerStore((s) => s.base)
  const labels = useExplorerStore(selectLabels)
  const setCells = useExplorerStore((s) => s.setCells)
  const [target, setTarget] = useState(
    `regime:${base.states.includes('RUS') ? 'RUS' : base.states[0]}`,
  )
  const [from, setFrom] = useState(base.firstYear)
  const [to, setTo] = useState(base.lastYear)
  const [code, setCode] = useState(LAYER_VALUES.regime.code('communist'))
  const [done, setDone] = useState('')
  const [layer, entity] = target.split(':') as [Layer, string]

  const value = LAYER_VALUES[layer].ofCode(code) ?? optionsOf(layer)[0]!.value

  const onSubmit = (e: FormEvent) => {
    e.preventDefault()
    setCells(layer, entity, from, to, value)
    const lo = Math.min(from, to)
    const hi = Math.max(from, to)
    // Named as in those years: "Russia, 1992–2026", but "USSR / Russia, 1980–1995".
    const who = layer === 'regime' ? labels.stateIn(entity, lo, hi) : labels.dyadIn(entity, lo, hi)
    setDone(
      t('done', {
        who,
        from: String(lo),
        to: String(hi),
        value: describeValue(layer, value, w.language).word,
      }),
    )
  }

  return (
    <form className="span-form" onSubmit={onSubmit} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('title')}</h3>
      <label htmlFor={`${id}-what`}>{t('change')}</label>
      <select
        id={`${id}-what`}
        value={target}
        onChange={(e) => {
          setTarget(e.target.value)
          setCode(optionsOf(e.target.value.split(':')[0] as Layer)[0]!.code)
        }}
      >
        <optgroup label={w.label('layer.regime')}>
          {base.states.map((s) => (
            <option key={s} value={`regime:${s}`}>
              {t('option.regime', { state: labels.state(s) })}
            </option>
          ))}
        </optgroup>
        <optgroup label={w.label('layer.threat')}>
          {base.dyads.map((d) => (
            <option key={d.id} value={`threat:${d.id}`}>
              {t('option.threat', { pair: labels.dyad(d.id) })}
            </option>
          ))}
        </optgroup>
        <optgroup label={w.label('layer.rift')}>
          {base.dyads.map((d) => (
            <option key={d.id} value={`rift:${d.id}`}>
              {t('option.rift', { pair: labels.dyad(d.id) })}
            </option>
          ))}
        </optgroup>
      </select>
      <label htmlFor={`${id}-from`}>{t('from')}</label>
      <YearInput
        id={`${id}-from`}
        min={base.firstYear}
        max={base.lastYear}
        value={from}
        onCommit={setFrom}
      />
      <label htmlFor={`${id}-to`}>{t('to')}</label>
      <YearInput
        id={`${id}-to`}
        min={base.firstYear}
        max={base.lastYear}
        value={to}
        onCommit={setTo}
      />
      <label htmlFor={`${id}-value`}>{t('as')}</label>
      <select id={`${id}-value`} value={code} onChange={(e) => setCode(e.target.value)}>
        {optionsOf(layer).map((o) => (
          <option key={o.code} value={o.code}>
            {describeValue(layer, o.value, w.language).word}
          </option>
        ))}
      </select>
      <button type="submit">{t('apply')}</button>
      <p role="status" className="hint">
        {done}
      </p>
    </form>
  )
}
