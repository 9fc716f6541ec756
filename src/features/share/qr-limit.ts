/*
 * How the explorer's QR codes are made, decided once: the error-correction level, the quiet zone
 * and how much a code can hold. The QR library itself loads only when a code is shown
 * (`qr-code.tsx`); these numbers are here so that a link too long for a code is caught without it.
 */

/**
 * Error correction M (about 15% of the code can be lost): a projected code is sharp but may be
 * washed out or cut by a glare spot. A higher level would pack the modules smaller for the same
 * link, which a phone at the back of the room reads worse; the library still raises the level
 * for free when the link leaves room in the chosen size.
 */
export const QR_ECC = 'M'

/** The blank border around a code, in modules: the 4 the QR standard asks for. */
export const QR_QUIET_ZONE = 4

/**
 * The most a code holds at level M: 2,331 bytes of text in the largest size (version 40, byte
 * mode, which any link with a lower-case letter uses). A test pins it to the library.
 */
export const QR_MAX_BYTES = 2331

/** The size of `text` as a QR code stores it (UTF-8 bytes). */
export const qrBytes = (text: string) => new TextEncoder().encode(text).length

/** Whether `text` fits in one QR code at the chosen level. */
export const fitsInQr = (text: string) => qrBytes(text) <= QR_MAX_BYTES
