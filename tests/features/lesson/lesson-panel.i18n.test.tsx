import { act, render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { switchLanguage } from '@/i18n/catalogue'
import { MakeExercise } from '@/features/lesson/make-exercise'
import { LessonPanel } from '@/features/lesson/lesson-panel'
import { useExplorerStore } from '@/store/explorer-store'
import { PLAN } from '../../share/lesson-fixture'

describe('the lesson in Vietnamese and Chinese', () => {
  it('offers to make an exercise in Vietnamese', async () => {
    render(<MakeExercise />)
    await act(() => switchLanguage('vi'))
    expect(screen.getByRole('heading', { name: 'Tạo bài tập từ màn hình này' })).toBeInTheDocument()
    act(() => useExplorerStore.getState().togglePreset('russia-stays-communist'))
    expect(screen.getByRole('button', { name: 'Tạo bài tập' })).toBeInTheDocument()
  })

  it('shows the teacher the lesson and how to hand it out in Chinese', async () => {
    act(() => useExplorerStore.getState().openLesson({ plan: PLAN, role: 'teacher' }))
    render(<LessonPanel />)
    await act(() => switchLanguage('zh-Hans'))
    expect(screen.getByRole('heading', { name: `课程：${PLAN.title}` })).toBeInTheDocument()
    expect(screen.getByRole('heading', { name: '分发课程' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: '复制学生链接' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: '显示二维码：学生链接' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: '关闭课程' })).toBeInTheDocument()
  })
})
