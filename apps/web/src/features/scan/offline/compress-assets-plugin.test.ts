import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { afterEach, describe, expect, it } from 'vitest'
import { precompressDirectory } from './compress-assets-plugin.ts'

let dir: string | null = null

afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true })
  dir = null
})

describe('precompressDirectory', () => {
  it('writes .br and .gz beside each text file worth it, nested too; leaves the rest alone', async () => {
    dir = mkdtempSync(join(tmpdir(), 'growops-compress-'))
    mkdirSync(join(dir, 'assets'))
    const script = `export const a = ${JSON.stringify('scan '.repeat(2000))}\n`
    const files: Record<string, string | Buffer> = {
      'index.html': `<!doctype html>${'<p>hi</p>'.repeat(300)}`,
      'assets/scan-route-Ab12.js': script,
      'assets/scan-route-Ab12.js.map': script,
      'assets/tiny-Cd34.css': 'a{color:red}',
      'assets/photo-Ef56.png': Buffer.alloc(4096, 7),
      'manifest.webmanifest': JSON.stringify({ name: 'GrowOps'.repeat(200) }),
    }
    for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content)

    const totals = await precompressDirectory(dir)

    expect(totals.files).toBe(3)
    expect(totals.brotliBytes).toBeLessThan(totals.bytes / 10)
    for (const name of ['index.html', 'assets/scan-route-Ab12.js', 'manifest.webmanifest']) {
      const original = readFileSync(join(dir, name))
      expect(brotliDecompressSync(readFileSync(join(dir, `${name}.br`)))).toEqual(original)
      expect(gunzipSync(readFileSync(join(dir, `${name}.gz`)))).toEqual(original)
    }
    for (const name of [
      'assets/scan-route-Ab12.js.map',
      'assets/tiny-Cd34.css',
      'assets/photo-Ef56.png',
    ]) {
      expect(existsSync(join(dir, `${name}.br`)), name).toBe(false)
      expect(existsSync(join(dir, `${name}.gz`)), name).toBe(false)
    }
  })
})
