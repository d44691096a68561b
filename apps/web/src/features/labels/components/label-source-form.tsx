import { useId, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useActiveOrganization } from '../../../app/active-organization.tsx'
import { trpc } from '../../../app/trpc.ts'

export type LabelSourceKind = 'room' | 'section' | 'batch'

interface Choice {
  id: string
  label: string
}

interface LabelSourceFormProps {
  onChoose: (kind: LabelSourceKind, id: string) => void
}

/** Choose what to print: a whole room, one section, or a batch's plants. */
export function LabelSourceForm({ onChoose }: LabelSourceFormProps) {
  const { t } = useTranslation()
  const { organizationId } = useActiveOrganization()
  const selectId = useId()
  const [kind, setKind] = useState<LabelSourceKind>('room')
  const [chosen, setChosen] = useState('')
  const properties = trpc.property.list.useQuery({ organizationId })
  const trees = trpc.useQueries((q) =>
    (properties.data ?? []).map((property) =>
      q.property.full({ organizationId, propertyId: property.id }),
    ),
  )
  const batches = trpc.batch.list.useQuery({ organizationId })

  const rooms: Choice[] = []
  const sections: Choice[] = []
  for (const tree of trees) {
    for (const building of tree.data?.buildings ?? []) {
      for (const room of building.rooms) {
        const roomAddress = `${tree.data?.property.code ?? ''}.${building.code}.${room.code}`
        rooms.push({ id: room.id, label: `${roomAddress} — ${room.name}` })
        for (const section of room.sections) {
          sections.push({
            id: section.id,
            label: `${roomAddress}.${section.code} — ${section.name}`,
          })
        }
      }
    }
  }
  const batchChoices: Choice[] = (batches.data ?? []).map((batch) => ({
    id: batch.id,
    label: `${batch.name} — ${batch.strain}`,
  }))
  const choices = kind === 'room' ? rooms : kind === 'section' ? sections : batchChoices
  const loading = properties.isPending || trees.some((tree) => tree.isPending) || batches.isPending
  const value = choices.some((choice) => choice.id === chosen) ? chosen : (choices[0]?.id ?? '')

  function submit(event: FormEvent) {
    event.preventDefault()
    if (value) onChoose(kind, value)
  }

  return (
    <form className="card stack" onSubmit={submit}>
      <fieldset className="stack">
        <legend>{t('labels.source.legend')}</legend>
        {(['room', 'section', 'batch'] as const).map((option) => (
          <label key={option} className="labels-radio">
            <input
              type="radio"
              name="label-source"
              value={option}
              checked={kind === option}
              onChange={() => setKind(option)}
            />
            {t(`labels.source.${option}`)}
          </label>
        ))}
      </fieldset>
      <div className="stack">
        <label htmlFor={selectId}>{t(`labels.source.choose.${kind}`)}</label>
        <select
          id={selectId}
          value={value}
          onChange={(event) => setChosen(event.target.value)}
          disabled={loading || choices.length === 0}
        >
          {choices.map((choice) => (
            <option key={choice.id} value={choice.id}>
              {choice.label}
            </option>
          ))}
        </select>
        {!loading && choices.length === 0 ? (
          <p className="muted">{t(`labels.source.none.${kind}`)}</p>
        ) : null}
      </div>
      <div>
        <button type="submit" className="ui-button" disabled={!value}>
          {t('labels.source.show')}
        </button>
      </div>
    </form>
  )
}
