import type { Browser, Locator, Page } from '@playwright/test'
import AxeBuilder from '@axe-core/playwright'
import { dismissGuides, expect, test } from './fixtures'

/*
 * A coding lesson from start to class results, as a teacher and three students run it with no
 * server: the teacher makes a lesson of one exercise and two disputed cases and hands out the
 * student link; each student, in a browser of their own, opens it, predicts, reveals, codes the
 * cases and hands in an answer code; the teacher pastes the three codes into Class results.
 */

const NOTE = 'Teacher only: ask who changed their mind after the reveal.'

/** A cell of a table by its row's header and its column's header. */
async function cell(table: Locator, row: RegExp, column: string): Promise<string> {
  await expect(table).toBeVisible()
  const headers = await table.locator('thead th').allInnerTexts()
  const k = headers.findIndex((h) => h.startsWith(column))
  expect(k, `a column "${column}" in ${headers.join(' | ')}`).toBeGreaterThanOrEqual(0)
  const cells = table.getByRole('row', { name: row }).locator('td')
  // The row's own header is a th, so its data cells line up with the column headers.
  return (await cells.nth(k).innerText()).trim()
}

async function axeClean(page: Page, selector: string) {
  const result = await new AxeBuilder({ page }).include(selector).analyze()
  expect(result.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([])
}

interface Answers {
  nickname: string
  prediction: 'Yes, an alliance' | 'No alliance'
  after: 'Yes, an alliance' | 'No alliance'
  laos: 'Yes' | 'No'
  end: '1969' | '1980'
  reason: string
}

/** One student: opens the link in a browser of their own, answers, and hands in. */
async function student(browser: Browser, link: string, a: Answers) {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    hasTouch: true,
  })
  await dismissGuides(context)
  const page = await context.newPage()
  await page.goto(link)
  const lesson = page.getByRole('region', { name: /^Lesson:/ })
  await expect(lesson).toBeVisible()
  // Neither the page nor its address holds the teacher's notes.
  expect(page.url()).not.toContain('Teacher only')
  expect(decodeURIComponent(page.url())).not.toContain('Teacher only')
  expect(await page.content()).not.toContain(NOTE)
  await expect(lesson.getByText('Student view')).toBeVisible()
  await expect(lesson.getByRole('textbox', { name: 'Student link' })).toHaveCount(0)

  const exercise = lesson.getByRole('article', { name: /^1\. / })
  await exercise.getByRole('radio', { name: a.prediction }).check()
  await exercise.getByRole('button', { name: /Reveal/ }).click()
  await expect(exercise.getByRole('status')).toContainText(
    'The model predicts an alliance for Vietnam–Russia in 1992–1994',
  )
  await exercise
    .getByRole('group', { name: '3. Now, what do you think?' })
    .getByRole('radio', { name: a.after })
    .check()
  const laos = lesson.getByRole('article', { name: /^2\. / })
  await laos
    .getByRole('group', { name: 'Count it as an alliance?' })
    .getByRole('radio', { name: a.laos })
    .check()
  await laos.getByRole('textbox', { name: 'Your reason' }).fill(a.reason)
  const end = lesson.getByRole('article', { name: /^3\. / })
  await end.getByRole('radio', { name: a.end }).check()
  await lesson.getByRole('textbox', { name: 'Your nickname' }).fill(a.nickname)
  const code = await lesson.getByRole('textbox', { name: /Your answer code/ }).inputValue()
  expect(code).toMatch(/^AE1-/)
  return { page, context, code }
}

