// The validation issues of the drawing; choosing one selects and shows its shapes.
import type { LayoutIssue } from '@growops/domain'
import { useTranslation } from 'react-i18next'
import type { Editor, TLShapeId } from 'tldraw'

const KINDS = ['building', 'room', 'section', 'table', 'rack', 'aisle', 'door', 'sensor'] as const

function kindKey(kind: unknown): (typeof KINDS)[number] | 'element' {
  return KINDS.find((k) => k === kind) ?? 'element'
}

export function IssuesPanel({
  editor,
  issues,
}: {
  editor: Editor | null
  issues: readonly LayoutIssue[]
}) {
  const { t } = useTranslation()
  if (issues.length === 0) return <p className="muted">{t('layout.issues.none')}</p>
  const show = (issue: LayoutIssue) => {
    if (!editor) return
    const ids = issue.shapeIds.filter((id) => editor.getShape(id as TLShapeId)) as TLShapeId[]
    if (ids.length === 0) return
    editor.select(...ids)
    editor.zoomToSelection({ animation: { duration: 200 } })
  }
  return (
    <ul className="layout-issues">
      {issues.map((issue, i) => (
        <li key={`${issue.code}-${issue.shapeIds.join(',')}-${i}`} className="layout-issues__item">
          <button type="button" className="layout-issues__button" onClick={() => show(issue)}>
            <span>
              {t(`layout.issues.code.${issue.code}`, {
                ...issue.params,
                kind: t(`layout.issues.kind.${kindKey(issue.params.kind)}`),
                defaultValue: issue.message,
              })}
            </span>
            <span className="ui-visually-hidden"> — {t('layout.issues.select')}</span>
          </button>
        </li>
      ))}
    </ul>
  )
}
