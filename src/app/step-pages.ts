import { text } from '@/i18n/catalogue'
import { lazyPart } from '@/ui/lazy-part'
import type { Step } from '@/store/explorer-store'
import { memo, type ComponentType } from 'react'
import { ExploreStep } from './explore-step'
import { stepWords } from './steps.en'

/**
 * Loads a step's code. Explore is the first screen and is part of the page; Debate and Check load
 * when first opened, or a moment before: when the pointer or the focus reaches their button.
 */
export const loadStep: Readonly<Record<Step, () => Promise<ComponentType>>> = {
  explore: () => Promise.resolve(ExploreStep),
  debate: () => import('./debate-step').then((m) => m.DebateStep),
  check: () => import('./check-step').then((m) => m.CheckStep),
}

/** The steps' pages, memoized: the page re-renders on a step change, a step's own tree does not. */
export const STEP_PAGES: Readonly<Record<Step, ComponentType>> = {
  explore: memo(ExploreStep),
  debate: memo(lazyPart(loadStep.debate, () => text(stepWords, 'part.debate'))),
  check: memo(lazyPart(loadStep.check, () => text(stepWords, 'part.check'))),
}
