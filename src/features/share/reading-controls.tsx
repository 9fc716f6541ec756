import { useEffect, useId, useState } from 'react'
import { useT } from '@/i18n/react'
import { readingControlsWords } from './reading-controls.en'
import './share.css'

const KEY = 'alliance-explorer:reading'

/** How much larger than standard the page's text is drawn. */
const SIZES = [{ value: '1' }, { value: '1.2' }, { value: '1.4' }] as const

type Size = (typeof SIZES)[number]['value']

interface Reading {
  readonly size: Size
  /** Wider line, letter and word spacing (WCAG 1.4.12's text spacing). */
  readonly spacing: boolean
}

const STANDARD: Reading = { size: '1', spacing: false }

function readPreference(): Reading {
  try {
    const saved = JSON.parse(window.localStorage.getItem(KEY) ?? 'null') as Partial<Reading> | null
    return {
      size: SIZES.find((s) => s.value === saved?.size)?.value ?? STANDARD.size,
      spacing: saved?.spacing === true,
    }
  } catch {
    return STANDARD
  }
}

/**
 * Text size and spacing for readers who need them: a preference of this device, like projector
 * mode (which it adds to), kept apart from the shared session.
 */
export function ReadingControls() {
  const id = useId()
  const t = useT(readingControlsWords)
  const [reading, setReading] = useState(readPreference)
  useEffect(() => {
    const root = document.documentElement
    // The standard reading needs no mark (`--text-scale` defaults to 1, spacing to standard): a
    // page opened in it changes nothing on the root, where a change would make every chart
    // measure itself again, a layout of the whole page, just after the first render.
    const scale = root.style.getPropertyValue('--text-scale')
    const marked = scale !== '' || !!root.dataset.spacing
    if (!marked && reading.size === STANDARD.size && !reading.spacing) return
    if (scale !== reading.size) root.style.setProperty('--text-scale', reading.size)
    const spacing = reading.spacing ? 'wide' : 'standard'
    if (root.dataset.spacing !== spacing) root.dataset.spacing = spacing
    try {
      window.localStorage.setItem(KEY, JSON.stringify(reading))
    } catch {
      // Not saved; it still applies to this visit.
    }
  }, [reading])
  return (
    <span className="reading-controls">
      <label htmlFor={`${id}-size`}>{t('size')}</label>
      <select
        id={`${id}-size`}
        value={reading.size}
        onChange={(e) => setReading({ ...reading, size: e.target.value as Size })}
      >
        {SIZES.map((s) => (
          <option key={s.value} value={s.value}>
            {t(`size.${s.value}`)}
          </option>
        ))}
      </select>
      <label className="check">
        <input
          type="checkbox"
          checked={reading.spacing}
          onChange={(e) => setReading({ ...reading, spacing: e.target.checked })}
        />
        {t('spacing')}
      </label>
    </span>
  )
}
