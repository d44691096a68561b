// An empty layout after the first sync: offer to start from the facility as it is stored.
// Imported shapes get ids derived from the hierarchy rows, so two editors who import at
// once write the same records and converge.
import { recordsFromSnapshot } from '@growops/domain'
import { Alert } from '@growops/ui'
import { useSyncExternalStore, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Editor, TLRecord } from 'tldraw'
import { useActiveOrganization } from '../../../app/active-organization.tsx'
import { trpc } from '../../../app/trpc.ts'
import { isLayoutEmpty, type LayoutDocument } from '../hooks/use-layout-document.ts'
import { getRecordsMap } from '../sync/yjs-store-binding.ts'

export function ImportOffer({
  editor,
  document,
  propertyId,
}: {
  editor: Editor
  document: LayoutDocument
  propertyId: string
}) {
  const { t } = useTranslation()
  const utils = trpc.useUtils()
  const { organizationId } = useActiveOrganization()
  const [busy, setBusy] = useState(false)
  const [failed, setFailed] = useState(false)
  const records = getRecordsMap(document.connection.doc)
  const empty = useSyncExternalStore(
    (listener) => {
      records.observe(listener)
      return () => records.unobserve(listener)
    },
    () => isLayoutEmpty(document),
  )
  if (!empty) return null
  const start = async () => {
    setBusy(true)
    setFailed(false)
    try {
      const snapshot = await utils.layout.source.fetch({ organizationId, propertyId })
      const shapes = recordsFromSnapshot(snapshot, { pageId: editor.getCurrentPageId() })
      editor.markHistoryStoppingPoint('import')
      editor.run(() => editor.store.put(shapes as unknown as TLRecord[]))
      editor.zoomToFit()
    } catch {
      setFailed(true)
    } finally {
      setBusy(false)
    }
  }
  return (
    <section className="layout-import card" aria-labelledby="layout-import-title">
      <h2 id="layout-import-title">{t('layout.import.title')}</h2>
      <p>{t('layout.import.body')}</p>
      {failed ? <Alert>{t('layout.import.failed')}</Alert> : null}
      <button type="button" className="ui-button" disabled={busy} onClick={() => void start()}>
        {busy ? t('layout.import.starting') : t('layout.import.start')}
      </button>
    </section>
  )
}
