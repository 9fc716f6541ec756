// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { writeLessonLink } from '@/share/lesson-link'
import { restoreSession, SESSION_KEY } from '@/share/persistence'
import { writeScenarioFile } from '@/share/scenario-file'
import { savedLogOf, sessionOf, studentWorkOf } from '@/share/session'
import { createExplorerStore } from '@/store/explorer-store'
import { FakeStorage } from './fake-storage'
import { PLAN } from './lesson-fixture'

/** The autosave of a store, as the explorer writes it. */
const autosaveOf = (store: ReturnType<typeof createExplorerStore>) =>
  writeScenarioFile(sessionOf(store.getState()), savedLogOf(store.getState()), {
    ...studentWorkOf(store.getState()),
  })

describe('a lesson in the session', () => {
  it('opens from a student link beside the saved work, and is back after a reload', () => {
    const storage = new FakeStorage()
    const before = createExplorerStore()
    before.getState().togglePreset('no-sino-soviet-split')
    storage.setItem(SESSION_KEY, autosaveOf(before))

    const store = createExplorerStore()
    expect(restoreSession(store, `#${writeLessonLink(PLAN, 'student')}`, storage)).toBe('link')
    // The lesson opens on Explore, without the teacher's notes; the work on screen stays.
    expect(store.getState().lesson?.role).toBe('student')
    expect(JSON.stringify(store.getState().lesson)).not.toContain('SECRET')
    expect(store.getState().scenario).toEqual(before.getState().scenario)
    expect(store.getState().view.step).toBe('explore')

    store.getState().answer('ex-000001', { prediction: 'no' })
    storage.setItem(SESSION_KEY, autosaveOf(store))
    const reloaded = createExplorerStore()
    restoreSession(reloaded, '', storage)
    expect(reloaded.getState().lesson).toEqual(store.getState().lesson)
    expect(reloaded.getState().answers['ex-000001']).toEqual({ prediction: 'no' })
  })

  it("a lesson opened over the teacher's own keeps the teacher's one click away", () => {
    const store = createExplorerStore()
    store.getState().openLesson({ plan: { ...PLAN, title: 'My own lesson' }, role: 'teacher' })
    const mine = store.getState().lesson
    restoreSession(store, `#${writeLessonLink(PLAN, 'student')}`, null)
    expect(store.getState().lesson?.role).toBe('student')
    const notice = store.getState().notices.find((n) => n.action?.label.startsWith('Reopen'))
    expect(notice?.text).toMatch(/Your lesson "My own lesson" is one click away/)
    notice!.action!.run()
    expect(store.getState().lesson).toEqual(mine)
  })

  it('a damaged lesson link says what is wrong and changes nothing', () => {
    const store = createExplorerStore()
    store.getState().togglePreset('russia-stays-communist')
    const scenario = store.getState().scenario
    restoreSession(store, `#${writeLessonLink(PLAN, 'student').slice(0, -9)}`, null)
    expect(store.getState().lesson).toBeNull()
    expect(store.getState().scenario).toBe(scenario)
    expect(store.getState().notices.at(-1)).toMatchObject({
      kind: 'error',
      text: expect.stringMatching(
        /^This lesson link could not be opened: the lesson in the link is damaged .* Your current work is unchanged\.$/,
      ),
    })
  })
})
