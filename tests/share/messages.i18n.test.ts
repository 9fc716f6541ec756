// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { COMPILED } from '@/data'
import { switchLanguage } from '@/i18n/catalogue'
import { DEFAULT_SETTINGS } from '@/model/evaluate'
import { EMPTY_SCENARIO } from '@/model/scenario'
import { readAnswerCode, type ReadResult } from '@/share/answer-code'
import { readLessonLink } from '@/share/lesson-link'
import { decodeLink } from '@/share/link'
import { openScenarioText } from '@/share/persistence'
import { readScenarioFile, writeScenarioFile } from '@/share/scenario-file'
import { defaultView } from '@/share/session'
import { readUserCases } from '@/share/user-cases'
import { createExplorerStore } from '@/store/explorer-store'

/*
 * The share layer writes its problems in the language in use when it finds them: a link, a
 * scenario file, a case file or an answer code read in Vietnamese or Chinese says what is wrong
 * in that language, keeping the link's parts, the file's field paths and codes as they are.
 */

const c = COMPILED
const session = { scenario: EMPTY_SCENARIO, settings: DEFAULT_SETTINGS, view: defaultView(c) }
/** A scenario file whose first change names a pair the data do not have. */
const unknownPair = () => {
  const file = JSON.parse(writeScenarioFile(session, [])) as Record<string, unknown>
  file.changes = [{ layer: 'threat', id: 'XXX-YYY', from: 1960, to: 1965, value: 'yes' }]
  return JSON.stringify(file)
}
/** A scenario file whose settings hold a number where a word belongs. */
const wrongType = () => {
  const file = JSON.parse(writeScenarioFile(session, [])) as Record<string, unknown>
  file.settings = { ...DEFAULT_SETTINGS, rule: 7 }
  return JSON.stringify(file)
}
const codeProblem = (r: ReadResult) => (r.ok ? null : r.problem)
const problemOf = (text: string) => {
  const read = readScenarioFile(text, c)
  return read.ok ? null : read.problem
}

describe('problems in a link', () => {
  it('are in English by default, word for word as before', () => {
    expect(decodeLink('#v=1&zzz=1&years=1800-1900', c).problems).toEqual([
      'the part "zzz" is not one this version knows and was ignored',
      '"years=1800-1900" is not a span within 1949–2026; all years are shown',
    ])
  })

  it('are in Vietnamese when Vietnamese is in use, with the link’s parts as they are', async () => {
    await switchLanguage('vi')
    const { problems } = decodeLink('#v=1&zzz=1&years=1800-1900&t=VNM-RUS:q1960', c)
    expect(problems).toEqual([
      'phiên bản này không biết phần "zzz" nên đã bỏ qua nó',
      'VNM-RUS mối đe dọa: "q1960" không phải một giá trị kèm một năm hoặc một giai đoạn; đã bỏ qua',
      '"years=1800-1900" không phải một giai đoạn trong khoảng 1949–2026; đang hiển thị tất cả các năm',
    ])
    expect(decodeLink('#' + 'x'.repeat(210_000), c).problems[0]).toBe(
      'liên kết dài 210 kB, dài hơn mọi liên kết mà trang khám phá tạo ra (tối đa 200 kB), nên không được đọc',
    )
  })

  it('are in Chinese when Chinese is in use', async () => {
    await switchLanguage('zh-Hans')
    const { problems } = decodeLink('#v=9&rule=nonsense', c)
    expect(problems[0]).toBe(
      '该链接由更新版本的探索工具生成（格式 9）；只读取了此版本（格式 1）能够理解的部分',
    )
    expect(problems[1]).toMatch(/^“rule=nonsense”无效（应为 .+）；已保留默认值$/)
  })

  it('a lesson link that is cut short says so in the language in use', async () => {
    await switchLanguage('vi')
    expect(readLessonLink('#lesson=1', c)).toEqual({
      ok: false,
      problem:
        'bài học trong liên kết không theo dạng VERSION.TEXT; có phải liên kết đã bị cắt mất một đoạn?',
    })
    await switchLanguage('zh-Hans')
    expect(readLessonLink('#lesson=1.@@', c)).toEqual({
      ok: false,
      problem: '链接中的课程不符合 VERSION.TEXT 格式；链接是否被截断了？',
    })
  })
})

