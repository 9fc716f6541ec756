/** base64url without padding (RFC 4648 §5): what answer codes and lesson links carry. */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
const INDEX = new Int16Array(128).fill(-1)
for (let i = 0; i < ALPHABET.length; i++) INDEX[ALPHABET.charCodeAt(i)] = i

/** The bytes as base64url text, without padding. */
export function toBase64url(bytes: Uint8Array): string {
  let out = ''
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0)
    const chars = i + 2 < bytes.length ? 4 : i + 1 < bytes.length ? 3 : 2
    for (let k = 0; k < chars; k++) out += ALPHABET[(n >>> (18 - 6 * k)) & 63]
  }
  return out
}

/** The bytes, or null when the text is no base64url (unknown characters, impossible length). */
export function fromBase64url(text: string): Uint8Array | null {
  if (text.length % 4 === 1) return null
  const bytes = new Uint8Array(Math.floor((text.length * 3) / 4))
  let b = 0
  for (let i = 0; i < text.length; i += 4) {
    let n = 0
    const chars = Math.min(4, text.length - i)
    for (let k = 0; k < 4; k++) {
      const c = k < chars ? text.charCodeAt(i + k) : 65
      const v = c < 128 ? INDEX[c]! : -1
      if (v < 0) return null
      n = (n << 6) | (k < chars ? v : 0)
    }
    for (let k = 0; k < chars - 1; k++) bytes[b++] = (n >>> (16 - 8 * k)) & 255
  }
  return bytes
}
