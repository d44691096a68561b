import { useEffect, useId, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useLocation } from 'react-router'
import { useUnreadNotifications } from '../hooks/use-notifications.ts'
import { NotificationPanel } from './notification-panel.tsx'

/**
 * The notification centre: a bell with the unread count in its name ("Notifications, 3 unread")
 * that opens a panel. Escape or a click outside closes it and focus returns to the bell.
 */
export function NotificationBell() {
  const { t } = useTranslation()
  const { enabled, organizationId, count } = useUnreadNotifications()
  // The page it was opened on: navigating anywhere closes it.
  const [openOn, setOpenOn] = useState<string | null>(null)
  const panelId = useId()
  const rootRef = useRef<HTMLDivElement>(null)
  const buttonRef = useRef<HTMLButtonElement>(null)
  const { pathname } = useLocation()
  const open = openOn === pathname
  const setOpen = (value: boolean) => setOpenOn(value ? pathname : null)
  useEffect(() => {
    if (!open) return
    const onPointer = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpenOn(null)
    }
    document.addEventListener('pointerdown', onPointer)
    return () => document.removeEventListener('pointerdown', onPointer)
  }, [open])

  if (!enabled) return null
  const close = () => {
    setOpen(false)
    buttonRef.current?.focus()
  }
  return (
    <div
      className="bell"
      ref={rootRef}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) close()
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        className="bell__button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
      >
        <svg className="bell__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3a1.5 1.5 0 0 0-3 0v1.16A7 7 0 0 0 5 11v5l-2 2v1h18v-1Z" />
        </svg>
        <span className="ui-visually-hidden">
          {count > 0 ? t('notifications.bellUnread', { count }) : t('notifications.bell')}
        </span>
        {count > 0 ? (
          <span className="bell__count" aria-hidden="true">
            {count > 99 ? '99+' : count}
          </span>
        ) : null}
      </button>
      <div id={panelId} className="bell__panel" hidden={!open}>
        {open ? <NotificationPanel organizationId={organizationId} onClose={close} /> : null}
      </div>
    </div>
  )
}
