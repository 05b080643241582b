/**
 * Crockford base32 symbols and the check symbol of a support code.
 *
 * The alphabet has no I, L, O or U, so a code read aloud or typed from a phone call cannot confuse
 * 0/O or 1/I/L. The check symbol is a Damm check over the quasigroup x∘y = α·x + y in GF(32)
 * (α = the primitive element, polynomial x⁵ + x² + 1): every single wrong symbol and every swap of
 * two adjacent different symbols changes the result (test/unit/supportCode proves it exhaustively).
 */
export const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'

/** Normalises what a person typed: case, separators, and the letters Crockford reads as digits. */
export function normaliseCode(text: string): string {
  return text
    .toUpperCase()
    .replace(/[\s\-_.]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1')
}

/** Symbol values, or the index of the first symbol outside the alphabet. */
export function symbolValues(code: string): { values: number[] } | { invalidAt: number } {
  const values: number[] = []
  for (let i = 0; i < code.length; i++) {
    const value = ALPHABET.indexOf(code[i]!)
    if (value < 0) return { invalidAt: i }
    values.push(value)
  }
  return { values }
}

/** Multiplication by α in GF(32) modulo x⁵ + x² + 1. */
const timesAlpha = (x: number) => ((x << 1) & 0x1f) ^ (x & 0x10 ? 0b00101 : 0)

/** The Damm quasigroup: a bijection in each argument, and (c∘x)∘y = (c∘y)∘x only when x = y. */
export const dammStep = (interim: number, symbol: number) => timesAlpha(interim) ^ symbol

const fold = (values: readonly number[]) => values.reduce(dammStep, 0)

/** The check symbol value that makes the whole code fold to 0. */
export const checkValue = (values: readonly number[]) => timesAlpha(fold(values))

/** True when the code's last symbol is the right check for the ones before it. */
export const checkPasses = (valuesWithCheck: readonly number[]) => fold(valuesWithCheck) === 0
