import { useEffect, useId, useRef, type ReactNode } from 'react'

export interface LayoutDialogProps {
  open: boolean
  title: string
  closeLabel: string
  onClose: () => void
  wide?: boolean
  /** Called before closing by Escape, the backdrop or the close button; false keeps it open. */
  canClose?: () => boolean
  children: ReactNode
}

/**
 * A modal `<dialog>`: showModal() makes the rest of the page inert (focus stays inside),
 * Escape closes it, the title labels it, and on a phone it fills the screen.
 */
export function LayoutDialog(props: LayoutDialogProps) {
  const { open, onClose, canClose } = props
  const ref = useRef<HTMLDialogElement>(null)
  const titleId = useId()

  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    if (open && !dialog.open) dialog.showModal()
    if (!open && dialog.open) dialog.close()
  }, [open])

  const requestClose = () => {
    if (canClose && !canClose()) return
    ref.current?.close()
  }

  return (
    <dialog
      ref={ref}
      className={props.wide ? 'layout-dialog layout-dialog--wide' : 'layout-dialog'}
      aria-labelledby={titleId}
      onClose={onClose}
      onCancel={(event) => {
        // Escape: refuse while something must not be interrupted (a publish in flight).
        if (canClose && !canClose()) event.preventDefault()
      }}
      onClick={(event) => {
        if (event.target === ref.current) requestClose()
      }}
    >
      {open ? (
        <div className="layout-dialog__body">
          <div className="layout-dialog__header">
            <h2 id={titleId}>{props.title}</h2>
            <button type="button" className="ui-button ui-button--secondary" onClick={requestClose}>
              {props.closeLabel}
            </button>
          </div>
          <div className="stack">{props.children}</div>
        </div>
      ) : null}
    </dialog>
  )
}
