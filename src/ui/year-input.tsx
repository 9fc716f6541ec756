import { useState } from 'react'

interface Props {
  readonly id: string
  readonly value: number
  readonly min: number
  readonly max: number
  readonly onCommit: (year: number) => void
  readonly className?: string
}

/**
 * A year field that lets the user type freely: the value is committed only once it is a whole year
 * within range, so typing "1960" never passes through "1", "19" and "196".
 */
export function YearInput({ id, value, min, max, onCommit, className }: Props) {
  const [draft, setDraft] = useState<string | null>(null)
  const valid = (text: string) => /^\d{4}$/.test(text) && Number(text) >= min && Number(text) <= max
  return (
    <input
      id={id}
      className={className}
      type="number"
      inputMode="numeric"
      min={min}
      max={max}
      value={draft ?? value}
      aria-invalid={draft !== null && !valid(draft)}
      onChange={(e) => {
        const text = e.target.value
        if (valid(text)) {
          setDraft(null)
          onCommit(Number(text))
        } else setDraft(text)
      }}
      onBlur={() => setDraft(null)}
    />
  )
}
