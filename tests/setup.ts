import '@testing-library/jest-dom/vitest'
import { cleanup } from '@testing-library/react'
import { afterEach } from 'vitest'
import { useInspectStore } from '@/features/history-editor/inspect-store'
import { useExplorerStore } from '@/store/explorer-store'

afterEach(() => {
  cleanup()
  useExplorerStore.setState(useExplorerStore.getInitialState(), true)
  useInspectStore.setState(useInspectStore.getInitialState(), true)
})
