// @vitest-environment node
import { encode } from 'uqr'
import { describe, expect, it } from 'vitest'
import { fitsInQr, QR_ECC, QR_MAX_BYTES, qrBytes } from '@/features/share/qr-limit'

describe('how much a QR code holds', () => {
  it('is exactly what the library fits at the chosen level', () => {
    const longest = `https://example.org/#${'a'.repeat(QR_MAX_BYTES - 21)}`
    expect(qrBytes(longest)).toBe(QR_MAX_BYTES)
    expect(fitsInQr(longest)).toBe(true)
    expect(encode(longest, { ecc: QR_ECC }).version).toBe(40)
    expect(fitsInQr(`${longest}a`)).toBe(false)
    expect(() => encode(`${longest}a`, { ecc: QR_ECC })).toThrow(/too long/)
  })

  it('counts bytes, not characters: a non-ASCII letter takes two', () => {
    expect(qrBytes('Việt')).toBe(6)
    expect(fitsInQr('é'.repeat(QR_MAX_BYTES / 2 + 1))).toBe(false)
  })
})
