import { useCallback, useState } from 'react'

/** Open/closed state for a menu button with aria-expanded. */
export function useDisclosure(initiallyOpen = false) {
  const [open, setOpen] = useState(initiallyOpen)
  const toggle = useCallback(() => setOpen((value) => !value), [])
  const close = useCallback(() => setOpen(false), [])
  return { open, toggle, close }
}
