import { act, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { FirstRunTour } from '@/features/guide/first-run-tour'
import { GUIDE_KEY, forgetReaderActions } from '@/features/guide/guide-storage'
import { useExplorerStore } from '@/store/explorer-store'

/** The three parts of the page the tour points at, as the App provides them. */
function Page({ result = true }: { result?: boolean }) {
  return (
    <>
      <section id="presets" aria-label="Presets">
        <button type="button">Russia stays communist</button>
      </section>
      {result && <p id="result">Showing history as coded.</p>}
      <figure id="timeline" aria-label="Timeline" />
    </>
  )
}

/** The page with the tour after it, as the App renders them. */
const openPage = (props: { result?: boolean } = {}) =>
  render(
    <>
      <Page {...props} />
      <FirstRunTour />
    </>,
  )

const tour = () => screen.queryByRole('dialog')
/** Lets the tour look for its parts of the page, as it does just after the first render. */
const settle = () => act(async () => {})

describe('the first-run tour', () => {
  beforeEach(() => window.localStorage.removeItem(GUIDE_KEY))
  afterEach(() => {
    window.location.hash = ''
  })

  it('walks through the presets, the result and the chart, then never shows again', async () => {
    const user = userEvent.setup()
    const { unmount } = openPage()
    const dialog = await screen.findByRole('dialog', { name: 'Start with a preset' })
    expect(dialog).toHaveTextContent('Tour, step 1 of 3')
    // The focus moves into the tour, and the presets are outlined.
    expect(screen.getByRole('heading', { name: 'Start with a preset' })).toHaveFocus()
    expect(document.getElementById('presets')).toHaveAttribute('data-tour-target')
    expect(screen.queryByRole('button', { name: 'Back' })).toBeNull()

    await user.click(screen.getByRole('button', { name: 'Next' }))
    expect(screen.getByRole('dialog', { name: 'Read the result' })).toHaveTextContent('step 2 of 3')
    expect(document.getElementById('result')).toHaveAttribute('data-tour-target')
    expect(document.getElementById('presets')).not.toHaveAttribute('data-tour-target')
    await user.click(screen.getByRole('button', { name: 'Back' }))
    expect(screen.getByRole('dialog', { name: 'Start with a preset' })).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Next' }))
    await user.click(screen.getByRole('button', { name: 'Next' }))
    expect(screen.getByRole('dialog', { name: 'See it year by year' })).toHaveTextContent(
      'step 3 of 3',
    )
    expect(screen.queryByRole('button', { name: 'Next' })).toBeNull()
    await user.click(screen.getByRole('button', { name: 'Done' }))
    expect(tour()).toBeNull()
    expect(document.querySelector('[data-tour-target]')).toBeNull()

    // The page opened again: no tour.
    unmount()
    openPage()
    await settle()
    expect(tour()).toBeNull()
  })

  it('is skipped with "Skip tour" or Escape, gives the focus back, and stays away', async () => {
    const user = userEvent.setup()
    render(<Page />)
    const before = screen.getByRole('button', { name: 'Russia stays communist' })
    act(() => before.focus())
    const { unmount } = render(<FirstRunTour />)
    expect(await screen.findByRole('heading', { name: 'Start with a preset' })).toHaveFocus()
    await user.click(screen.getByRole('button', { name: 'Skip tour' }))
    await settle()
    expect(tour()).toBeNull()
    expect(before).toHaveFocus()
    unmount()
    render(<FirstRunTour />)
    expect(tour()).toBeNull()

    // On another device (storage empty, a fresh page), Escape closes it the same way.
    window.localStorage.removeItem(GUIDE_KEY)
    forgetReaderActions()
    act(() => before.focus())
    render(<FirstRunTour />)
    expect(await screen.findByRole('dialog')).toBeInTheDocument()
    await user.keyboard('{Escape}')
    expect(tour()).toBeNull()
    expect(before).toHaveFocus()
    expect(JSON.parse(window.localStorage.getItem(GUIDE_KEY)!)).toMatchObject({ tour: true })
  })

  it('leaves out a step whose part of the page is missing', async () => {
    const user = userEvent.setup()
    openPage({ result: false })
    expect(await screen.findByRole('dialog')).toHaveTextContent('step 1 of 2')
    await user.click(screen.getByRole('button', { name: 'Next' }))
    expect(screen.getByRole('dialog', { name: 'See it year by year' })).toHaveTextContent(
      'step 2 of 2',
    )
  })

  it('does not show for a link that opens a scenario, nor over work in progress', async () => {
    window.location.hash = '#v=1&r=RUS:c1992-2026'
    const first = openPage()
    await settle()
    expect(tour()).toBeNull()
    first.unmount()
    window.location.hash = ''
    act(() => useExplorerStore.getState().togglePreset('russia-stays-communist'))
    openPage()
    await settle()
    expect(tour()).toBeNull()
    // Not dismissed: a later fresh visit still gets it.
    expect(window.localStorage.getItem(GUIDE_KEY)).toBeNull()
  })

  it('stays closed when the reader has already pressed something before it arrives', async () => {
    // Its code arrives just after the page; a press already made is not scrolled away from.
    window.dispatchEvent(new Event('pointerdown'))
    openPage()
    await settle()
    expect(tour()).toBeNull()
    expect(window.localStorage.getItem(GUIDE_KEY)).toBeNull()
  })

  it('never scrolls the page as it opens, only when the reader moves to another step', async () => {
    // Opening arrives on its own, perhaps while a press is being aimed at a preset.
    const scrolled: string[] = []
    Object.defineProperty(Element.prototype, 'scrollIntoView', {
      configurable: true,
      value(this: Element) {
        scrolled.push(this.id)
      },
    })
    try {
      const user = userEvent.setup()
      openPage()
      await screen.findByRole('dialog', { name: 'Start with a preset' })
      expect(scrolled).toEqual([])
      await user.click(screen.getByRole('button', { name: 'Next' }))
      expect(scrolled).toEqual(['result'])
      await user.click(screen.getByRole('button', { name: 'Back' }))
      expect(scrolled).toEqual(['result', 'presets'])
    } finally {
      delete (Element.prototype as { scrollIntoView?: unknown }).scrollIntoView
    }
  })
})
