// The selected shape's properties, with labels and clear errors; disabled for viewers.
import { canvasToFeet } from '@growops/domain'
import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useValue, type Editor } from 'tldraw'
import { layoutKindOf, type LayoutShape } from '../canvas/shapes/index.ts'
import { PROPERTY_FIELDS, displayValue, parseFieldInput, type FieldDef } from './property-fields.ts'

export function PropertyPanel({ editor, readOnly }: { editor: Editor | null; readOnly: boolean }) {
  const { t } = useTranslation()
  const selection = useValue('selected shapes', () => (editor ? editor.getSelectedShapes() : []), [
    editor,
  ])
  if (!editor || selection.length === 0)
    return <p className="muted">{t('layout.properties.nothingSelected')}</p>
  if (selection.length > 1)
    return (
      <p className="muted">{t('layout.properties.manySelected', { count: selection.length })}</p>
    )
  const shape = selection[0]!
  if (layoutKindOf(shape.type) === null)
    return <p className="muted">{t('layout.properties.notLayout')}</p>
  return (
    <ShapeForm key={shape.id} editor={editor} shape={shape as LayoutShape} readOnly={readOnly} />
  )
}

function ShapeForm({
  editor,
  shape,
  readOnly,
}: {
  editor: Editor
  shape: LayoutShape
  readOnly: boolean
}) {
  const { t } = useTranslation()
  const kind = layoutKindOf(shape.type)!
  const props = shape.props as unknown as Record<string, unknown>
  const gridSized = kind === 'table' || kind === 'rack'
  return (
    <form className="layout-properties stack" onSubmit={(e) => e.preventDefault()}>
      <h3 className="layout-properties__kind">{t(`layout.properties.kind.${kind}`)}</h3>
      {readOnly ? <p className="muted">{t('layout.properties.readOnly')}</p> : null}
      {PROPERTY_FIELDS[kind].map((field) => (
        <PropertyField
          key={field.key}
          field={field}
          value={props[field.key]}
          disabled={readOnly}
          onCommit={(input) => {
            const parsed = parseFieldInput(kind, field, input)
            if (!parsed.ok) return parsed.problem
            editor.markHistoryStoppingPoint(`set ${field.key}`)
            editor.updateShape({
              id: shape.id,
              type: shape.type,
              props: { [field.key]: parsed.value },
            })
            return null
          }}
        />
      ))}
      {gridSized ? (
        <p className="muted">
          {t('layout.properties.sizeFollowsGrid', {
            w: Math.round(canvasToFeet(props.w as number) * 10) / 10,
            h: Math.round(canvasToFeet(props.h as number) * 10) / 10,
          })}
        </p>
      ) : null}
    </form>
  )
}

function PropertyField({
  field,
  value,
  disabled,
  onCommit,
}: {
  field: FieldDef
  value: unknown
  disabled: boolean
  /** Applies the input; answers the problem when it is not valid. */
  onCommit: (input: string) => 'number' | 'size' | 'text' | null
}) {
  const { t } = useTranslation()
  const id = useId()
  const [draft, setDraft] = useState<{ input: string; problem: 'number' | 'size' | 'text' } | null>(
    null,
  )
  const labelKey = field.key === 'w' ? 'widthFeet' : field.key === 'h' ? 'heightFeet' : field.key
  const label = t(`layout.properties.field.${labelKey}` as 'layout.properties.field.code')
  const shown = draft?.input ?? displayValue(field, value)
  const errorId = `${id}-error`
  const hintId = `${id}-hint`
  const change = (input: string) => {
    const problem = onCommit(input)
    setDraft(problem ? { input, problem } : null)
  }
  const described =
    [draft ? errorId : null, field.key === 'code' ? hintId : null].filter(Boolean).join(' ') ||
    undefined
  return (
    <div className="layout-field">
      <label htmlFor={id}>{label}</label>
      {field.kind === 'select' ? (
        <select id={id} value={shown} disabled={disabled} onChange={(e) => change(e.target.value)}>
          {(field.options ?? []).map((option) => (
            <option key={option} value={option}>
              {t(
                `layout.properties.options.${field.key}.${option}` as 'layout.properties.options.roomType.VEG',
              )}
            </option>
          ))}
        </select>
      ) : (
        <input
          id={id}
          type={field.kind === 'text' ? 'text' : 'number'}
          inputMode={field.kind === 'text' ? undefined : 'decimal'}
          min={field.min}
          max={field.kind === 'text' ? undefined : field.max}
          maxLength={field.kind === 'text' ? field.max : undefined}
          value={shown}
          disabled={disabled}
          aria-invalid={draft ? true : undefined}
          aria-describedby={described}
          onChange={(e) => change(e.target.value)}
        />
      )}
      {field.key === 'code' ? (
        <p id={hintId} className="layout-field__hint muted">
          {t('layout.properties.codeHint')}
        </p>
      ) : null}
      {draft ? (
        <p id={errorId} className="layout-field__error" role="alert">
          {t(`layout.properties.invalid.${draft.problem}`, {
            min: field.min ?? 1,
            max: field.max ?? 100,
          })}
        </p>
      ) : null}
    </div>
  )
}
