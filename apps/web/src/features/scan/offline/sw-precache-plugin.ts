// Build step for the service worker (public/sw.js): writes /sw-precache.js with this build's
// id and the files to keep for offline use: the entry, every chunk it can load, their CSS and
// assets, except the layout canvas route (tldraw is large and needs a connection anyway).
import type { Plugin } from 'vite'

/** The part of a Rollup output chunk this step reads. */
export interface PrecacheChunk {
  type: 'chunk'
  fileName: string
  isEntry: boolean
  facadeModuleId: string | null
  imports: string[]
  dynamicImports: string[]
  viteMetadata?: { importedCss: Set<string>; importedAssets: Set<string> }
}

export interface PrecacheAsset {
  type: 'asset'
  fileName: string
}

/** Dynamic imports of modules matching this are left out (loaded online only). */
export const ONLINE_ONLY = /[\\/]features[\\/]layout[\\/]/

/** The files a page needs offline, in a stable order, as absolute URL paths. */
export function precacheFiles(bundle: Record<string, PrecacheChunk | PrecacheAsset>): string[] {
  const chunks = new Map<string, PrecacheChunk>()
  for (const output of Object.values(bundle))
    if (output.type === 'chunk') chunks.set(output.fileName, output)
  const files = new Set<string>()
  const visit = (fileName: string) => {
    const chunk = chunks.get(fileName)
    if (!chunk || files.has(fileName)) return
    files.add(fileName)
    for (const css of chunk.viteMetadata?.importedCss ?? []) files.add(css)
    for (const asset of chunk.viteMetadata?.importedAssets ?? []) files.add(asset)
    chunk.imports.forEach(visit)
    for (const dynamic of chunk.dynamicImports) {
      const target = chunks.get(dynamic)
      if (target && !ONLINE_ONLY.test(target.facadeModuleId ?? '')) visit(dynamic)
    }
  }
  for (const chunk of chunks.values()) if (chunk.isEntry) visit(chunk.fileName)
  return [...files].sort().map((file) => `/${file}`)
}

/** A short id that changes whenever the list (hence some file's hash) changes. */
export function buildId(files: readonly string[]): string {
  let hash = 5381
  for (const char of files.join('\n')) hash = ((hash * 33) ^ char.charCodeAt(0)) >>> 0
  return hash.toString(36)
}

export function swPrecachePlugin(): Plugin {
  return {
    name: 'growops-sw-precache',
    apply: 'build',
    generateBundle(_options, bundle) {
      const files = precacheFiles(bundle)
      const manifest = { version: buildId(files), files }
      this.emitFile({
        type: 'asset',
        fileName: 'sw-precache.js',
        source: `self.GROWOPS_PRECACHE = ${JSON.stringify(manifest)}\n`,
      })
    },
  }
}
