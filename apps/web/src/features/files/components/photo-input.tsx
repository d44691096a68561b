import { storedFileUrl, type StoredFileSummary } from '@growops/domain'
import { Alert } from '@growops/ui'
import { useEffect, useId, useRef, useState, type ChangeEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { shrinkPhoto } from '../shrink-photo.ts'
import { translateUploadError, uploadFile } from '../upload-file.ts'
import '../files.css'

export interface PhotoInputProps {
  organizationId: string
  /** The visible label of the control (translated by the caller). */
  label: string
  /** The uploaded photo, or null. */
  value: StoredFileSummary | null
  onChange: (photo: StoredFileSummary | null) => void
  /** Told when an upload starts and ends, so a form can wait before it submits. */
  onUploadingChange?: (uploading: boolean) => void
  disabled?: boolean
}

/**
 * Takes a photo with the phone's back camera (or picks a file on a computer), shows it,
 * uploads it at once to the file store and hands the stored file to the form. Removing it
 * (or choosing again) cancels an upload still running.
 */
export function PhotoInput({
  organizationId,
  label,
  value,
  onChange,
  onUploadingChange,
  disabled = false,
}: PhotoInputProps) {
  const { t, i18n } = useTranslation()
  const id = useId()
  const inputRef = useRef<HTMLInputElement>(null)
  const abortRef = useRef<AbortController | null>(null)
  const [previewUrl, setPreviewUrl] = useState<string | null>(null)
  const [uploading, setUploading] = useState(false)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => () => abortRef.current?.abort(), [])
  useEffect(() => {
    if (!previewUrl) return undefined
    return () => URL.revokeObjectURL(previewUrl)
  }, [previewUrl])

  function setBusy(busy: boolean) {
    setUploading(busy)
    onUploadingChange?.(busy)
  }

  function clear() {
    abortRef.current?.abort()
    abortRef.current = null
    setPreviewUrl(null)
    if (inputRef.current) inputRef.current.value = ''
    if (uploading) setBusy(false)
  }

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const chosen = event.target.files?.[0]
    clear()
    setError(null)
    onChange(null)
    if (!chosen) return
    const controller = new AbortController()
    abortRef.current = controller
    setPreviewUrl(URL.createObjectURL(chosen))
    setBusy(true)
    try {
      const file = await shrinkPhoto(chosen)
      const result = await uploadFile({ organizationId, file, signal: controller.signal })
      if (controller.signal.aborted) return
      if (result.ok) onChange(result.file)
      else {
        setError(translateUploadError(i18n, result.messageKey))
        setPreviewUrl(null)
      }
    } catch {
      // Aborted by remove/choose again/unmount: nothing to show.
    } finally {
      if (abortRef.current === controller) {
        abortRef.current = null
        setBusy(false)
      }
    }
  }

  const shownUrl = previewUrl ?? (value ? storedFileUrl(value.id) : null)
  const hasPhoto = shownUrl !== null
  return (
    <div className="ui-field photo-input">
      <label className="ui-field__label" htmlFor={`${id}-file`}>
        {label}
      </label>
      <input
        ref={inputRef}
        id={`${id}-file`}
        type="file"
        accept="image/*"
        capture="environment"
        className="photo-input__file"
        disabled={disabled}
        aria-describedby={`${id}-hint`}
        onChange={(event) => void choose(event)}
      />
      <p id={`${id}-hint`} className="meta">
        {t('files.photo.hint')}
      </p>
      {hasPhoto ? (
        <div className="photo-input__preview">
          <img
            src={shownUrl}
            alt={t('files.photo.previewAlt', { name: value?.fileName ?? '' })}
            className="photo-input__image"
          />
          <button
            type="button"
            className="ui-button"
            onClick={() => {
              clear()
              setError(null)
              onChange(null)
            }}
            disabled={disabled}
          >
            {t('files.photo.remove')}
          </button>
        </div>
      ) : null}
      {uploading ? (
        <progress className="photo-input__progress" aria-label={t('files.photo.progress')} />
      ) : null}
      <Alert tone="info">
        {uploading
          ? t('files.photo.uploading')
          : value
            ? t('files.photo.uploaded', { name: value.fileName })
            : null}
      </Alert>
      <Alert>{error}</Alert>
    </div>
  )
}
