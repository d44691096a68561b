// Buttons for everything the canvas does, so that it works by keyboard and screen reader:
// add each kind of shape, place templates, undo/redo, zoom, delete.
import { LAYOUT_SHAPE_TYPES, type LayoutShapeKind } from '@growops/domain'
import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useValue, type Editor } from 'tldraw'
import { addLayoutShape, deleteSelection, placeTemplate } from '../canvas/canvas-actions.ts'
import { FLOWER_TABLES_LIMITS } from '../canvas/templates.ts'

const KINDS = Object.keys(LAYOUT_SHAPE_TYPES) as LayoutShapeKind[]

export function LayoutToolbar({ editor, readOnly }: { editor: Editor; readOnly: boolean }) {
  const { t } = useTranslation()
  const tablesId = useId()
  const [flowerTables, setFlowerTables] = useState(6)
  const canUndo = useValue('can undo', () => editor.getCanUndo(), [editor])
  const canRedo = useValue('can redo', () => editor.getCanRedo(), [editor])
  const hasSelection = useValue('has selection', () => editor.getSelectedShapeIds().length > 0, [
    editor,
  ])
  const focusCanvas = () => editor.focus()

  return (
    <div className="layout-toolbar" role="toolbar" aria-label={t('layout.toolbar.label')}>
      {readOnly ? null : (
        <>
          <div className="layout-toolbar__group" role="group" aria-label={t('layout.toolbar.add')}>
            {KINDS.map((kind) => (
              <button
                key={kind}
                type="button"
                className="ui-button ui-button--secondary layout-toolbar__button"
                aria-label={t('layout.toolbar.addShapeLabel', {
                  kind: t(`layout.toolbar.addShape.${kind}`),
                })}
                onClick={() => {
                  addLayoutShape(editor, kind)
                  focusCanvas()
                }}
              >
                + {t(`layout.toolbar.addShape.${kind}`)}
              </button>
            ))}
          </div>
          <div
            className="layout-toolbar__group"
            role="group"
            aria-label={t('layout.toolbar.templates')}
          >
            <button
              type="button"
              className="ui-button ui-button--secondary layout-toolbar__button"
              onClick={() => placeTemplate(editor, 'veg')}
            >
              {t('layout.toolbar.template.veg')}
            </button>
            <span className="layout-toolbar__inline">
              <button
                type="button"
                className="ui-button ui-button--secondary layout-toolbar__button"
                onClick={() => placeTemplate(editor, 'flower', flowerTables)}
              >
                {t('layout.toolbar.template.flower')}
              </button>
              <label htmlFor={tablesId} className="ui-visually-hidden">
                {t('layout.toolbar.flowerTables')}
              </label>
              <input
                id={tablesId}
                type="number"
                className="layout-toolbar__number"
                min={FLOWER_TABLES_LIMITS.min}
                max={FLOWER_TABLES_LIMITS.max}
                value={flowerTables}
                onChange={(e) =>
                  setFlowerTables(Number(e.target.value) || FLOWER_TABLES_LIMITS.min)
                }
              />
            </span>
            <button
              type="button"
              className="ui-button ui-button--secondary layout-toolbar__button"
              onClick={() => placeTemplate(editor, 'dry')}
            >
              {t('layout.toolbar.template.dry')}
            </button>
          </div>
          <div className="layout-toolbar__group" role="group" aria-label={t('layout.toolbar.undo')}>
            <button
              type="button"
              className="ui-button ui-button--secondary layout-toolbar__button"
              disabled={!canUndo}
              onClick={() => editor.undo()}
            >
              {t('layout.toolbar.undo')}
            </button>
            <button
              type="button"
              className="ui-button ui-button--secondary layout-toolbar__button"
              disabled={!canRedo}
              onClick={() => editor.redo()}
            >
              {t('layout.toolbar.redo')}
            </button>
            <button
              type="button"
              className="ui-button ui-button--secondary layout-toolbar__button"
              disabled={!hasSelection}
              onClick={() => deleteSelection(editor)}
            >
              {t('layout.toolbar.delete')}
            </button>
          </div>
        </>
      )}
      <div
        className="layout-toolbar__group"
        role="group"
        aria-label={t('layout.toolbar.zoomToFit')}
      >
        <button
          type="button"
          className="ui-button ui-button--secondary layout-toolbar__button"
          onClick={() => editor.zoomIn()}
        >
          {t('layout.toolbar.zoomIn')}
        </button>
        <button
          type="button"
          className="ui-button ui-button--secondary layout-toolbar__button"
          onClick={() => editor.zoomOut()}
        >
          {t('layout.toolbar.zoomOut')}
        </button>
        <button
          type="button"
          className="ui-button ui-button--secondary layout-toolbar__button"
          onClick={() => editor.zoomToFit()}
        >
          {t('layout.toolbar.zoomToFit')}
        </button>
      </div>
    </div>
  )
}
