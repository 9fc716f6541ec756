/**
 * `npm run screenshots`: the pictures in `docs/`, made from the production build so the README
 * never shows an old page. Serves `dist/` with `vite preview`, drives Chromium (`CHROME_PATH`) and
 * writes:
 *   - screenshot-desktop.png: a 1366×768 laptop screen with "Russia stays communist" applied;
 *   - screenshot-phone.png: a 390×844 touch phone, the same preset tapped, at the timeline;
 *   - screenshot-projector.png: 1920×1080 with projector mode on and the preset applied;
 *   - screenshot-export.png: the timeline chart as "Download chart (PNG)" saves it;
 *   - screenshot-lesson-teacher.png: a teacher's lesson of one exercise and two disputed cases,
 *     made from the screen, with its student and teacher links;
 *   - screenshot-lesson-student.png: the student link on a phone, the exercise revealed;
 *   - screenshot-class-results.png: Class results after three students' answer codes are pasted.
 * Everything is found by role and name, as a user finds it, so a new layout needs no edit here.
 * The npm script builds first; run `npx tsx src/cli/screenshots.ts` to reuse an existing `dist/`.
 */
import { existsSync, mkdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { chromium, type Browser, type BrowserContextOptions, type Page } from '@playwright/test'
import { COMPILED } from '@/data'
import { writeAnswerCode } from '@/share/answer-code'
import { answerLessonOf } from '@/share/lesson-answers'
import { readLessonLink } from '@/share/lesson-link'
import { CHROME_PATH, CHROMIUM_ARGS } from './chromium'
import { startPreview } from './preview'

const PORT = Number(process.env.SHOTS_PORT ?? 4198)
const ORIGIN = `http://127.0.0.1:${PORT}`
const OUT = 'docs'
const PRESET = 'Russia stays communist'
/** The first-run guide's storage key and the value meaning "seen, do not open it again". */
const GUIDE_KEY = 'alliance-explorer:guide'
const GUIDE_DONE = JSON.stringify({ tour: true, walkthrough: true })

/** A fresh browser profile that has already seen the first-run guide. */
async function open(browser: Browser, options: BrowserContextOptions): Promise<Page> {
  const context = await browser.newContext({
    deviceScaleFactor: 1,
    reducedMotion: 'reduce',
    acceptDownloads: true,
    ...options,
  })
  await context.addInitScript(
    ([key, value]) => {
      try {
        window.localStorage.setItem(key!, value!)
      } catch {
        // Storage blocked: the guide is closed below instead.
      }
    },
    [GUIDE_KEY, GUIDE_DONE],
  )
  const page = await context.newPage()
  page.on('pageerror', (e) => console.error(`screenshots: page error: ${e.message}`))
  await page.goto(`${ORIGIN}/`)
  await page.getByRole('figure', { name: /history against the model/ }).waitFor()
  await page.waitForLoadState('networkidle')
  await closeTour(page)
  return page
}

/** Closes a tour that opened anyway (another build of the guide, storage refused). */
async function closeTour(page: Page) {
  const tour = page.getByRole('dialog', { name: /tour/i })
  if (await tour.isVisible()) {
    await page.keyboard.press('Escape')
    await tour.waitFor({ state: 'hidden' })
  }
}

/** Applies the preset the way a student does, and waits until the page shows it applied. */
async function applyPreset(page: Page, how: 'click' | 'tap') {
  const button = page.getByRole('button', { name: PRESET, exact: true })
  await button.scrollIntoViewIfNeeded()
  if (how === 'tap') await button.tap()
  else await button.click()
  await page.getByRole('button', { name: PRESET, exact: true, pressed: true }).waitFor()
  await settle(page)
}

/** Waits for late panels and for fonts, then for two painted frames. */
async function settle(page: Page) {
  await page.waitForLoadState('networkidle')
  await page.locator('[aria-busy="true"]').first().waitFor({ state: 'detached' })
  await page.evaluate(async () => {
    await document.fonts.ready
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))
  })
}

/** The timeline chart: the picture the explorer is about. */
const timeline = (page: Page) => page.getByRole('figure', { name: /history against the model/i })

/** The page from the top, where a visitor lands, or from the top of the timeline. */
async function shoot(page: Page, file: string, from: 'top' | 'timeline' = 'top') {
  if (from === 'top') await page.evaluate(() => window.scrollTo(0, 0))
  else await timeline(page).evaluate((el) => el.scrollIntoView({ block: 'start' }))
  await settle(page)
  await closeTour(page)
  await page.screenshot({ path: join(OUT, file), animations: 'disabled', caret: 'hide' })
  report(file)
}

/** One part of the page, as it is on screen. */
async function shootPart(page: Page, part: ReturnType<Page['locator']>, file: string) {
  await part.scrollIntoViewIfNeeded()
  await settle(page)
  await part.screenshot({ path: join(OUT, file), animations: 'disabled', caret: 'hide' })
  report(file)
}

/**
 * A coding lesson: the teacher makes it from the screen, a student opens the student link on a
 * phone, and three students' answer codes go into Class results.
 */
