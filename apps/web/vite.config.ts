import react from '@vitejs/plugin-react'
import { defineConfig, loadEnv } from 'vite'

// The api (tRPC, Socket.IO, /health) runs on its own port in development; the dev
// server forwards those paths so the browser sees one origin and the session cookie
// works unchanged. API_PROXY_TARGET points elsewhere (another port, a container).
export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, import.meta.dirname, '')
  const apiTarget = env.API_PROXY_TARGET || 'http://127.0.0.1:3000'
  return {
    plugins: [react()],
    server: {
      port: Number(env.WEB_PORT || 5173),
      strictPort: true,
      proxy: {
        '/trpc': { target: apiTarget, changeOrigin: false },
        '/health': { target: apiTarget, changeOrigin: false },
        '/socket.io': { target: apiTarget, changeOrigin: false, ws: true },
      },
    },
    preview: {
      proxy: {
        '/trpc': { target: apiTarget },
        '/health': { target: apiTarget },
        '/socket.io': { target: apiTarget, ws: true },
      },
    },
    build: {
      sourcemap: true,
    },
  }
})
