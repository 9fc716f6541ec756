import { vi } from 'vitest'

/**
 * Catches the files the page downloads (a blob URL on a clicked link) and returns the list they
 * land in, by name and content. Call in `beforeEach`; `vi.restoreAllMocks()` undoes it.
 */
export function catchDownloads(): { name: string; blob: Blob }[] {
  const downloads: { name: string; blob: Blob }[] = []
  let last: Blob | undefined
  URL.createObjectURL = vi.fn((b: Blob) => {
    last = b
    return 'blob:test'
  }) as typeof URL.createObjectURL
  URL.revokeObjectURL = vi.fn()
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    downloads.push({ name: this.download, blob: last! })
  })
  return downloads
}
