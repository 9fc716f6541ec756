/** Hands a blob to the browser as a download with the given file name. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = fileName
  a.rel = 'noopener'
  document.body.append(a)
  a.click()
  a.remove()
  // Revoke later: some browsers start the download asynchronously.
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

/** Lower-case words joined by hyphens, for file names. */
export function slug(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}

/**
 * Whether the page is shown inside a frame of another page, as learning platforms (Moodle,
 * Canvas, Google Sites) embed it. There a sandbox may block downloads without a word, and the
 * browser may keep the page's storage apart or refuse it.
 */
export function isFramed(win: Window = window): boolean {
  try {
    return win.self !== win.top
  } catch {
    // Reading `top` across origins may throw in old browsers: that too means framed.
    return true
  }
}
