import '@growops/ui/theme.css'
import '@growops/ui/facility.css'
import './styles/app.css'
import './styles/facility.css'
import './styles/room.css'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { AppProviders } from './app/providers.tsx'
import { AppRouter } from './app/router.tsx'

const container = document.getElementById('root')
if (!container) throw new Error('index.html must contain <div id="root">')

createRoot(container).render(
  <StrictMode>
    <AppProviders>
      <AppRouter />
    </AppProviders>
  </StrictMode>,
)
