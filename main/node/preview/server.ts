/**
 * The preview's HTTP server: the built renderer plus the IPC contract over HTTP, on 127.0.0.1 only.
 *   POST /api/invoke/<channel>   body {"argument": …}  → the IpcResult as JSON
 *   GET  /api/events             Server-Sent Events: one event per push channel
 *   POST /api/preview/scenario   body {"action": "proceed" | "restart"} (demo scenarios only)
 *   POST /api/bundle             body {} → the diagnostics bundle as a zip download (Save diagnostics…)
 *   POST /api/open-bundle        body {"name": …, "base64": …} → the IpcResult of opening it (Open diagnostics…)
 *   GET  /api/preview/pretend-mac           the pretend Mac's actions now (demo scenarios only)
 *   POST /api/preview/pretend-mac  body {"action": "<id>"}  takes one (409 when not possible now)
 * The pretend Mac is the preview's, not the app's: it is no channel of the IPC contract.
 * Requests must name this server in Host (DNS rebinding) and, when the browser sends one, Origin
 * (other sites); invoke requests must be JSON (a cross-site form cannot send that without CORS).
 * Bounded: connections and event streams are capped, a slow request times out, and a malformed one
 * gets a short 400 (never an internal error's text).
 */
import { readFile } from 'node:fs/promises'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import type { PushChannel, PushMap } from '../../common/ipc/contract'
import { CONTENT_SECURITY_POLICY, FRAME_ANCESTORS } from '../../common/security/policy'
import { PRETEND_MAC_ENDPOINT } from '../../common/preview/pretendMac'

export interface PreviewBackend {
  invoke(channel: string, argument: unknown): Promise<unknown>
  /** Calls `send` for every push; returns the unsubscribe function. */
  subscribe(send: <C extends PushChannel>(channel: C, payload: PushMap[C]) => void): () => void
  /** The current value of every push channel that carries a state, sent when a client connects. */
  initialPushes(): Partial<{ [C in PushChannel]: PushMap[C] }>
  /** null when the preview reads the live Mac. */
  scenarioControl: ((action: 'proceed' | 'restart') => Promise<void>) | null
  /** The diagnostics bundle, built by the app's own code; absent = not offered. */
  bundle?: {
    /** The zip and its file name; null before the Mac was read. */
    download(): Promise<{ zip: Uint8Array; fileName: string } | null>
    /** Opens a bundle the page picked, as `helpdesk:openBundle` answers. */
    open(bytes: Uint8Array, name: string): Promise<unknown>
  }
  /** What a user could do outside the app on the demo's Mac; null when the preview reads the live Mac. */
  pretendMac: {
    actions: () => { id: string; label: string; enabled: boolean; done: boolean }[]
    act: (id: string) => boolean
  } | null
}

export interface PreviewServer {
  url: string
  close(): Promise<void>
}

const MAX_BODY_BYTES = 2 * 1024 * 1024

export interface PreviewServerLimits {
  /** Open connections at once (a browser opens six or so). */
  maxConnections: number
  /** Event streams at once (one per open tab). */
  maxEventStreams: number
  /** The whole request, headers and body, must arrive within this. */
  requestTimeoutMs: number
  headersTimeoutMs: number
}

export const DEFAULT_PREVIEW_LIMITS: PreviewServerLimits = {
  maxConnections: 64,
  maxEventStreams: 8,
  requestTimeoutMs: 10_000,
  headersTimeoutMs: 5_000,
}

/** A request that is malformed: answered 400 with this short message. */
class BadRequest extends Error {}

/** A bundle is at most Intune's 60 MB compressed; as base64 in JSON, a third more. */
const MAX_BUNDLE_BODY_BYTES = 84 * 1024 * 1024
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
}

function readBody(request: IncomingMessage, maxBytes = MAX_BODY_BYTES): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > maxBytes) {
        reject(new Error('request body too large'))
        request.destroy()
      } else chunks.push(chunk)
    })
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    request.on('error', reject)
  })
}

const sendJson = (response: ServerResponse, status: number, body: unknown) => {
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
  })
  response.end(JSON.stringify(body))
}

/** A percent-decoded path segment; malformed encoding is the client's mistake, a 400. */
function decodePath(segment: string): string {
  try {
    return decodeURIComponent(segment)
  } catch {
    throw new BadRequest('malformed percent-encoding')
  }
}

/** The renderer file a GET asks for, or null when it climbs out of the folder. */
export function staticFilePath(rendererDir: string, urlPath: string): string | null {
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0]!)
  } catch {
    return null
  }
  const relative = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '')
  const full = path.resolve(rendererDir, relative)
  return full.startsWith(path.resolve(rendererDir) + path.sep) ? full : null
}

