import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { AgreementChart } from '@/features/agreement/agreement-chart'
import { svgToPng } from '@/features/export/chart-export'
import { catchDownloads } from '../../downloads'

let downloads: { name: string; blob: Blob }[]
beforeEach(() => {
  downloads = catchDownloads()
})
afterEach(() => {
  vi.useRealTimers()
  vi.restoreAllMocks()
})

describe('the export buttons', () => {
  it('say which file they downloaded, to a screen reader', async () => {
    render(<AgreementChart width={700} />)
    await userEvent.click(screen.getByRole('button', { name: 'Download chart (SVG)' }))
    await waitFor(() => expect(downloads).toHaveLength(1), { timeout: 15_000 })
    expect(screen.getByRole('status')).toHaveTextContent(`Downloaded ${downloads[0]!.name}.`)
    expect(downloads[0]!.name).toMatch(/\.svg$/)
  })
})

describe('a PNG', () => {
  it('that the browser never draws gives up at the time limit, naming the step', async () => {
    vi.useFakeTimers()
    // jsdom never loads an image: the picture is never read.
    const png = svgToPng('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>', 2000)
    const settled = expect(png).rejects.toThrow('reading the chart as an image took more than 2 s')
    await vi.advanceTimersByTimeAsync(2000)
    await settled
    // The picture's address is given back.
    expect(URL.revokeObjectURL).toHaveBeenCalled()
  })
})
