import { batchAcceptsPlants, BatchStageSchema, MAX_POSITIONS_PER_REQUEST } from '@growops/domain'
import { Alert, Spinner } from '@growops/ui'
import { useId, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useActiveOrganization } from '../../../app/active-organization.tsx'
import { translateApiError } from '../../../app/api-errors.ts'
import { translateKey } from '../../../app/translate-key.ts'
import { trpc } from '../../../app/trpc.ts'
import type { RoomPosition } from '../../rooms/room-types.ts'
import { draftTags, type PlacementDraft } from '../placement-draft.ts'
import { checkTagList } from '../tag-sequence.ts'
import { TagFields } from './tag-fields.tsx'

interface PlacementFormProps {
  roomId: string
  batchId: string | null
  onBatchChange: (batchId: string | null) => void
  selected: ReadonlySet<string>
  onSelectedChange: (selected: ReadonlySet<string>) => void
  ordered: readonly RoomPosition[]
  draft: PlacementDraft
  onDraftChange: (draft: PlacementDraft) => void
  onReview: (tags: string[]) => void
}

export function PlacementForm(props: PlacementFormProps) {
  const { roomId, batchId, onBatchChange, selected, onSelectedChange, ordered, draft } = props
  const { t, i18n } = useTranslation()
  const { organizationId } = useActiveOrganization()
  const utils = trpc.useUtils()
  const batches = trpc.batch.list.useQuery({ organizationId })
  const batchFieldId = useId()
  const countFieldId = useId()
  const [count, setCount] = useState('12')
  const [filling, setFilling] = useState(false)
  const [fillMessage, setFillMessage] = useState<{ tone: 'info' | 'error'; text: string } | null>(
    null,
  )
  const [formError, setFormError] = useState<string | null>(null)

  const growing = (batches.data ?? []).filter((batch) => {
    const stage = BatchStageSchema.safeParse(batch.stage)
    return stage.success && batchAcceptsPlants(stage.data)
  })

  const fill = async () => {
    const n = Number(count)
    if (!Number.isInteger(n) || n < 1 || n > MAX_POSITIONS_PER_REQUEST) {
      setFillMessage({
        tone: 'error',
        text: t('placement.fill.invalidCount', { max: MAX_POSITIONS_PER_REQUEST }),
      })
      return
    }
    setFilling(true)
    setFillMessage(null)
    try {
      const found = await utils.client.position.available.query({
        organizationId,
        roomId,
        count: n,
        ...(batchId ? { batchId } : {}),
      })
      onSelectedChange(new Set(found.positions.map((position) => position.id)))
      setFillMessage({
        tone: 'info',
        text: found.contiguous
          ? t('placement.fill.contiguous', { count: found.positions.length })
          : t('placement.fill.spread', { count: found.positions.length }),
      })
    } catch (error) {
      setFillMessage({ tone: 'error', text: translateApiError(i18n, error) })
    } finally {
      setFilling(false)
    }
  }

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (!batchId) return setFormError(t('placement.errors.noBatch'))
    if (selected.size === 0) return setFormError(t('placement.errors.noPositions'))
    const { tags, problem } = draftTags(draft, ordered.length)
    if (problem) return setFormError(t(`placement.tags.problems.${problem}`))
    const listProblem = checkTagList(tags, ordered.length)
    if (listProblem?.kind === 'COUNT')
      return setFormError(
        t('placement.errors.tagCount', { tags: tags.length, count: ordered.length }),
      )
    if (listProblem)
      return setFormError(
        t(`placement.errors.tag${listProblem.kind === 'DUPLICATE' ? 'Duplicate' : 'Invalid'}`, {
          line: listProblem.line ?? 0,
          tag: listProblem.tag ?? '',
        }),
      )
    setFormError(null)
    props.onReview(tags)
  }

  return (
    <form className="placement__form stack" noValidate onSubmit={onSubmit}>
      <div className="ui-field">
        <label className="ui-field__label" htmlFor={batchFieldId}>
          {t('placement.batch')}
        </label>
        <select
          id={batchFieldId}
          className="ui-select"
          value={batchId ?? ''}
          onChange={(event) => onBatchChange(event.target.value || null)}
        >
          <option value="">
            {batches.isPending ? t('placement.batchesLoading') : t('placement.chooseBatch')}
          </option>
          {growing.map((batch) => (
            <option key={batch.id} value={batch.id}>
              {t('placement.batchOption', {
                name: batch.name,
                stage: translateKey(t, `rooms.stages.${batch.stage}`, {
                  defaultValue: batch.stage,
                }),
              })}
            </option>
          ))}
        </select>
        {batches.isError ? (
          <p className="ui-field__error">{translateApiError(i18n, batches.error)}</p>
        ) : null}
      </div>

      <fieldset className="placement__positions">
        <legend className="ui-field__label">{t('placement.positions.legend')}</legend>
        <p className="placement__count" aria-live="polite">
          {t('placement.positions.chosen', { count: selected.size })}
        </p>
        <p className="muted">{t('placement.positions.hint')}</p>
        <div className="placement__fill">
          <div className="ui-field">
            <label className="ui-field__label" htmlFor={countFieldId}>
              {t('placement.fill.count')}
            </label>
            <input
              id={countFieldId}
              className="ui-field__input placement__count-input"
              type="number"
              inputMode="numeric"
              min={1}
              max={MAX_POSITIONS_PER_REQUEST}
              value={count}
              onChange={(event) => setCount(event.target.value)}
            />
          </div>
          <button
            type="button"
            className="ui-button ui-button--secondary"
            aria-disabled={filling || undefined}
            onClick={() => {
              if (!filling) void fill()
            }}
          >
            {filling ? <Spinner size="small" /> : null}
            {t('placement.fill.button', { count: Number(count) || 0 })}
          </button>
          <button
            type="button"
            className="ui-button ui-button--secondary"
            onClick={() => {
              onSelectedChange(new Set())
              setFillMessage(null)
            }}
          >
            {t('placement.positions.clear')}
          </button>
        </div>
        <Alert tone={fillMessage?.tone ?? 'info'}>{fillMessage?.text ?? null}</Alert>
      </fieldset>

      <TagFields draft={draft} onDraftChange={props.onDraftChange} count={ordered.length} />

      <Alert>{formError}</Alert>
      <div>
        <button type="submit" className="ui-button ui-button--primary">
          {t('placement.reviewButton')}
        </button>
      </div>
    </form>
  )
}
