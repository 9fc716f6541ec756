import { create } from 'zustand'
import type { Layer } from '@/model/scenario'

/** The cell of the history editor under the pointer or keyboard focus (UI state, not shared). */
export interface InspectTarget {
  readonly layer: Layer
  readonly id: string
  readonly year: number
}

export const useInspectStore = create<{
  target: InspectTarget | null
  inspect: (t: InspectTarget) => void
}>()((set, get) => ({
  target: null,
  inspect: (t) => {
    const now = get().target
    if (now?.layer !== t.layer || now.id !== t.id || now.year !== t.year) set({ target: t })
  },
}))