async function lessonPictures(browser: Browser) {
  const teacher = await open(browser, { viewport: { width: 1366, height: 900 } })
  await applyPreset(teacher, 'click')
  await teacher.getByText('Make an exercise (for teachers)').click()
  await teacher.getByRole('button', { name: 'Make an exercise' }).click()
  await teacher.getByRole('combobox', { name: 'Pair' }).selectOption('VNM-RUS')
  await teacher.getByRole('textbox', { name: 'Title' }).fill(PRESET)
  await teacher
    .getByRole('textbox', { name: 'Teacher notes (never in the student link)' })
    .fill('Ask who changed their mind after the reveal, and why.')
  await teacher.getByRole('button', { name: 'Add to the lesson' }).click()
  const lesson = teacher.getByRole('region', { name: /^Lesson:/ })
  await lesson
    .getByRole('textbox', { name: 'Lesson title' })
    .fill('Does ideology decide alliances?')
  const add = lesson.getByRole('combobox', { name: 'Add a disputed case to code' })
  for (const id of ['vnm-lao-1977', 'chn-rus-end']) {
    await add.selectOption(id)
    await lesson.getByRole('button', { name: 'Add the case' }).click()
  }
  await teacher.evaluate(() => window.scrollTo(0, 0))
  await settle(teacher)
  await teacher.screenshot({
    path: join(OUT, 'screenshot-lesson-teacher.png'),
    animations: 'disabled',
    caret: 'hide',
  })
  report('screenshot-lesson-teacher.png')
  const link = await lesson.getByRole('textbox', { name: 'Student link' }).inputValue()

  const phone = await open(browser, {
    viewport: { width: 390, height: 844 },
    hasTouch: true,
    isMobile: true,
  })
  await phone.goto(link)
  const card = phone
    .getByRole('region', { name: /^Lesson:/ })
    .getByRole('article', { name: /^1\. / })
  await card.getByRole('radio', { name: 'No alliance' }).check()
  await card
    .getByRole('textbox', { name: 'Why do you think so?' })
    .fill('Russia is no longer a comrade.')
  await card.getByRole('button', { name: /Reveal/ }).click()
  await card
    .getByRole('group', { name: '3. Now, what do you think?' })
    .getByRole('radio', { name: 'Yes, an alliance' })
    .check()
  await card.evaluate((el) => el.scrollIntoView({ block: 'start' }))
  await settle(phone)
  await phone.screenshot({
    path: join(OUT, 'screenshot-lesson-student.png'),
    animations: 'disabled',
    caret: 'hide',
  })
  report('screenshot-lesson-student.png')
  await phone.context().close()

  // Three students' codes, written for this lesson as their pages write them.
  const read = readLessonLink(link.split('#')[1]!, COMPILED)
  if (!read.ok) throw new Error(`the student link does not read: ${read.problem}`)
  const forLesson = answerLessonOf(read.lesson.plan)
  const exercise = forLesson.exercises[0]!
  const codes = (
    [
      ['Mai', 'no', 1969, 'yes', 'yes', 'No clause obliges either side to fight.'],
      ['Bảo', 'no', 1969, 'no', 'yes', 'Support for defence is not a promise to defend.'],
      ['Chi', 'yes', 1980, 'yes', 'yes', 'Both governments call it a defence treaty.'],
    ] as const
  ).map(([nickname, laos, end, before, after, reason]) => {
    const r = writeAnswerCode(
      {
        nickname,
        codes: { 'vnm-lao-1977': { alliance: laos, reason }, 'chn-rus-end': { end } },
        answers: { [exercise]: { prediction: before, after, revealed: true } },
      },
      forLesson,
    )
    if (!r.ok) throw new Error(r.problem)
    return r.code
  })
  const results = lesson.getByRole('region', { name: /Class results/ })
  await results.getByRole('radio', { name: 'Answer codes' }).check()
  await results.getByRole('textbox', { name: /Paste the answer codes/ }).fill(codes.join('\n'))
  await results.getByText('3 students’ work read').waitFor()
  await shootPart(teacher, results, 'screenshot-class-results.png')
  await teacher.context().close()
}

function report(file: string) {
  console.log(`${join(OUT, file)}  ${(statSync(join(OUT, file)).size / 1024).toFixed(0)} kB`)
}

async function main() {
  if (!existsSync('dist/index.html'))
    throw new Error('no production build: run `npx vite build` first (`npm run screenshots` does)')
  mkdirSync(OUT, { recursive: true })
  const server = await startPreview(PORT)
  const browser = await chromium.launch({ executablePath: CHROME_PATH, args: CHROMIUM_ARGS })
  try {
    console.log(`Chromium ${browser.version()} at ${CHROME_PATH}, build served at ${ORIGIN}`)

    const desktop = await open(browser, { viewport: { width: 1366, height: 768 } })
    await applyPreset(desktop, 'click')
    await shoot(desktop, 'screenshot-desktop.png')

    // The timeline chart, as a student downloads it for a slide.
    const [download] = await Promise.all([
      desktop.waitForEvent('download'),
      timeline(desktop).getByRole('button', { name: 'Download chart (PNG)' }).click(),
    ])
    if (!download.suggestedFilename().endsWith('.png'))
      throw new Error(`the chart download is ${download.suggestedFilename()}, not a PNG`)
    await download.saveAs(join(OUT, 'screenshot-export.png'))
    report('screenshot-export.png')
    await desktop.context().close()

    const phone = await open(browser, {
      viewport: { width: 390, height: 844 },
      hasTouch: true,
      isMobile: true,
    })
    await applyPreset(phone, 'tap')
    await shoot(phone, 'screenshot-phone.png', 'timeline')
    await phone.context().close()

    const projector = await open(browser, { viewport: { width: 1920, height: 1080 } })
    const toggle = projector.getByRole('button', { name: 'Projector mode' })
    await toggle.click()
    await projector.getByRole('button', { name: 'Projector mode', pressed: true }).waitFor()
    await applyPreset(projector, 'click')
    await shoot(projector, 'screenshot-projector.png')
    await projector.context().close()

    await lessonPictures(browser)
  } finally {
    await browser.close()
    server.kill()
  }
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(`screenshots: ${(e as Error).message}`)
    process.exit(1)
  },
)
