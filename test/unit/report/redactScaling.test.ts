// Redacting a large log is linear: long words and long base64-ish runs are scanned once, not once
// per character (a 30 MB unified log goes into every bundle).
import { describe, expect, it } from 'vitest'
import { redactSecretShapes } from '../../../main/node/report/redact'

const timed = (run: () => string) => {
  const started = performance.now()
  const result = run()
  return { result, ms: performance.now() - started }
}

describe('redaction of large text', () => {
  it('a 200 KB word that is no key is scanned in linear time', () => {
    const word = 'a'.repeat(200_000)
    const { result, ms } = timed(() => redactSecretShapes(`${word} end`))
    expect(result).toBe(`${word} end`)
    expect(ms).toBeLessThan(300)
  })

  it('a 200 KB run of short base64-ish pieces is scanned in linear time', () => {
    const text = `${'abcdefghij0123456789ABCDEFGHIJ.'.repeat(7000)}`
    const { result, ms } = timed(() => redactSecretShapes(text))
    expect(result).toBe(text)
    expect(ms).toBeLessThan(300)
  })

  it('still finds a secret key and a blob after the change', () => {
    expect(redactSecretShapes('x 9password=hunter2 y')).toBe('x 9password=[redacted] y')
    expect(redactSecretShapes('"refresh_token" : "abc"')).toBe('"refresh_token" : "[redacted]"')
    expect(redactSecretShapes(`k ${'Ab1'.repeat(12)}== z`)).toBe('k [redacted-blob] z')
  })
})
