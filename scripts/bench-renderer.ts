/**
 * `npm run bench` measurements for the window's content: the renderer's JavaScript size (gzip) and
 * the time from navigation to the first verdict painted, in the preview with an instant scenario
 * (Debian's Chromium; median of several runs).
 */
import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { chromium } from '@playwright/test'
import { startPreview } from '../main/node/preview/preview'
import { CHROMIUM_LAUNCH_OPTIONS } from '../test/helpers/chromium'
import type { Measurement } from './measurement'

const root = path.resolve(import.meta.dirname, '..')
const rendererDir = path.join(root, 'out/renderer')
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`

/** The renderer's JavaScript budget, gzip -9; test/unit/build/rendererBundle.test.ts enforces it. */
export const RENDERER_JS_GZIP_BUDGET = 80 * 1024

/** Builds out/renderer unless it is newer than its sources (scripts/build.mjs --if-stale). */
export function buildRenderer() {
  execFileSync('node', ['scripts/build.mjs', 'renderer', '--if-stale'], { cwd: root, stdio: 'inherit' })
}

export async function rendererBundleSize(): Promise<Measurement[]> {
  buildRenderer()
  const assets = path.join(rendererDir, 'assets')
  const gzipped = (extension: string) =>
    readdirSync(assets)
      .filter((file) => file.endsWith(extension))
      .reduce((sum, file) => sum + gzipSync(readFileSync(path.join(assets, file)), { level: 9 }).length, 0)
  return [
    {
      name: 'renderer JavaScript, gzip',
      value: kb(gzipped('.js')),
      target: `<= ${kb(RENDERER_JS_GZIP_BUDGET)}`,
    },
    { name: 'renderer CSS, gzip', value: kb(gzipped('.css')) },
  ]
}

export async function firstVerdictTime(): Promise<Measurement[]> {
  buildRenderer()
  const runs = 9
  const preview = await startPreview({ scenario: 'healthy', repoRoot: root, rendererDir, version: 'bench' })
  const browser = await chromium.launch(CHROMIUM_LAUNCH_OPTIONS)
  try {
    const times: number[] = []
    for (let run = 0; run <= runs; run++) {
      const page = await browser.newPage({ viewport: { width: 560, height: 640 } })
      // performance.now() counts from navigation start; the frame after the verdict appears is its paint.
      await page.addInitScript(() => {
        new MutationObserver((_records, observer) => {
          if (!document.querySelector('.verdict[class*="verdict-"]')) return
          observer.disconnect()
          requestAnimationFrame(
            () => ((window as { verdictPaintedAt?: number }).verdictPaintedAt = performance.now()),
          )
        }).observe(document, { childList: true, subtree: true })
      })
      await page.goto(preview.url)
      const painted = await page.waitForFunction(
        () => (window as { verdictPaintedAt?: number }).verdictPaintedAt,
      )
      if (run > 0) times.push((await painted.jsonValue()) as number) // run 0 warms the caches
      await page.close()
    }
    const sorted = [...times].sort((a, b) => a - b)
    return [
      {
        name: `navigation to first verdict painted, preview, instant scenario (median of ${runs})`,
        value: `${sorted[Math.floor(runs / 2)]!.toFixed(0)} ms (min ${sorted[0]!.toFixed(0)}, max ${sorted.at(-1)!.toFixed(0)})`,
        target: '< 300 ms',
      },
    ]
  } finally {
    await browser.close()
    await preview.close()
  }
}
