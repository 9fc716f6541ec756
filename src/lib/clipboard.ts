/**
 * Copies text to the clipboard. False where there is none (an insecure page, an old browser, or
 * permission refused): the caller then shows or selects the text to copy by hand.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text)
    return true
  } catch {
    return false
  }
}