export async function startPreviewServer(options: {
  backend: PreviewBackend
  rendererDir: string
  port?: number
  limits?: Partial<PreviewServerLimits>
}): Promise<PreviewServer> {
  const { backend, rendererDir } = options
  const limits = { ...DEFAULT_PREVIEW_LIMITS, ...options.limits }
  let allowedHosts = new Set<string>()
  let allowedOrigins = new Set<string>()
  const streams = new Set<ServerResponse>()

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const host = request.headers.host ?? ''
    const requestOrigin = request.headers.origin
    if (!allowedHosts.has(host) || (requestOrigin !== undefined && !allowedOrigins.has(requestOrigin)))
      return sendJson(response, 403, { error: 'This preview only answers its own page.' })
    const url = request.url ?? '/'

    if (request.method === 'POST' && url.startsWith('/api/')) {
      if (!request.headers['content-type']?.startsWith('application/json'))
        return sendJson(response, 415, { error: 'JSON only' })
      let parsed: unknown
      try {
        const limit = url === '/api/open-bundle' ? MAX_BUNDLE_BODY_BYTES : MAX_BODY_BYTES
        parsed = JSON.parse((await readBody(request, limit)) || '{}')
      } catch {
        return sendJson(response, 400, { error: 'invalid JSON' })
      }
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
        return sendJson(response, 400, { error: 'the body must be a JSON object' })
      const body = parsed as { argument?: unknown; action?: unknown; name?: unknown; base64?: unknown }
      if (url.startsWith('/api/invoke/'))
        return sendJson(
          response,
          200,
          await backend.invoke(decodePath(url.slice('/api/invoke/'.length)), body.argument),
        )
      if (url === '/api/preview/scenario' && backend.scenarioControl) {
        if (body.action !== 'proceed' && body.action !== 'restart')
          return sendJson(response, 400, { error: 'unknown action' })
        await backend.scenarioControl(body.action)
        return sendJson(response, 200, { ok: true })
      }
      if (url === '/api/bundle' && backend.bundle) {
        const bundle = await backend.bundle.download()
        if (!bundle) return sendJson(response, 409, { error: 'The Mac has not been read yet.' })
        response.writeHead(200, {
          'content-type': 'application/zip',
          'content-disposition': `attachment; filename="${bundle.fileName.replace(/[^\w .-]/g, '_')}"`,
          'cache-control': 'no-store',
        })
        return response.end(Buffer.from(bundle.zip))
      }
      if (url === '/api/open-bundle' && backend.bundle) {
        if (typeof body.base64 !== 'string' || typeof body.name !== 'string')
          return sendJson(response, 400, { error: 'name and base64 expected' })
        const name = path.basename(body.name).slice(0, 200)
        return sendJson(response, 200, await backend.bundle.open(Buffer.from(body.base64, 'base64'), name))
      }
      if (url === PRETEND_MAC_ENDPOINT && backend.pretendMac) {
        if (typeof body.action !== 'string' || body.action.length > 100)
          return sendJson(response, 400, { error: 'unknown action' })
        return backend.pretendMac.act(body.action)
          ? sendJson(response, 200, { actions: backend.pretendMac.actions() })
          : sendJson(response, 409, { error: 'not possible now', actions: backend.pretendMac.actions() })
      }
      return sendJson(response, 404, { error: 'not found' })
    }

    if (request.method === 'GET' && url === PRETEND_MAC_ENDPOINT)
      return backend.pretendMac
        ? sendJson(response, 200, { actions: backend.pretendMac.actions() })
        : sendJson(response, 404, { error: 'no pretend Mac: the preview reads this Mac' })

    if (request.method === 'GET' && url === '/api/events') {
      if (streams.size >= limits.maxEventStreams)
        return sendJson(response, 503, { error: 'too many event streams' })
      response.writeHead(200, {
        'content-type': 'text/event-stream',
        'cache-control': 'no-store',
        connection: 'keep-alive',
      })
      response.flushHeaders() // the stream is open even before its first event
      const send = (channel: string, payload: unknown) =>
        response.write(`event: ${channel}\ndata: ${JSON.stringify(payload)}\n\n`)
      for (const [channel, payload] of Object.entries(backend.initialPushes())) send(channel, payload)
      const unsubscribe = backend.subscribe(send)
      streams.add(response)
      request.on('close', () => {
        unsubscribe()
        streams.delete(response)
      })
      return
    }

    // Browsers ask for it on their own; the app has none.
    if (url === '/favicon.ico') return void response.writeHead(204).end()
    if (request.method === 'GET' || request.method === 'HEAD') {
      const file = staticFilePath(rendererDir, url)
      if (!file) return sendJson(response, 404, { error: 'not found' })
      try {
        const data = await readFile(file)
        response.writeHead(200, {
          'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
          'content-security-policy': `${CONTENT_SECURITY_POLICY}; ${FRAME_ANCESTORS}`,
          'x-content-type-options': 'nosniff',
          'cache-control': 'no-store',
        })
        return response.end(request.method === 'HEAD' ? undefined : data)
      } catch {
        return sendJson(response, 404, { error: 'not found' })
      }
    }
    return sendJson(response, 405, { error: 'method not allowed' })
  }

  const server = createServer(
    {
      requestTimeout: limits.requestTimeoutMs,
      headersTimeout: limits.headersTimeoutMs,
      // How often those timeouts are checked (Node's default, 30 s, would let a slow request sit).
      connectionsCheckingInterval: Math.min(1000, limits.headersTimeoutMs),
    },
    (request, response) => {
      handle(request, response).catch((error: unknown) => {
        if (response.headersSent) return void response.end()
        if (error instanceof BadRequest) return sendJson(response, 400, { error: error.message })
        // Never the error's own text: it can name files and internals.
        sendJson(response, 500, { error: 'internal error' })
      })
    },
  )
  server.maxConnections = limits.maxConnections
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', resolve)
  })
  const { port } = server.address() as AddressInfo
  allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`])
  allowedOrigins = new Set([...allowedHosts].map((host) => `http://${host}`))

  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const stream of streams) stream.end()
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  }
}
