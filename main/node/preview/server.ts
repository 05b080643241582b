/**
 * The preview's HTTP server: the built renderer plus the IPC contract over HTTP, on 127.0.0.1 only.
 *   POST /api/invoke/<channel>   body {"argument": …}  → the IpcResult as JSON
 *   GET  /api/events             Server-Sent Events: one event per push channel
 *   POST /api/preview/scenario   body {"action": "proceed" | "restart"} (demo scenarios only)
 *   GET  /api/preview/pretend-mac           the pretend Mac's actions now (demo scenarios only)
 *   POST /api/preview/pretend-mac  body {"action": "<id>"}  takes one (409 when not possible now)
 * The pretend Mac is the preview's, not the app's: it is no channel of the IPC contract.
 * Requests must name this server in Host (DNS rebinding) and, when the browser sends one, Origin
 * (other sites); invoke requests must be JSON (a cross-site form cannot send that without CORS).
 */
import { readFile } from 'node:fs/promises'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import type { PushChannel, PushMap } from '../../common/ipc/contract'
import { CONTENT_SECURITY_POLICY, FRAME_ANCESTORS } from '../../common/security/policy'

export interface PreviewBackend {
  invoke(channel: string, argument: unknown): Promise<unknown>
  /** Calls `send` for every push; returns the unsubscribe function. */
  subscribe(send: <C extends PushChannel>(channel: C, payload: PushMap[C]) => void): () => void
  /** The current value of every push channel, sent when a client connects. */
  initialPushes(): { [C in PushChannel]: PushMap[C] }
  /** null when the preview reads the live Mac. */
  scenarioControl: ((action: 'proceed' | 'restart') => Promise<void>) | null
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
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > MAX_BODY_BYTES) {
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
}): Promise<PreviewServer> {
  const { backend, rendererDir } = options
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
      let body: { argument?: unknown; action?: unknown }
      try {
        body = JSON.parse((await readBody(request)) || '{}') as typeof body
      } catch {
        return sendJson(response, 400, { error: 'invalid JSON' })
      }
      if (url.startsWith('/api/invoke/'))
        return sendJson(
          response,
          200,
          await backend.invoke(decodeURIComponent(url.slice('/api/invoke/'.length)), body.argument),
        )
      if (url === '/api/preview/scenario' && backend.scenarioControl) {
        if (body.action !== 'proceed' && body.action !== 'restart')
          return sendJson(response, 400, { error: 'unknown action' })
        await backend.scenarioControl(body.action)
        return sendJson(response, 200, { ok: true })
      }
      if (url === '/api/preview/pretend-mac' && backend.pretendMac) {
        if (typeof body.action !== 'string' || body.action.length > 100)
          return sendJson(response, 400, { error: 'unknown action' })
        return backend.pretendMac.act(body.action)
          ? sendJson(response, 200, { actions: backend.pretendMac.actions() })
          : sendJson(response, 409, { error: 'not possible now', actions: backend.pretendMac.actions() })
      }
      return sendJson(response, 404, { error: 'not found' })
    }

    if (request.method === 'GET' && url === '/api/preview/pretend-mac')
      return backend.pretendMac
        ? sendJson(response, 200, { actions: backend.pretendMac.actions() })
        : sendJson(response, 404, { error: 'no pretend Mac: the preview reads this Mac' })

    if (request.method === 'GET' && url === '/api/events') {
      response.writeHead(200, {
        'content-type': 'text/event-stream',
        'cache-control': 'no-store',
        connection: 'keep-alive',
      })
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

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) sendJson(response, 500, { error: (error as Error).message })
      else response.end()
    })
  })
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
