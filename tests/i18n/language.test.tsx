import { act, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { browserLanguage, followLanguage, linkLanguage } from '@/app/language'
import { LanguageMenu } from '@/features/language/language-menu'
import { activeLanguage, loadLanguage } from '@/i18n/catalogue'
import { decodeLink, encodeLink } from '@/share/link'
import { openScenarioText } from '@/share/persistence'
import { writeScenarioFile } from '@/share/scenario-write'
import { sessionOf } from '@/share/session'
import { useExplorerStore } from '@/store/explorer-store'
import { rowsNamedIn } from '@/store/names'
import { selectLabels, selectRows } from '@/store/selectors'

const store = useExplorerStore

describe('the language menu', () => {
  it('names each language in itself and puts the page, its title and <html lang> in the choice', async () => {
    const stop = followLanguage()
    const user = userEvent.setup()
    render(<LanguageMenu />)
    const menu = screen.getByRole('combobox', { name: 'Language' })
    expect(
      screen.getAllByRole('option').map((o) => [o.textContent, o.getAttribute('lang')]),
    ).toEqual([
      ['English', 'en'],
      ['Tiếng Việt', 'vi'],
      ['简体中文', 'zh-Hans'],
    ])

    await user.selectOptions(menu, 'Tiếng Việt')
    expect(await screen.findByRole('combobox', { name: 'Ngôn ngữ' })).toHaveValue('vi')
    expect(document.documentElement.lang).toBe('vi')
    expect(document.title).toBe('Khám phá liên minh phản thực tế')
    expect(store.getState().view.language).toBe('vi')

    await user.selectOptions(screen.getByRole('combobox'), '简体中文')
    expect(await screen.findByRole('combobox', { name: '语言' })).toHaveValue('zh-Hans')
    expect(document.documentElement.lang).toBe('zh-Hans')
    stop()
  })
})

describe('the language of the store', () => {
  it('names states in the standard form of the language in use', async () => {
    await act(() => loadLanguage('vi'))
    act(() => store.getState().setLanguage('vi'))
    const labels = selectLabels(store.getState())
    expect(labels.dyad('VNM-RUS', 1980)).toBe('Việt Nam–Liên Xô')
    expect(labels.dyad('VNM-RUS', 1995)).toBe('Việt Nam–Nga')
    await act(() => loadLanguage('zh-Hans'))
    act(() => store.getState().setLanguage('zh-Hans'))
    expect(selectLabels(store.getState()).dyad('VNM-RUS', 1980)).toBe('越南–苏联')
  })

  it('writes the name columns of the CSV and the table in the language, the codes as they are', async () => {
    await act(() => loadLanguage('vi'))
    const s = store.getState()
    const english = selectRows(s).find((r) => r.dyad === 'VNM-RUS' && r.year === 1980)!
    const [vi] = rowsNamedIn([english], s.library.source, 'vi')
    expect(vi).toMatchObject({
      state_a: 'VNM',
      state_b: 'RUS',
      name_a: 'Cộng hòa Xã hội chủ nghĩa Việt Nam',
      name_b: 'Liên Xô',
    })
    expect(english.name_b).toBe('Soviet Union')
    expect(rowsNamedIn([english], s.library.source, 'en')[0]).toBe(english)
  })

  it('changes the store’s language and the words together, once the words are in', async () => {
    act(() => store.getState().setLanguage('zh-Hans'))
    // Loaded or not yet (another test may have loaded it), the two never disagree.
    expect(store.getState().view.language).toBe(activeLanguage())
    await act(() => loadLanguage('zh-Hans'))
    await act(async () => {})
    expect(store.getState().view.language).toBe('zh-Hans')
    expect(activeLanguage()).toBe('zh-Hans')
  })
})

describe('the language in a link and a file', () => {
  it('goes into the link only when it is not English, and comes back out', () => {
    const c = store.getState().library
    const session = sessionOf(store.getState())
    expect(encodeLink(session, c)).not.toContain('lang=')
    const vi = { ...session, view: { ...session.view, language: 'vi' as const } }
    const link = encodeLink(vi, c)
    expect(link).toContain('lang=vi')
    expect(linkLanguage(`#${link}`)).toBe('vi')
    expect(decodeLink(`#${link}`, c).session?.view.language).toBe('vi')
  })

  it('refuses a language it does not have, naming it, and keeps English', () => {
    const c = store.getState().library
    const read = decodeLink('#v=1&lang=fr', c)
    expect(linkLanguage('#v=1&lang=fr')).toBeUndefined()
    expect(read.session?.view.language ?? 'en').toBe('en')
    expect(read.problems.join(' ')).toMatch(/lang=fr/)
  })

  it('opens a scenario file in the language it was saved in', async () => {
    await act(() => loadLanguage('vi'))
    const session = sessionOf(store.getState())
    const file = writeScenarioFile({ ...session, view: { ...session.view, language: 'vi' } }, [])
    act(() => {
      openScenarioText(store, 'scenario.json', file)
    })
    expect(store.getState().view.language).toBe('vi')
  })
})

describe('a first visit', () => {
  it('is in the browser’s language', () => {
    expect(browserLanguage({ languages: ['vi-VN'], language: 'vi-VN' })).toBe('vi')
    expect(browserLanguage({ languages: [], language: 'zh-CN' })).toBe('zh-Hans')
  })
})
