import { useEffect, useId, useLayoutEffect, useRef, type ReactNode } from 'react'
import '../tasks.css'

/**
 * A modal <dialog>: focus moves in, Escape closes it, the page behind is inert. Full screen
 * on a phone, a centred panel on a desktop.
 */
export function TaskModal({
  open,
  title,
  onClose,
  children,
}: {
  open: boolean
  title: string
  onClose: () => void
  children: ReactNode
}) {
  const ref = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    if (open && !dialog.open) dialog.showModal()
    if (!open && dialog.open) dialog.close()
  }, [open])
  // Closed by unmounting (a form's Cancel, a save): close the modal first, so the browser
  // gives focus back to the button that opened it.
  useLayoutEffect(() => {
    const dialog = ref.current
    return () => {
      if (dialog?.open) dialog.close()
    }
  }, [])
  return (
    <dialog ref={ref} className="task-modal" aria-labelledby={titleId} onClose={onClose}>
      {open ? (
        <div className="task-modal__body stack">
          <h2 id={titleId} className="task-modal__title">
            {title}
          </h2>
          {children}
        </div>
      ) : null}
    </dialog>
  )
}
