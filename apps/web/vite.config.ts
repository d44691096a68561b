import react from '@vitejs/plugin-react'
import { defineConfig, loadEnv } from 'vite'
import { compressAssetsPlugin } from './src/features/scan/offline/compress-assets-plugin.ts'
import { swPrecachePlugin } from './src/features/scan/offline/sw-precache-plugin.ts'

// The api (tRPC, Socket.IO, /health) runs on its own port in development; the dev
// server forwards those paths so the browser sees one origin and the session cookie
// works unchanged. API_PROXY_TARGET points elsewhere (another port, a container).
export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, import.meta.dirname, '')
  const apiTarget = env.API_PROXY_TARGET || 'http://127.0.0.1:3000'
  // The layout canvas reaches the collab server at /collab on the page's own host when
  // the api gives no collab URL; the cookie goes along since the host is the same.
  const collabTarget = env.COLLAB_PROXY_TARGET || 'ws://127.0.0.1:1234'
  const collabProxy = {
    target: collabTarget,
    ws: true,
    rewrite: (path: string) => path.replace(/^\/collab/, ''),
  }
  return {
    // swPrecachePlugin: the offline file list for public/sw.js (the /scan screens' PWA).
    // compressAssetsPlugin: .br and .gz beside each text file, served by the api as they are.
    plugins: [react(), swPrecachePlugin(), compressAssetsPlugin()],
    server: {
      port: Number(env.WEB_PORT || 5173),
      strictPort: true,
      proxy: {
        '/trpc': { target: apiTarget, changeOrigin: false },
        '/health': { target: apiTarget, changeOrigin: false },
        '/exports': { target: apiTarget, changeOrigin: false },
        '/api': { target: apiTarget, changeOrigin: false },
        '/socket.io': { target: apiTarget, changeOrigin: false, ws: true },
        '/collab': collabProxy,
      },
    },
    preview: {
      proxy: {
        '/trpc': { target: apiTarget },
        '/health': { target: apiTarget },
        '/exports': { target: apiTarget },
        '/api': { target: apiTarget },
        '/socket.io': { target: apiTarget, ws: true },
        '/collab': collabProxy,
      },
    },
    build: {
      sourcemap: true,
      rollupOptions: {
        // @zxing/library does not declare itself free of side effects, so without this the
        // scanner's camera chunk keeps the whole library (122 KB gzip instead of 30 KB).
        // packages/domain is pure by rule (zod only, no I/O; lint-enforced), but its schemas
        // are top-level calls: declared free of side effects, a page keeps only the schemas
        // it uses instead of every area's (the /scan route opens 30+ KB gzip lighter).
        treeshake: {
          moduleSideEffects: (id: string) =>
            !id.includes('/@zxing/') && !/[\\/]packages[\\/]domain[\\/]src[\\/]/.test(id),
        },
      },
    },
  }
})
