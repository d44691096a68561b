// Tabs beside the canvas (below it on a phone): properties, issues, comments, versions.
import { useId, useState, type KeyboardEvent, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

export type SideTab = 'properties' | 'issues' | 'comments' | 'versions'
const TABS: SideTab[] = ['properties', 'issues', 'comments', 'versions']

export function SidePanel({
  issueCount,
  panels,
}: {
  issueCount: number
  panels: Record<SideTab, ReactNode>
}) {
  const { t } = useTranslation()
  const base = useId()
  const [active, setActive] = useState<SideTab>('properties')
  const onKeyDown = (e: KeyboardEvent) => {
    const i = TABS.indexOf(active)
    const next = e.key === 'ArrowRight' ? i + 1 : e.key === 'ArrowLeft' ? i - 1 : null
    if (next === null) return
    const tab = TABS[(next + TABS.length) % TABS.length]!
    setActive(tab)
    document.getElementById(`${base}-tab-${tab}`)?.focus()
  }
  return (
    <aside className="layout-side" aria-label={t('layout.panel.label')}>
      <div role="tablist" className="layout-side__tabs" onKeyDown={onKeyDown}>
        {TABS.map((tab) => (
          <button
            key={tab}
            id={`${base}-tab-${tab}`}
            type="button"
            role="tab"
            aria-selected={active === tab}
            aria-controls={`${base}-panel-${tab}`}
            tabIndex={active === tab ? 0 : -1}
            className="layout-side__tab"
            onClick={() => setActive(tab)}
          >
            {tab === 'issues'
              ? t('layout.panel.tabs.issues', { count: issueCount })
              : t(`layout.panel.tabs.${tab}`)}
          </button>
        ))}
      </div>
      {TABS.map((tab) => (
        <div
          key={tab}
          id={`${base}-panel-${tab}`}
          role="tabpanel"
          aria-labelledby={`${base}-tab-${tab}`}
          hidden={active !== tab}
          className="layout-side__panel"
          tabIndex={0}
        >
          {active === tab ? panels[tab] : null}
        </div>
      ))}
    </aside>
  )
}
