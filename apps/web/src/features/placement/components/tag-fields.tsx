import { PLANT_TAG_LENGTH } from '@growops/domain'
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { draftTags, type PlacementDraft } from '../placement-draft.ts'

interface TagFieldsProps {
  draft: PlacementDraft
  onDraftChange: (draft: PlacementDraft) => void
  /** How many positions are chosen: how many tags are needed. */
  count: number
}

/**
 * A starting tag counted up per plant, shown as an editable list (one tag per line): people
 * can type, paste or scan over any of them.
 */
export function TagFields({ draft, onDraftChange, count }: TagFieldsProps) {
  const { t } = useTranslation()
  const startId = useId()
  const listId = useId()
  const startHintId = useId()
  const listHintId = useId()
  const generated = draftTags({ ...draft, edited: false }, count)
  const value = draft.edited ? draft.tagsText : generated.tags.join('\n')
  const lines = draft.edited
    ? draft.tagsText.split('\n').filter((l) => l.trim()).length
    : generated.tags.length

  return (
    <fieldset className="placement__tags stack stack--tight">
      <legend className="ui-field__label">{t('placement.tags.legend')}</legend>
      <div className="ui-field">
        <label className="ui-field__label" htmlFor={startId}>
          {t('placement.tags.start')}
        </label>
        <input
          id={startId}
          className="ui-field__input mono"
          value={draft.startTag}
          maxLength={40}
          autoCapitalize="characters"
          autoComplete="off"
          spellCheck={false}
          aria-describedby={startHintId}
          onChange={(event) =>
            onDraftChange({ ...draft, startTag: event.target.value, edited: false })
          }
        />
        <p id={startHintId} className="ui-address-input__hint">
          {generated.problem
            ? t(`placement.tags.problems.${generated.problem}`)
            : t('placement.tags.startHint', { length: PLANT_TAG_LENGTH })}
        </p>
      </div>
      <div className="ui-field">
        <label className="ui-field__label" htmlFor={listId}>
          {t('placement.tags.list')}
        </label>
        <textarea
          id={listId}
          className="ui-field__input mono placement__tag-list"
          rows={Math.min(Math.max(count, 3), 8)}
          value={value}
          spellCheck={false}
          autoCapitalize="characters"
          aria-describedby={listHintId}
          onChange={(event) =>
            onDraftChange({ ...draft, tagsText: event.target.value, edited: true })
          }
        />
        <p id={listHintId} className="ui-address-input__hint">
          {t('placement.tags.listHint', { tags: lines, count })}
        </p>
      </div>
      {draft.edited ? (
        <div>
          <button
            type="button"
            className="ui-button ui-button--secondary"
            onClick={() => onDraftChange({ ...draft, edited: false })}
          >
            {t('placement.tags.regenerate')}
          </button>
        </div>
      ) : null}
    </fieldset>
  )
}
