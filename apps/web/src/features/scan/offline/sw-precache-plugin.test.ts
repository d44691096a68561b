import { describe, expect, it } from 'vitest'
import { buildId, precacheFiles, type PrecacheChunk } from './sw-precache-plugin.ts'

function chunk(fileName: string, extra: Partial<PrecacheChunk> = {}): PrecacheChunk {
  return {
    type: 'chunk',
    fileName,
    isEntry: false,
    facadeModuleId: `/app/src/${fileName}.tsx`,
    imports: [],
    dynamicImports: [],
    ...extra,
  }
}

describe('service worker precache list', () => {
  const bundle = {
    'assets/index.js': chunk('assets/index.js', {
      isEntry: true,
      imports: ['assets/react.js'],
      dynamicImports: ['assets/scan-route.js', 'assets/layout-route.js'],
      viteMetadata: { importedCss: new Set(['assets/index.css']), importedAssets: new Set() },
    }),
    'assets/react.js': chunk('assets/react.js'),
    'assets/scan-route.js': chunk('assets/scan-route.js', {
      facadeModuleId: '/app/src/features/scan/scan-route.tsx',
      dynamicImports: ['assets/zxing.js'],
    }),
    'assets/zxing.js': chunk('assets/zxing.js', { facadeModuleId: '/nm/@zxing/browser/x.js' }),
    'assets/layout-route.js': chunk('assets/layout-route.js', {
      facadeModuleId: '/app/src/features/layout/layout-route.tsx',
      imports: ['assets/tldraw.js'],
    }),
    'assets/tldraw.js': chunk('assets/tldraw.js'),
    'assets/font.woff2': { type: 'asset' as const, fileName: 'assets/font.woff2' },
  }

  it('keeps the entry, its imports, CSS and the lazy scan chunks, not the layout canvas', () => {
    expect(precacheFiles(bundle)).toEqual([
      '/assets/index.css',
      '/assets/index.js',
      '/assets/react.js',
      '/assets/scan-route.js',
      '/assets/zxing.js',
    ])
  })

  it('changes its build id whenever a file name (hash) changes', () => {
    const files = precacheFiles(bundle)
    expect(buildId(files)).toBe(buildId([...files]))
    expect(buildId(files)).not.toBe(buildId(files.map((f) => f.replace('react', 'react2'))))
  })
})
