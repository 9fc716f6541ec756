import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { DATA_CHANGELOG } from '@/data/changelog'
import { DATA_VERSION } from '@/data/version'
import { DataChangelog } from '@/features/about/data-changelog'

describe('the data changelog', () => {
  it('lists every correction of every data version, under an in-page anchor', async () => {
    const user = userEvent.setup()
    const { container } = render(<DataChangelog />)
    const summary = screen.getByText(`Data version ${DATA_VERSION}: what was corrected`)
    expect(container.querySelector('details#data-changelog')).not.toBeNull()
    await user.click(summary)
    // The list loads when the section is first opened.
    await screen.findByText(`${DATA_CHANGELOG[0]!.changes[0]!.what}.`)
    for (const release of DATA_CHANGELOG)
      for (const change of release.changes)
        expect(screen.getByText(`${change.what}.`)).toBeVisible()
  })
})
