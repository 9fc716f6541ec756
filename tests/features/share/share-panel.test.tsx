import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { catchDownloads } from '../../downloads'
import { useUndoShortcuts } from '@/app/use-undo-shortcuts'
import { InterventionLog } from '@/features/log/intervention-log'
import { NoticeArea } from '@/features/notices/notice-area'
import { PresetPanel } from '@/features/presets/preset-panel'
import { SharePanel } from '@/features/share/share-panel'
import { COMPILED } from '@/data'
import { parseCsv, toCsv } from '@/lib/csv'
import { DEFAULT_SETTINGS, evaluate } from '@/model/evaluate'
import { presetScenario } from '@/model/presets'
import { restrictDyads } from '@/model/compile'
import { inScope } from '@/model/lifespan'
import { buildRows, ROW_COLUMNS } from '@/model/rows'
import { readScenarioFile } from '@/share/scenario-file'
import { useExplorerStore } from '@/store/explorer-store'
import { PRESETS } from '@/data'

let downloads: { name: string; blob: Blob }[]
beforeEach(() => {
  downloads = catchDownloads()
})
afterEach(() => vi.restoreAllMocks())

/** The panels a student saves and shares with: presets, the log, the share panel, notices. */
function Panels() {
  useUndoShortcuts()
  return (
    <>
      <NoticeArea />
      <PresetPanel />
      <InterventionLog />
      <SharePanel />
    </>
  )
}

const fileOf = (name: string, text: string) => new File([text], name, { type: 'application/json' })

describe('sharing and saving', () => {
  it('saves a scenario file that opens back to the same scenario and log', async () => {
    const user = userEvent.setup()
    render(<Panels />)
    await user.click(screen.getByRole('button', { name: 'Russia stays communist' }))
    await user.type(
      screen.getByRole('textbox', { name: 'Why? (step 1)' }),
      'Moscow keeps its party',
    )
    await user.click(screen.getByRole('button', { name: 'Save scenario' }))
    expect(downloads[0]!.name).toBe('alliance-explorer_scenario_russia-stays-communist.json')
    const text = await downloads[0]!.blob.text()
    const opened = readScenarioFile(text, COMPILED)
    expect(opened.ok && opened.file.session.scenario).toEqual(useExplorerStore.getState().scenario)
    expect(opened.ok && opened.file.log).toEqual([
      { text: 'Applied "Russia stays communist"', rationale: 'Moscow keeps its party' },
    ])

    // Open it over other work: it replaces that work as one step Undo takes back.
    await user.click(screen.getByRole('button', { name: 'Reset to history' }))
    await user.upload(screen.getByLabelText('Scenario file to open'), fileOf('russia.json', text))
    expect(await screen.findByText(/Opened "russia.json"/)).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Russia stays communist' })).toHaveAttribute(
      'aria-pressed',
      'true',
    )
    await user.click(screen.getByRole('button', { name: 'Undo' }))
    expect(screen.getByRole('button', { name: 'Russia stays communist' })).toHaveAttribute(
      'aria-pressed',
      'false',
    )
  })

  it('rejects a broken file with a message, leaving the current work untouched', async () => {
    const user = userEvent.setup()
    render(<Panels />)
    await user.click(screen.getByRole('button', { name: 'No Sino-Soviet split' }))
    const before = useExplorerStore.getState()
    const bad = JSON.stringify({
      format: 'alliance-counterfactual-explorer/scenario',
      version: 1,
      settings: DEFAULT_SETTINGS,
      changes: [{ layer: 'threat', id: 'VNM-ATL', from: 1990, to: 1991, value: 'yes' }],
    })
    await user.upload(screen.getByLabelText('Scenario file to open'), fileOf('bad.json', bad))
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent(
      '"bad.json" was not opened: changes[0]: unknown pair "VNM-ATL" (threat, 1990–1991). Your current work is unchanged.',
    )
    expect(useExplorerStore.getState().scenario).toBe(before.scenario)
    expect(useExplorerStore.getState().log).toBe(before.log)
    await user.click(within(alert).getByRole('button', { name: 'Dismiss' }))
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })

  it('downloads the cases shown as the same CSV as `npm run data:csv -- --cases essay`, every row', async () => {
    const user = userEvent.setup()
    render(<Panels />)
    await user.click(screen.getByRole('button', { name: 'Russia stays communist' }))
    await user.click(screen.getByRole('button', { name: 'Download data (CSV)' }))
    expect(downloads[0]!.name).toBe('alliance-explorer_data_russia-stays-communist.csv')
    const csv = await downloads[0]!.blob.text()
    const preset = PRESETS.find((p) => p.id === 'russia-stays-communist')!
    // The essay's cases are in view by default, and the download holds what is in view.
    const shown = restrictDyads(COMPILED, (d) => inScope(d, DEFAULT_SETTINGS.cases))
    const expected = toCsv(
      ROW_COLUMNS,
      buildRows(evaluate(shown, presetScenario(COMPILED, preset), DEFAULT_SETTINGS)),
    )
    expect(csv).toBe(expected)
    const [header, ...rows] = parseCsv(csv)
    expect(header).toEqual([...ROW_COLUMNS])
    expect(rows).toHaveLength(858)
  })

  it('copies a link that restores the same view, or shows it when there is no clipboard', async () => {
    const user = userEvent.setup()
    render(<Panels />)
    await user.click(screen.getByRole('button', { name: 'Russia stays communist' }))
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: vi.fn().mockRejectedValue(new Error('denied')) },
      configurable: true,
    })
    await user.click(screen.getByRole('button', { name: 'Copy link' }))
    const box = await screen.findByRole('textbox', { name: /Copy this link/ })
    expect((box as HTMLInputElement).value).toMatch(/#v=1&d=[\d.]+&r=RUS:c1992-2026$/)
    const writeText = vi.fn().mockResolvedValue(undefined)
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true })
    await user.click(screen.getByRole('button', { name: 'Copy link' }))
    expect(writeText).toHaveBeenCalledWith(expect.stringMatching(/#v=1&d=[\d.]+&r=RUS:c1992-2026$/))
    expect(await screen.findByRole('textbox', { name: /Link copied/ })).toBeInTheDocument()
  })

  it('undoes and redoes with the buttons and with Ctrl+Z and Ctrl+Shift+Z', async () => {
    const user = userEvent.setup()
    render(<Panels />)
    const russia = screen.getByRole('button', { name: 'Russia stays communist' })
    expect(screen.getByRole('button', { name: 'Undo' })).toBeDisabled()
    await user.click(russia)
    await user.keyboard('{Control>}z{/Control}')
    expect(russia).toHaveAttribute('aria-pressed', 'false')
    await user.keyboard('{Control>}{Shift>}z{/Shift}{/Control}')
    expect(russia).toHaveAttribute('aria-pressed', 'true')
    await user.click(screen.getByRole('button', { name: 'Undo' }))
    expect(russia).toHaveAttribute('aria-pressed', 'false')
    await user.click(screen.getByRole('button', { name: 'Redo' }))
    expect(russia).toHaveAttribute('aria-pressed', 'true')
    // While typing in a field, Ctrl+Z belongs to the field.
    await user.click(screen.getByRole('textbox', { name: 'Why? (step 1)' }))
    await user.keyboard('{Control>}z{/Control}')
    expect(russia).toHaveAttribute('aria-pressed', 'true')
  })
})
