import { useId, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'

/** Type or paste a tag, an address or a label link: every flow works with this alone. */
export function ManualEntry({ onSubmit }: { onSubmit: (text: string) => void }) {
  const { t } = useTranslation()
  const id = useId()
  const hintId = useId()
  const [value, setValue] = useState('')
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (value.trim() === '') return
    onSubmit(value)
    setValue('')
  }
  return (
    <form className="scan-manual" onSubmit={submit} noValidate>
      <label htmlFor={id} className="ui-field__label">
        {t('scan.manual.label')}
      </label>
      <p id={hintId} className="muted scan-manual__hint">
        {t('scan.manual.hint')}
      </p>
      <div className="scan-manual__row">
        <input
          id={id}
          name="code"
          className="ui-field__input scan-manual__input"
          value={value}
          onChange={(event) => setValue(event.target.value)}
          aria-describedby={hintId}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          enterKeyHint="go"
        />
        <button type="submit" className="ui-button ui-button--primary scan-big">
          {t('scan.manual.submit')}
        </button>
      </div>
    </form>
  )
}
