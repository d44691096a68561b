import { storedFileUrl, type StoredFileSummary } from '@growops/domain'
import { Alert } from '@growops/ui'
import { useEffect, useId, useRef, useState, type ChangeEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { translateUploadError, uploadFile } from '../../files/upload-file.ts'

const ACCEPT = 'application/pdf,image/jpeg,image/png,image/webp,text/plain,text/markdown,.md'

/** Markdown files often come without a type (or as text/x-markdown): send them as markdown. */
function withKnownType(file: File): File {
  if (/\.(md|markdown)$/i.test(file.name) && file.type !== 'text/markdown') {
    return new File([file], file.name, { type: 'text/markdown' })
  }
  return file
}

/**
 * Picks a file (PDF, image, text) and uploads it at once to the file store; the form gets the
 * stored file. Shows the current file with a link and a remove button.
 */
export function DocumentFileInput({
  organizationId,
  value,
  onChange,
  onUploadingChange,
}: {
  organizationId: string
  value: StoredFileSummary | null
  onChange: (file: StoredFileSummary | null) => void
  onUploadingChange: (uploading: boolean) => void
}) {
  const { t, i18n } = useTranslation()
  const id = useId()
  const inputRef = useRef<HTMLInputElement>(null)
  const abortRef = useRef<AbortController | null>(null)
  const [uploading, setUploading] = useState(false)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => () => abortRef.current?.abort(), [])

  function setBusy(busy: boolean) {
    setUploading(busy)
    onUploadingChange(busy)
  }

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const chosen = event.target.files?.[0]
    abortRef.current?.abort()
    setError(null)
    if (!chosen) return
    const controller = new AbortController()
    abortRef.current = controller
    setBusy(true)
    try {
      const result = await uploadFile({
        organizationId,
        file: withKnownType(chosen),
        signal: controller.signal,
      })
      if (controller.signal.aborted) return
      if (result.ok) onChange(result.file)
      else setError(translateUploadError(i18n, result.messageKey))
    } catch {
      // Aborted (another file chosen, or the form closed).
    } finally {
      if (abortRef.current === controller) {
        abortRef.current = null
        setBusy(false)
      }
    }
  }

  return (
    <div className="ui-field doc-file">
      <label className="ui-field__label" htmlFor={`${id}-file`}>
        {t('compliance.file.label')}
      </label>
      <input
        ref={inputRef}
        id={`${id}-file`}
        type="file"
        accept={ACCEPT}
        className="doc-file__input"
        aria-describedby={`${id}-hint`}
        onChange={(event) => void choose(event)}
      />
      <p id={`${id}-hint`} className="meta">
        {t('compliance.file.hint')}
      </p>
      {uploading ? <p className="meta">{t('compliance.file.uploading')}</p> : null}
      {value ? (
        <p className="doc-file__current">
          <a href={storedFileUrl(value.id)} target="_blank" rel="noreferrer">
            {t('compliance.file.current', { name: value.fileName })}
          </a>{' '}
          <button
            type="button"
            className="ui-button ui-button--secondary ui-button--small"
            onClick={() => {
              onChange(null)
              if (inputRef.current) inputRef.current.value = ''
            }}
          >
            {t('compliance.file.remove')}
          </button>
        </p>
      ) : null}
      <Alert>{error}</Alert>
    </div>
  )
}