describe('problems in a scenario file', () => {
  it('are in English by default, word for word as before', () => {
    expect(problemOf('{')).toMatch(/^the file is not JSON \(/)
    expect(problemOf(unknownPair())).toBe('changes[0]: unknown pair "XXX-YYY" (threat, 1960–1965)')
    expect(problemOf(wrongType())).toMatch(/^settings\.rule: Invalid option: expected one of/)
  })

  it('are in Vietnamese when Vietnamese is in use, with the field path and codes as they are', async () => {
    await switchLanguage('vi')
    expect(problemOf('[1]')).toBe('tệp không phải một kịch bản: nó không chứa đối tượng JSON nào')
    expect(problemOf('{"format":"something-else"}')).toBe(
      'tệp không phải kịch bản của trang khám phá ("format" của nó phải là "alliance-counterfactual-explorer/scenario")',
    )
    expect(problemOf(unknownPair())).toBe(
      'changes[0]: cặp không xác định "XXX-YYY" (threat, 1960–1965)',
    )
    // zod's own words too.
    expect(problemOf(wrongType())).toMatch(/^settings\.rule: Tùy chọn không hợp lệ/)
  })

  it('are in Chinese when Chinese is in use', async () => {
    await switchLanguage('zh-Hans')
    expect(problemOf('{')).toMatch(/^该文件不是 JSON 文件（/)
    expect(problemOf(unknownPair())).toBe('changes[0]：未知的国家对“XXX-YYY”（threat，1960–1965）')
    expect(problemOf(wrongType())).toMatch(/^settings\.rule：无效选项/)
  })

  it('reach the user as a notice in the language in use', async () => {
    await switchLanguage('zh-Hans')
    const store = createExplorerStore()
    expect(openScenarioText(store, 'lesson.json', '[]')).toBe(false)
    expect(store.getState().notices.at(-1)?.text).toBe(
      '未打开“lesson.json”：该文件不是情景文件：其中没有 JSON 对象。你当前的工作没有改变。',
    )
    await switchLanguage('vi')
    expect(openScenarioText(store, 'a.json', unknownPair())).toBe(false)
    expect(store.getState().notices.at(-1)?.text).toBe(
      'Chưa mở "a.json": changes[0]: cặp không xác định "XXX-YYY" (threat, 1960–1965). Bài làm hiện tại của bạn không thay đổi.',
    )
  })
})

describe('problems in a case file and an answer code', () => {
  it('name the row and the field in the language in use', async () => {
    const csv = 'record,id,field,from,to,value\nstate,ETH,regime,19x4,1990,communist\n'
    expect(readUserCases(csv, 'csv').problems[0]).toBe(
      'Row 2 (state ETH, regime): from and to must be years such as 1961 and 1975',
    )
    await switchLanguage('vi')
    expect(readUserCases(csv, 'csv').problems[0]).toBe(
      'Dòng 2 (quốc gia ETH, regime): from và to phải là năm, chẳng hạn 1961 và 1975',
    )
    await switchLanguage('zh-Hans')
    expect(readUserCases('', 'json').problems).toEqual(['该文件为空。'])
  })

  it('say what is wrong with an answer code in the language in use', async () => {
    await switchLanguage('vi')
    expect(codeProblem(readAnswerCode('hello'))).toBe(
      'không phải mã bài làm (mã bài làm bắt đầu bằng AE1-)',
    )
    await switchLanguage('zh-Hans')
    expect(codeProblem(readAnswerCode('AE1-0000000'))).toBe(
      '已损坏：代码在开头几个字符之后被截断了',
    )
  })
})
