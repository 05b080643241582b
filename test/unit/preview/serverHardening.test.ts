// The preview server against malformed and slow requests (synthetic, sent here): short 400s, never
// an internal error's text; capped event streams; a request that never finishes is cut off.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { connect } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import {
  startPreviewServer,
  type PreviewBackend,
  type PreviewServer,
} from '../../../main/node/preview/server'

/** The HTTP layer only: a backend that answers every invoke with what it was asked. */
const echoBackend: PreviewBackend = {
  invoke: async (channel, argument) => ({ ok: true, data: { channel, argument } }),
  subscribe: () => () => {},
  initialPushes: () => ({}) as ReturnType<PreviewBackend['initialPushes']>,
  scenarioControl: null,
  pretendMac: null,
}

let server: PreviewServer | undefined
afterEach(async () => {
  await server?.close()
  server = undefined
})

async function start(limits = {}) {
  const rendererDir = mkdtempSync(path.join(tmpdir(), 'psso-renderer-'))
  writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>x</title>')
  server = await startPreviewServer({ backend: echoBackend, rendererDir, limits })
  return server.url
}

const post = (url: string, pathname: string, body: string) =>
  fetch(new URL(pathname, url), { method: 'POST', headers: { 'content-type': 'application/json' }, body })

describe('malformed requests get a short 400', () => {
  it.each([
    ['null', 'the body must be a JSON object'],
    ['[1,2]', 'the body must be a JSON object'],
    ['"text"', 'the body must be a JSON object'],
    ['{"argument":', 'invalid JSON'],
    [`${'['.repeat(100_000)}${']'.repeat(100_000)}`, 'the body must be a JSON object'],
  ])('body %#', async (body, error) => {
    const url = await start()
    const response = await post(url, '/api/invoke/state:get', body)
    expect(response.status).toBe(400)
    expect(await response.json()).toEqual({ error })
  })

  it('malformed percent-encoding in the channel is a 400, not a 500 with URIError text', async () => {
    const url = await start()
    const response = await post(url, '/api/invoke/state%E0%A4%A', '{}')
    expect(response.status).toBe(400)
    expect(await response.json()).toEqual({ error: 'malformed percent-encoding' })
  })

  it('a well-formed request still works', async () => {
    const url = await start()
    const response = await post(url, '/api/invoke/state%3Aget', '{"argument":1}')
    expect(await response.json()).toEqual({ ok: true, data: { channel: 'state:get', argument: 1 } })
  })
})

describe('bounded', () => {
  it('caps the number of event streams', async () => {
    const url = await start({ maxEventStreams: 2 })
    const controllers = [new AbortController(), new AbortController()]
    const open = await Promise.all(
      controllers.map((c) => fetch(new URL('/api/events', url), { signal: c.signal })),
    )
    expect(open.map((r) => r.status)).toEqual([200, 200])
    const third = await fetch(new URL('/api/events', url))
    expect(third.status).toBe(503)
    expect(await third.json()).toEqual({ error: 'too many event streams' })
    controllers.forEach((c) => c.abort())
  })

  it('cuts off a request whose headers never finish (slowloris)', async () => {
    const url = new URL(await start({ headersTimeoutMs: 300, requestTimeoutMs: 600 }))
    const socket = connect(Number(url.port), '127.0.0.1')
    const started = Date.now()
    const closed = new Promise<number>((resolve) => socket.on('close', () => resolve(Date.now() - started)))
    socket.on('error', () => {})
    socket.write(`GET / HTTP/1.1\r\nHost: 127.0.0.1:${url.port}\r\nX-Slow: `)
    const keepTrickling = setInterval(() => socket.write('a'), 50)
    const elapsed = await closed
    clearInterval(keepTrickling)
    expect(elapsed).toBeLessThan(5_000)
  })

  it('caps concurrent connections', async () => {
    const url = new URL(await start({ maxConnections: 2 }))
    const sockets = [0, 1, 2].map(() => connect(Number(url.port), '127.0.0.1'))
    sockets.forEach((s) => s.on('error', () => {}))
    const third = await new Promise<'closed' | 'open'>((resolve) => {
      sockets[2]!.on('close', () => resolve('closed'))
      setTimeout(() => resolve('open'), 2000)
    })
    sockets.forEach((s) => s.destroy())
    expect(third).toBe('closed')
  })
})
