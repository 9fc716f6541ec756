import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { AboutPanel } from '@/features/about/about-panel'
import { GLOSSARY, glossaryAnchor } from '@/ui/glossary'

const TERMS_THE_ISSUE_NAMES = [
  'dyad-year',
  'hit',
  'miss',
  'false alarm',
  'correct rejection',
  'accuracy',
  'precision',
  'recall',
  'baseline',
  'contested',
  'exit lag',
  'COW',
  'ATOP',
  'treaty series',
  'party rift',
  'shared threat',
  'shared ideology',
]

describe('the glossary', () => {
  it('the About panel lists every term of the glossary with its definition, each with its own anchor', async () => {
    const user = userEvent.setup()
    render(<AboutPanel />)
    await user.click(screen.getByText('About the theory and data'))
    // The About text loads when the panel first opens.
    const section = await screen.findByRole('region', { name: 'Glossary' })
    const terms = within(section).getAllByRole('term')
    expect(terms.map((t) => t.textContent)).toEqual(GLOSSARY.map((e) => e.term))
    for (const e of GLOSSARY) {
      const entry = section.querySelector(`#${glossaryAnchor(e.id)}`)!
      expect(within(entry as HTMLElement).getByRole('term')).toHaveTextContent(e.term)
      expect(within(entry as HTMLElement).getByRole('definition')).toHaveTextContent(e.definition)
    }
  })

  it('covers every term of art the app uses, each defined in a sentence or two', () => {
    const terms = GLOSSARY.map((e) => e.term)
    for (const t of TERMS_THE_ISSUE_NAMES) expect(terms).toContain(t)
    expect(new Set(GLOSSARY.map((e) => e.id)).size).toBe(GLOSSARY.length)
    for (const e of GLOSSARY) {
      expect(e.definition.length).toBeLessThan(260)
      expect(e.definition).toMatch(/\.$/)
    }
  })

  it('explains the terms where the About text first uses them', async () => {
    const user = userEvent.setup()
    render(<AboutPanel />)
    await user.click(screen.getByText('About the theory and data'))
    const model = await screen.findByRole('heading', { name: 'How the model works' })
    await user.hover(within(model.nextElementSibling as HTMLElement).getByText('false alarm'))
    expect(screen.getByRole('tooltip')).toHaveTextContent(
      GLOSSARY.find((e) => e.id === 'false-alarm')!.definition,
    )
  })
})