test('a teacher makes a coding lesson, three students hand in, the class reading follows', async ({
  watched: page,
  browser,
}) => {
  test.setTimeout(180_000)
  await page.setViewportSize({ width: 1366, height: 900 })
  await page.goto('/')

  // The teacher: an exercise from the screen, then two disputed cases.
  await page.getByRole('button', { name: 'Russia stays communist', exact: true }).click()
  await page.getByText('Make an exercise (for teachers)').click()
  await page.getByRole('button', { name: 'Make an exercise' }).click()
  await page.getByRole('combobox', { name: 'Pair' }).selectOption('VNM-RUS')
  await page.getByRole('textbox', { name: 'Title' }).fill('Russia stays communist')
  await page.getByRole('textbox', { name: 'Teacher notes (never in the student link)' }).fill(NOTE)
  await axeClean(page, '.make-exercise')
  await page.getByRole('button', { name: 'Add to the lesson' }).click()
  const lesson = page.getByRole('region', { name: /^Lesson:/ })
  await expect(lesson.getByText('Teacher view')).toBeVisible()
  const add = lesson.getByRole('combobox', { name: 'Add a disputed case to code' })
  await add.selectOption({ label: 'Vietnam–Laos 1977: Article 2' })
  await lesson.getByRole('button', { name: 'Add the case' }).click()
  await add.selectOption({ value: 'chn-rus-end' })
  await lesson.getByRole('button', { name: 'Add the case' }).click()
  await expect(lesson.getByRole('list', { name: 'Lesson steps' }).getByRole('article')).toHaveCount(
    3,
  )
  await expect(lesson.getByText(NOTE)).toBeAttached()
  await axeClean(page, '.lesson')
  const link = await lesson.getByRole('textbox', { name: 'Student link' }).inputValue()

  // Three students, each in a browser of their own.
  const mai = await student(browser, link, {
    nickname: 'Mai',
    after: 'Yes, an alliance',
    prediction: 'Yes, an alliance',
    laos: 'No',
    end: '1969',
    reason: 'No clause obliges either side to fight.',
  })
  const bao = await student(browser, link, {
    nickname: 'Bảo',
    after: 'Yes, an alliance',
    prediction: 'No alliance',
    laos: 'No',
    end: '1969',
    reason: 'Support is not defence.',
  })
  const chi = await student(browser, link, {
    nickname: 'Chi',
    after: 'Yes, an alliance',
    prediction: 'Yes, an alliance',
    laos: 'Yes',
    end: '1980',
    reason: 'Both governments call it a defence treaty.',
  })
  await axeClean(mai.page, '.lesson')

  // Mai coded as the class's majority will: her own reading's verdict is the class reading's.
  await mai.page
    .getByRole('link', { name: /Debate/ })
    .or(mai.page.getByRole('button', { name: /Debate/ }))
    .first()
    .click()
  const mine = mai.page.getByRole('table', { name: /under each reading/ })
  const maiVerdict = await cell(mine, /Similar policies/, 'My reading')
  for (const s of [mai, bao, chi]) await s.context.close()

  // The teacher pastes the three codes, with a line of chat around them.
  const results = lesson.getByRole('region', { name: /Class results/ })
  await results.getByRole('radio', { name: 'Answer codes' }).check()
  await results
    .getByRole('textbox', { name: /Paste the answer codes/ })
    .fill(['Codes from the chat:', mai.code, bao.code, `${chi.code}  (sorry, late)`].join('\n'))
  await expect(results.getByText('3 students’ work read: Mai, Bảo, Chi.')).toBeVisible()
  const perCase = results.getByRole('table', { name: /How the class answered each case/ })
  // Two of three said no for Laos, so one pair in three agrees; the majority is No.
  const laosRow = perCase.getByRole('row', { name: /Vietnam–Laos 1977/ })
  await expect(laosRow).toContainText('No2')
  await expect(laosRow).toContainText('Yes1')
  await expect(laosRow.getByRole('cell').nth(1)).toHaveText('33%')
  await expect(laosRow.getByRole('cell').nth(2)).toHaveText('No')
  const endRow = perCase.getByRole('row', { name: /China–Soviet Union: when/ })
  await expect(endRow.getByRole('cell').nth(2)).toHaveText('1969')
  // Krippendorff's alpha over both cases (two answers, two values each): 1 − (4/6)/(26/30).
  await expect(results.getByText(/alpha over all cases: 0\.23\./)).toBeVisible()
  // Bảo predicted no and, after the reveal, said yes: one change of mind in three.
  const words = results
    .getByRole('figure', { name: /Predictions before and after/ })
    .getByRole('list', { name: 'The chart in words' })
  await expect(words).toContainText(
    '1. Russia stays communist: before the reveal 2 yes, 1 no, 0 unsure; after it 3 yes, 0 no, 0 unsure. 1 of 3 students changed their mind (1 from No to Yes).',
  )
  const lenses = results.getByRole('table', { name: /The class reading beside/ })
  expect(await cell(lenses, /Similar policies/, 'The class reading')).toBe(maiVerdict)
  await axeClean(page, '.lesson')
})
