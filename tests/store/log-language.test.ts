// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { switchLanguage } from '@/i18n/catalogue'
import { useExplorerStore } from '@/store/explorer-store'

const entries = () => useExplorerStore.getState().log.map((e) => e.text)

describe('the intervention log in the language in use', () => {
  it('writes each entry in the language in use when it is made, and keeps it so', async () => {
    const store = useExplorerStore.getState()
    store.updateSettings({ rule: 'security-only' })
    await switchLanguage('vi')
    store.updateSettings({ rule: 'two-criteria-lag', lag: 2, history: 'cow' })
    store.setCells('threat', 'VNM-USA', 2014, 2026, 'no')
    store.resetScenario()
    expect(entries()).toEqual([
      'Rule: security only',
      'Quy tắc: hai tiêu chí có độ trễ rút khỏi liên minh; Độ trễ rút khỏi liên minh: 2 năm; Định nghĩa liên minh: liên minh chính thức theo COW',
      expect.stringMatching(/: không có mối đe dọa chung \(2014–2026\)$/),
      'Đưa về như lịch sử',
    ])
    await switchLanguage('zh-Hans')
    store.updateSettings({ contestedThreat: 'not-shared' })
    expect(entries().at(-1)).toBe('有争议的威胁：计为非共同')
    expect(entries()[0]).toBe('Rule: security only')
  })

  it('names a built-in preset in quotes of the language', async () => {
    await switchLanguage('vi')
    useExplorerStore.getState().togglePreset('russia-stays-communist')
    expect(entries().at(-1)).toMatch(/^Đã áp dụng “.+”/)
  })
})
